"""Person coding slips found on real news in session 14 (issue 6): a name as possessor taken for the phrase's
referent ("X's physician" coded as X), a role read off a people noun losing its sector at ``actor_at``, and a
person named in full twice keeping only the first coding. On sentences and invented people of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.pipeline import Pipeline

from actor_harness import coded_at, read_text
from conftest import alias

ON = date(2011, 5, 1)


pipe = alias("actors_pipe")


def coded(pipe: Pipeline, text: str, phrase: str, nth: int = 0):
    return coded_at(read_text(pipe, text, ON), phrase, nth=nth, on=ON)


@pytest.mark.parametrize("text, owner, owned, sector", [
    ("The violinist Anna Berg's personal physician, Karl Olsen, was charged with negligence.",
     "Anna Berg", "personal physician", "MED"),
    ("Clara Voss's lawyer, Peter Hahn, asked the court for more time.", "Clara Voss", "lawyer", None),
    ("Prime Minister Naoto Kan's spokesman said the talks would resume in June.", "Naoto Kan", "spokesman", "GOV"),
])
def test_a_name_as_possessor_is_not_the_phrase_referent(pipe, text, owner, owned, sector):
    adoc = read_text(pipe, text, ON)
    who, what = coded_at(adoc, owner, on=ON), coded_at(adoc, owned, on=ON)
    assert who is not None and what is not None
    assert what.id != who.id
    if sector is not None:
        assert what.sector == sector


def test_the_possessed_role_takes_the_owner_country_and_gives_it_to_the_name(pipe):
    text = "Prime Minister Naoto Kan's adviser, Jiro Tanabe, resigned on Friday."
    adviser, name = coded(pipe, text, "adviser"), coded(pipe, text, "Jiro Tanabe")
    assert adviser is not None and name is not None and adviser.id == name.id
    assert name.country == "JPN"


def test_kin_named_by_an_office_holder_possessor_are_elites(pipe):
    text = "Hosni Mubarak's son Gamal was once seen as the heir to the presidency."
    son = coded(pipe, text, "Gamal")
    assert son is not None and son.country == "EGY" and son.sector == "ELI"
    assert coded(pipe, text, "Hosni Mubarak").id != son.id


def test_on_someones_side_is_that_person(pipe):
    text = "Helga Brandt said the judge had been on Brandt's side from the start."
    assert coded(pipe, text, "Brandt's side").id == coded(pipe, text, "Helga Brandt").id


@pytest.mark.parametrize("text, phrase, sector", [
    ("His brother Omar Tarek told reporters that the family had heard nothing.", "Omar Tarek", "CVL"),
    ("Tomas Ruiz, a nurse at the clinic, said the ward was full.", "Tomas Ruiz", "MED"),
])
def test_a_role_from_a_people_noun_keeps_its_sector(pipe, text, phrase, sector):
    actor = coded(pipe, text, phrase)
    assert actor is not None and actor.sector == sector


def test_a_person_named_in_full_twice_keeps_what_either_mention_says(pipe):
    text = ("Marta Lindqvist told the court she had warned him twice. "
            "Marta Lindqvist wept as she spoke. "
            "Lindqvist, a nurse, was called by the defence.")
    actor = coded(pipe, text, "Lindqvist", nth=2)
    assert actor is not None and actor.sector == "MED"
