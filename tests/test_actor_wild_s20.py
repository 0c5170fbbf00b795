"""Actor wording as wire news writes it (issue 6, session 20): an office holder named by a lone surname the tagger
leaves untagged, read from the office-holder KB on the report's day; a KB person's alias naming all their terms; a
paper's country only from evidence (a name many states' papers share takes none from the story; a kind noun with a
country word in apposition before the name gives it); a city named as the place of an actor phrase ("fighters in
Donetsk"). On sentences of our own, none from the blind set s20."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.pipeline import Pipeline

from actor_harness import actors_pipeline, country_and_sector


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return actors_pipeline()


@pytest.mark.parametrize("text, phrase, on, want", [
    ("Merkel flew to Athens for talks on the debt.", "Merkel", date(2012, 10, 9), ("DEU", "GOV")),
    ("Modi inaugurated a new bridge over the river.", "Modi", date(2017, 5, 26), ("IND", "GOV")),
    ("Lula addressed a rally of metalworkers outside the court.", "Lula", date(2018, 1, 24), ("BRA", "ELI")),
    ("Rajoy met the king at the palace.", "Rajoy", date(2016, 10, 30), ("ESP", "GOV")),
])
def test_a_lone_surname_of_an_office_holder_is_coded_on_the_day(pipe, text, phrase, on, want):
    assert country_and_sector(pipe, text, phrase, on) == want


def test_an_alias_on_one_row_names_all_of_the_persons_terms():
    # "Santos" was an alias of his defence-minister row only: as president he was read as a former official
    from chronicler.actors.office_kb import default_kb

    offices = {t.office for t in default_kb().terms_for_name("Santos") if t.country == "COL"}
    assert {"defense_minister", "head_of_state"} <= offices


@pytest.mark.parametrize("text, phrase, want", [
    ("The Star reported that Zambian police had detained two editors.", "Star", (None, "JRN")),
    ("The Daily Star reported that Bhutanese officials had closed the border.", "Daily Star", (None, "JRN")),
    ("A Kenyan newspaper, the Coast Courier, said Somali gunmen had attacked a bus.", "Coast Courier",
     ("KEN", "JRN")),
    ("Kommersant said Armenian troops had been moved to the border.", "Kommersant", ("RUS", "JRN")),
])
def test_a_papers_country_comes_from_evidence_not_from_its_story(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, date(2019, 4, 2)) == want


def test_a_city_named_as_the_place_of_a_group_places_it(pipe):
    # "Donetsk" is also a smaller Russian town: as the place of a noun phrase the city table's biggest is meant
    got = country_and_sector(pipe, "Separatist fighters in Donetsk shelled the airport.",
                             "Separatist fighters in Donetsk", date(2015, 1, 20))
    assert got == ("UKR", "REB")
