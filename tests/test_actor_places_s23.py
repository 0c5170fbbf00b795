"""A capital the tables are sure of, used as a place, yields to a large namesake the report points to; a city known by
the first words of its long name ("Santiago" for Santiago de Cuba) is a namesake too; a students' union is EDU
(issue 6, session 23: actors/namesakes.py, data/group_nouns.csv). Sentences written for these tests (not rows of
the blind set s23)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.namesakes import namesakes

ON = date(2018, 6, 5)


pipe = alias("actors_pipe")


def _coded(pipe, text: str, phrase: str, **meta):
    return coded_at(read_text(pipe, text, ON, **meta), phrase, on=ON)


def _country(pipe, text: str, phrase: str, **meta) -> str | None:
    actor = _coded(pipe, text, phrase, **meta)
    return actor.country if actor is not None else None


def test_a_long_city_name_lends_its_first_word_as_a_namesake():
    found = namesakes("Santiago", default_lexicon())
    assert {"CHL", "CUB"} <= set(found)


@pytest.mark.parametrize("text, phrase, country", [
    ("Shopkeepers in Tripoli pulled down their shutters after a Lebanese soldier was shot dead.", "Shopkeepers",
     "LBN"),
    ("The Lebanese army sent more troops to the north. Families in Tripoli left the old city for the night.",
     "Families", "LBN"),
    ("Cuba's civil defence moved thousands away from the coast. Fishermen in Santiago pulled their boats ashore.",
     "Fishermen", "CUB"),
])
def test_a_sure_capital_as_a_place_yields_to_the_namesake_the_report_names(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


@pytest.mark.parametrize("text, phrase, country", [
    # the capital's own country is named too: the capital stays
    ("Workers in Tripoli said Libya's militias had seized the wages a Lebanese contractor owed them.", "Workers",
     "LBY"),
    # a capital acting, not a place: the state's government, whatever else the sentence names
    ("Tripoli accused the Lebanese ambassador of meddling.", "Tripoli", "LBY"),
    # a namesake too small beside the capital (Athens, Georgia): the capital stays
    ("Students in Athens marched to the American embassy.", "Students", "GRC"),
    # no cue at all: the capital, as before
    ("Residents of Santiago complained about the smog.", "Residents", "CHL"),
])
def test_a_sure_capital_keeps_its_country_otherwise(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


def test_a_long_name_namesake_is_never_taken_by_size_alone(pipe):
    # León de los Aldama (Mexico) is far larger than León in Nicaragua or Spain, but it is known by its long name
    assert _country(pipe, "Police in León detained two men after a robbery.", "Police") is None


def test_a_students_union_is_education_not_labour(pipe):
    actor = _coded(pipe, "The students' union of the University of Colombo called off its boycott of lectures.",
                   "The students' union")
    assert actor is not None and actor.sector == "EDU"


@pytest.mark.parametrize("name, sector", [
    ("The Lebanese Press Syndicate", "JRN"),
    ("The Jordanian Medical Syndicate", "MED"),
    ("The Syndicate of Port Workers", "LAB"),
    ("The Union of Radio Journalists", "LAB"),  # a union is labour whatever trade it organises
])
def test_a_professions_syndicate_is_the_professions_body_a_union_is_labour(name, sector):
    from chronicler.actors.orgnames import members_sector

    found = members_sector(name, default_lexicon())
    assert found is not None and found[0] == sector
