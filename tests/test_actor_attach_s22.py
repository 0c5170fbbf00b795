"""A title, nationality word or apposition codes the name it belongs to, not its neighbour (issue 6, session 22):
another person's nationality is no guess for a bare name; "his Turkish counterpart X" takes the owner's role; a
plural title heading a list ("Envoys X of Norway, Y of Qatar") or summing it up ("the two ministers") gives each
name its role. On sentences and invented people of our own."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias

ON = date(2019, 6, 3)

pipe = alias("actors_pipe")


def _coded(pipe, text: str, name: str):
    return coded_at(read_text(pipe, text, ON), name, on=ON)


@pytest.mark.parametrize("text, name", [
    ("Iranian envoy Saeed Kamali told Peter Lang that Tehran would answer any strike.", "Peter Lang"),
    ("Tomas Vela and Reza Tavakoli, Iran's deputy oil minister, toured the refinery.", "Tomas Vela"),
    ("Ines Moura handed the Chinese ambassador a letter of protest.", "Ines Moura"),
    ("The Kenyan trade minister met Juma Odhiambo in the capital.", "Juma Odhiambo"),
])
def test_another_persons_nationality_is_no_guess(pipe, text, name):
    a = _coded(pipe, text, name)
    assert a is None or a.country is None


@pytest.mark.parametrize("text, name, country, sector", [
    ("Greek Migration Minister Nikos Pappas met his Turkish counterpart Ali Demirel in Edirne.", "Ali Demirel",
     "TUR", "GOV"),
    ("Chilean Mining Minister Rosa Campos welcomed her Peruvian counterpart Jorge Quispe to Santiago.", "Jorge Quispe",
     "PER", "GOV"),
])
def test_a_named_counterpart_takes_the_owners_role(pipe, text, name, country, sector):
    a = _coded(pipe, text, name)
    assert a is not None and (a.country, a.sector) == (country, sector)


def test_a_counterpart_with_no_country_is_not_the_owners(pipe):
    a = _coded(pipe, "The Mongolian foreign minister greeted his counterpart, Batu Erdene, warmly.", "Batu Erdene")
    assert a is not None and a.country is None and a.sector == "GOV"


@pytest.mark.parametrize("text, name, country", [
    ("Envoys Jon Lund of Norway, Salem Al-Nuaimi of Qatar and Hany Fawzi of Egypt met the rebels.", "Salem Al-Nuaimi",
     "QAT"),
    ("Ambassadors Karl Berg of Sweden, Jan Peeters of Belgium and Rui Matos of Portugal left the hall.", "Rui Matos",
     "PRT"),
    ("Kazakh Energy Minister Aidos Baimukhan and Rustam Karimov of Uzbekistan signed the deal; the two ministers "
     "also agreed to build a line.", "Rustam Karimov", "UZB"),
])
def test_a_plural_title_gives_each_name_its_role(pipe, text, name, country):
    a = _coded(pipe, text, name)
    assert a is not None and (a.country, a.sector) == (country, "GOV")


def test_a_person_placed_by_a_body_still_places_a_bare_name(pipe):
    text = "Senators sent a letter to Mark Dorsey ahead of a hearing with the BP chief executive."
    adoc = read_text(pipe, text, ON)
    chief, name = coded_at(adoc, "BP chief executive", on=ON), coded_at(adoc, "Mark Dorsey", on=ON)
    assert chief is not None and name is not None and chief.country is not None
    assert name.country == chief.country
