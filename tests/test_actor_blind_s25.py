"""Crowds against the government stay civilians; a faction of a body takes the body's sector; a military council
rules; settlers in occupied land are Israel's (issue 6, session 25: actors/conventions.CROWD_NOUNS,
actors/factions.py, data/faction_words.csv, group_nouns.csv). Sentences written for these tests (not rows of the
blind set s25)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import country_and_sector
from conftest import alias

pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, phrase, want", [
    # a crowd against the government: protesters are PLOVER's CVL, the stance is no organisation
    ("Anti-government protesters in Managua blocked the main bridge.", "Anti-government protesters in Managua",
     ("NIC", "CVL")),
    ("Anti-regime demonstrators in Damascus were shot at by snipers.", "Anti-regime demonstrators in Damascus",
     ("SYR", "CVL")),
    ("Anti-government rioters in Tunis burned a police station.", "Anti-government rioters in Tunis", ("TUN", "CVL")),
])
def test_crowds_against_the_government_are_civilians(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase) == want


@pytest.mark.parametrize("text, phrase, want", [
    # controls: activists and the organised opposition keep OPP
    ("Anti-government activists in Caracas called a national strike.", "Anti-government activists in Caracas",
     ("VEN", "OPP")),
    ("Opposition supporters in Lusaka marched to the electoral commission.", "Opposition supporters in Lusaka",
     ("ZMB", "OPP")),
])
def test_activists_and_opposition_supporters_stay_the_opposition(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase) == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Hardliners in Egypt's parliament blocked the bill on Tuesday.", "Hardliners in Egypt's parliament",
     ("EGY", "LEG")),
    ("Reformists in the Cuban cabinet argued for more private farms.", "Reformists in the Cuban cabinet",
     ("CUB", "GOV")),
    ("Moderates in the Indian ruling party urged restraint.", "Moderates in the Indian ruling party", ("IND", "PTY")),
    ("Military hardliners in Algeria resisted the amnesty.", "Military hardliners in Algeria", ("DZA", "MIL")),
])
def test_a_faction_takes_the_sector_of_the_body_it_is_in(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase) == want


def test_a_faction_word_with_no_body_keeps_its_sector(pipe):
    # rebels in a country (no body) are still rebels
    assert country_and_sector(pipe, "Rebels in Chad attacked a garrison near the border.", "Rebels in Chad") == \
        ("TCD", "REB")


@pytest.mark.parametrize("text, phrase, on, want", [
    ("The ruling military council in Niamey expelled the French ambassador.", "The ruling military council in Niamey",
     date(2023, 8, 26), ("NER", "GOV")),
    ("Thailand's military council ordered the former ministers to report to the army.", "Thailand's military council",
     date(2014, 5, 24), ("THA", "GOV")),
])
def test_a_military_council_rules(pipe, text, phrase, on, want):
    assert country_and_sector(pipe, text, phrase, on) == want


@pytest.mark.parametrize("text, phrase", [
    ("Settlers in the West Bank uprooted olive trees on Friday.", "Settlers in the West Bank"),
    ("Settlers near Ramallah set fire to Palestinian cars.", "Settlers near Ramallah"),
])
def test_settlers_in_occupied_land_are_israels(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase) == ("ISR", "CVL")
