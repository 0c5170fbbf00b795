"""Organisations and groups as the sides of a sentence (issue 6, session 18, ``actors/orgnames.py``): a membership
body's members say its sector ("Nurses' Association" MED), "opposition" before a party's name or before lawmakers
makes them OPP, "a party of <people>" is those people, and a name headed by a building or product noun (a hotel, a
restaurant) is a business whatever its other words. On sentences of our own, none from the blind set s18."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.nlp import wordnet
from chronicler.pipeline import Pipeline

from actor_harness import actors_pipeline, country_and_sector

ON = date(2019, 5, 1)

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return actors_pipeline()


@needs_wordnet
@pytest.mark.parametrize("text, phrase, want", [
    ("The Ruritanian Pharmacists' Association condemned the price controls in Peru.",
     "Ruritanian Pharmacists' Association", "MED"),
    ("The Council of Ghanaian Churches urged calm before the vote.", "Council of Ghanaian Churches", "REL"),
    ("The Indonesian Society of Midwives opposed the health bill.", "Indonesian Society of Midwives", "MED"),
    ("The Tram Drivers' Union of Lisbon called off its strike.", "Tram Drivers' Union of Lisbon", "LAB"),
    ("The Association of Burmese Reporters protested the arrest of a colleague.",
     "Association of Burmese Reporters", "JRN"),
])
def test_a_membership_body_takes_its_members_sector(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON)[1] == want


@pytest.mark.parametrize("text, phrase", [
    ("The opposition Harmony Party of Latvia demanded a recount.", "opposition Harmony Party"),
    ("Opposition lawmakers in Nairobi tore up the budget papers.", "Opposition lawmakers"),
])
def test_opposition_before_a_party_or_lawmakers_is_opp(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "OPP"


def test_a_body_the_opposition_controls_keeps_its_sector(pipe):
    text = "The opposition-controlled parliament in Lima rejected the budget."
    assert country_and_sector(pipe, text, "opposition-controlled parliament", ON)[1] == "LEG"


def test_a_party_of_people_is_those_people(pipe):
    text = "A party of Polish climbers was rescued on the glacier."
    assert country_and_sector(pipe, text, "party", ON) == ("POL", "CVL")


@needs_wordnet
def test_a_name_headed_by_a_building_is_a_business(pipe):
    text = "The Revolution Hotel in Havana was sold to a Spanish chain."
    assert country_and_sector(pipe, text, "Revolution Hotel", ON) == ("CUB", "BUS")


@pytest.mark.parametrize("text, phrase, want", [
    ("Sahara Motors, a carmaker based in Casablanca, recalled its vans.", "Sahara Motors", ("MAR", "BUS")),
    ("The Tamarind Brigade, a pro-government militia in Yemen, seized the port.", "Tamarind Brigade",
     ("YEM", "PRM")),
])
def test_a_kind_noun_in_apposition_says_an_unknown_body_s_sector_and_place(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON) == want


@needs_wordnet
def test_a_name_headed_by_a_street_is_no_business(pipe):
    text = "The jazz band Copper Street cancelled its concerts in Norway."
    assert country_and_sector(pipe, text, "Copper Street", ON)[1] != "BUS"


@pytest.mark.parametrize("text, phrase", [
    ("The Ogaden Freedom Army raided a police post near the border.", "Ogaden Freedom Army"),
    ("The Northern Resistance Army of Uganda kidnapped two engineers.", "Northern Resistance Army"),
])
def test_an_unknown_armed_name_with_a_struggle_word_is_rebel(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "REB"


@pytest.mark.parametrize("text, phrase, want", [
    ("Government-backed fighters in Mindanao burned the school.", "Government-backed fighters", "PRM"),
    ("A pro-government vigilante group in Mali detained the traders.", "pro-government vigilante group", "PRM"),
    ("The ruling coalition in Nepal lost its majority in parliament.", "ruling coalition", "GOV"),
])
def test_state_backed_armed_groups_and_ruling_coalitions(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON)[1] == want
