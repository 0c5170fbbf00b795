"""Actor sectors for people nouns no list holds (issue 6, session 16): the learned sector model answers a noun
whose first sense names people from probability 0.33 (``learned/act.py`` ``PERSON_THRESHOLD``), a group noun still
from 0.5. On sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import country_and_sector
from conftest import alias, needs_wordnet

ON = date(2015, 6, 1)


pipe = alias("actors_pipe")


@needs_wordnet
@pytest.mark.parametrize("text, phrase, want", [
    ("Stockbrokers in Seoul walked out over the new levy.", "Stockbrokers", ("KOR", "BUS")),
    ("Tenants in Lisbon marched against the eviction law.", "Tenants", ("PRT", "CVL")),
    ("A Spanish regent signed the decree.", "A Spanish regent", ("ESP", "GOV")),
])
def test_a_less_sure_learned_sector_is_given(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON) == want


@needs_wordnet
def test_a_group_noun_naming_no_body_of_people_stays_no_actor(pipe):
    assert country_and_sector(pipe, "The meeting in Oslo ended without a deal.", "The meeting", ON) == (None, None)
