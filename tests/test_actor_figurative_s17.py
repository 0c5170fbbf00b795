"""Actor words that name no office (issue 6, session 17): sub-national demonyms placed through WordNet
(``demonymplace.py``); people of entertainment, sport and praise coded CVL rather than a state sector a WordNet
sister or the learned model lends (``nooffice.py``); placed buildings (``buildingsector.py``); posts under a state
word (``phrasesector.state_office``); anti-government people (``conventions.against_state``). On sentences of our
own, none from the blind set s17."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import country_and_sector
from conftest import alias, needs_wordnet

ON = date(2016, 3, 1)


pipe = alias("actors_pipe")


@needs_wordnet
@pytest.mark.parametrize("text, phrase, want", [
    ("Venetian gondoliers refused to carry tourists during the heatwave.", "Venetian gondoliers", "ITA"),
    ("Floridian retirees queued for hours at the polling station.", "Floridian retirees", "USA"),
    ("Hawaiian ranchers lost hundreds of cattle in the wildfire.", "Hawaiian ranchers", "USA"),
])
def test_a_sub_national_demonym_gives_its_country(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON)[0] == want


@needs_wordnet
@pytest.mark.parametrize("text, phrase", [
    ("A Chilean snooker champion opened a school for young players.", "A Chilean snooker champion"),
    ("A Welsh rugby winger was named player of the season.", "A Welsh rugby winger"),
    ("A Lebanese comedian mocked the cabinet on television.", "A Lebanese comedian"),
    ("A Ghanaian footballer bought a hospital for his home town.", "A Ghanaian footballer"),
])
def test_people_of_sport_and_show_are_civilians(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "CVL"


@needs_wordnet
@pytest.mark.parametrize("text, phrase, want", [
    ("A Welsh distillery was sold to an American drinks group.", "A Welsh distillery", ("GBR", "BUS")),
    ("A sanatorium in Latvia reopened after the outbreak.", "A sanatorium in Latvia", ("LVA", "MED")),
])
def test_a_placed_building_acts_for_the_body_that_runs_it(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON) == want


@needs_wordnet
def test_an_unplaced_building_stays_a_thing(pipe):
    assert country_and_sector(pipe, "The refinery was hit by a drone.", "The refinery", ON) == (None, None)


@needs_wordnet
@pytest.mark.parametrize("text, phrase", [
    ("The provincial comptroller audited the accounts of the hospital.", "The provincial comptroller"),
    ("Federal auditors said the payments had broken the rules.", "Federal auditors"),
    ("The ombudsman of Peru asked for an inquiry into the shooting.", "The ombudsman of Peru"),
])
def test_a_post_a_wordnet_sister_made_a_business_is_the_states_under_a_state_word(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "GOV"


@needs_wordnet
@pytest.mark.parametrize("text, phrase", [
    ("Anti-regime bloggers in Iran were arrested on Sunday.", "Anti-regime bloggers in Iran"),
    ("Anti-government villagers in Mali blocked the road to the mine.", "Anti-government villagers in Mali"),
])
def test_people_against_the_government_are_the_opposition(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "OPP"


@needs_wordnet
def test_the_doctor_of_a_person_known_for_no_office_stays_a_doctor(pipe):
    text = "A bodyguard said the singer's doctor ordered him to hide the bottles."
    assert country_and_sector(pipe, text, "the singer's doctor", ON)[1] == "MED"
