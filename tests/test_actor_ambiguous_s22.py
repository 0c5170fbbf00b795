"""Shared place names told by an apposition or a state's office, peoples whose homeland spans states, and bare groups
beside a country of another clause (issue 6, session 22: actors/namesakes.py, actors/peoples.py,
actors/clauses.py). Sentences written for these tests (not rows of the blind set s22)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias
from chronicler.actors.peoples import peoples

ON = date(2019, 4, 16)


pipe = alias("actors_pipe")


def _country(pipe, text: str, phrase: str, **meta) -> str | None:
    actor = coded_at(read_text(pipe, text, ON, **meta), phrase, on=ON)
    return actor.country if actor is not None else None


@pytest.mark.parametrize("text, phrase, country", [
    ("Dockers in Tripoli, the Lebanese port city, walked off the job over unpaid wages.", "Dockers", "LBN"),
    ("Police in Lagos, in Portugal's far south, closed the beach after a shark was seen.", "Police", "PRT"),
    ("Police in Tripoli, the Libyan capital, found the missing minister unharmed.", "Police", "LBY"),
])
def test_an_apposition_after_a_shared_name_says_which_place(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


def test_a_former_state_in_the_apposition_is_not_where_it_lies(pipe):
    assert _country(pipe, "Officials in Georgia, the former Soviet republic, reopened the border crossing.",
                    "Officials") == "GEO"


@pytest.mark.parametrize("text, phrase, country", [
    ("Georgia's governor signed the budget and the state senate adjourned for the year.", "Georgia's governor", "USA"),
    ("Georgia's prime minister flew to Brussels to press the country's bid for membership.",
     "Georgia's prime minister", "GEO"),
])
def test_a_federal_states_office_tells_georgia_the_us_state(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


@pytest.mark.parametrize("text, phrase, country", [
    ("Kurdish mayors in Diyarbakir were removed from office by the interior ministry in Ankara.", "Kurdish mayors",
     "TUR"),
    ("Baloch students marched in Zahedan, the capital of Iran's Sistan-Baluchestan province.", "Baloch students",
     "IRN"),
    ("Pashtun traders closed their shops in Peshawar to protest against the new tax.", "Pashtun traders", "PAK"),
])
def test_a_people_of_several_states_takes_the_state_its_sentence_names(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


def test_a_people_of_several_states_takes_the_datelines_state(pipe):
    assert _country(pipe, "Kurdish shopkeepers said the curfew had ruined their trade.", "Kurdish shopkeepers",
                    dateline="Damascus") == "SYR"


def test_a_people_of_several_states_with_no_cue_keeps_none(pipe):
    assert _country(pipe, "Kurdish commanders said the truce was holding.", "Kurdish commanders") is None
    assert _country(pipe, "Tuareg elders said the wells had run dry.", "Tuareg elders") is None


def test_a_state_adjective_or_a_people_with_one_usual_state_is_kept(pipe):
    assert _country(pipe, "Iraqi Kurdish officials said the oil exports would resume.", "Iraqi Kurdish officials") \
        == "IRQ"
    assert _country(pipe, "Tamil fishermen said their nets had been cut.", "Tamil fishermen") == "LKA"


def test_the_peoples_table_lists_states_and_usual_ones():
    states, usual = peoples()["kurdish"]
    assert set(states) == {"TUR", "IRQ", "SYR", "IRN"} and usual is None
    assert peoples()["basque"] == (("ESP", "FRA"), "ESP")


@pytest.mark.parametrize("text, phrase", [
    ("Migrants pulled from the sea by a Spanish rescue ship were landed at a port on Monday.", "Migrants"),
    ("The refugees stayed in the tents, even though Canada had offered them places.", "The refugees"),
    ("Farmers said they would dump milk outside the ministry if Brazil lowered its tariffs.", "Farmers"),
    ("Villagers told reporters they had been bombed by Saudi jets.", "Villagers"),
])
def test_a_country_of_another_clause_does_not_place_a_bare_group(pipe, text, phrase):
    assert _country(pipe, text, phrase) is None


def test_a_place_in_a_when_clause_still_places_the_group(pipe):
    assert _country(pipe, "Three shoppers were hurt when a grenade exploded in a market in Peshawar.",
                    "Three shoppers") == "PAK"


def test_a_nationality_word_two_states_share_takes_the_one_the_report_names(pipe):
    text = "Heavy fighting was reported near Brazzaville on Friday.\nCongolese soldiers said they had retaken the bridge."
    assert _country(pipe, text, "Congolese soldiers") == "COG"


def test_a_pronoun_subject_keeps_the_clause_the_groups_own(pipe):
    # "it" is the party again: the elections it will boycott are its own country's
    assert _country(pipe, "The opposition party said it would boycott Zambia's elections.", "The opposition party") \
        == "ZMB"


def test_what_a_group_says_may_name_its_own_country(pipe):
    # a complement clause with its own subject does not cut: "our politicians" argue about their own economy
    assert _country(pipe, "Several of our lawmakers contend that tourism could revive the Irish economy.",
                   "Several of our lawmakers") == "IRL"
