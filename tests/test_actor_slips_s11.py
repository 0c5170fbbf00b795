"""Coding slips of the actors stage found in session 11 (issue 6): an island province read as a small town abroad,
the adjective of a listed movement, compound demonyms of a divided island, and a stateless people's adjective
with an explicit "in X" place. On sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.pipeline import Pipeline

from actor_harness import coded_at, read_text
from conftest import alias

ON = date(2009, 6, 15)


pipe = alias("actors_pipe")


def coded(pipe: Pipeline, text: str, phrase: str, places: bool = True):
    return coded_at(read_text(pipe, text, ON), phrase, on=ON, places=places)


@pytest.mark.parametrize("text, place, country", [
    ("Police on Bali detained three men suspected of planning an attack on tourist hotels.", "Bali", "IDN"),
    ("Rioters in Bali burned two police posts overnight.", "Bali", "IDN"),
    # a province named like a smaller town of another state
    ("Separatist guerrillas in Aceh ambushed an army convoy on Monday.", "Aceh", "IDN"),
])
def test_a_province_is_read_before_a_small_town_abroad_of_its_name(pipe, text, place, country):
    actor = coded(pipe, text, place)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize("text, phrase", [
    ("Houthi fighters seized a government building in the northern province.", "Houthi fighters"),
    ("Saudi jets struck Houthi rebels near the border on Tuesday.", "Houthi rebels"),
])
def test_the_adjective_of_a_listed_movement_keeps_its_country(pipe, text, phrase):
    actor = coded(pipe, text, phrase, places=False)
    assert actor is not None and actor.country == "YEM"


@pytest.mark.parametrize("text, phrase", [
    ("Greek Cypriots voted against the reunification plan in Saturday's referendum.", "Greek Cypriots"),
    ("Turkish Cypriots marched to the buffer zone to demand a settlement.", "Turkish Cypriots"),
])
def test_cypriots_of_either_community_are_cyprus(pipe, text, phrase):
    actor = coded(pipe, text, phrase, places=False)
    assert actor is not None and actor.country == "CYP"


def test_kurdish_people_held_in_a_named_state_take_that_state(pipe):
    text = "Hundreds of Kurdish prisoners in Turkey refused food for a third week."
    actor = coded(pipe, text, "Kurdish prisoners", places=False)
    assert actor is not None and actor.country == "TUR"


def test_kurdish_people_in_a_named_capital_take_its_state(pipe):
    text = "Kurdish refugees in Damascus appealed for food and blankets."
    actor = coded(pipe, text, "Kurdish refugees", places=False)
    assert actor is not None and actor.country == "SYR"


def test_kurdish_with_no_place_is_left_open(pipe):
    # session 22 (actors/peoples.py): a people of several states with no cue in the report takes no state; the
    # session-11 default (Iraq) was a guess presented as fact
    text = "Kurdish fighters retook the ridge after a day of shelling."
    actor = coded(pipe, text, "Kurdish fighters", places=False)
    assert actor is not None and actor.country is None and actor.sector is not None
