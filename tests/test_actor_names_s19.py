"""Names with no kind word (issue 6, session 19, ``actors/namekind.py``): a party or a paper told by the clause it
acts in or a descriptor before it, "opposition" before an unknown name, a listed state body or party with another
state's word ("Chad's Republican Guard"), and state posts with no state word (the bare treasurer, the ombudsman).
On sentences of our own, none from the blind set s19."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.nlp import wordnet
from chronicler.pipeline import Pipeline

from actor_harness import actors_pipeline, country_and_sector

ON = date(2018, 3, 1)

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return actors_pipeline()


@pytest.mark.parametrize("text, phrase", [
    ("Bright Tomorrow won 19 seats in the Latvian election and will join the cabinet.", "Bright Tomorrow"),
    ("The Harvest Union, which has eleven lawmakers in the Georgian parliament, rejected the tax.", "Harvest Union"),
    ("Clean Hands and Labour left the ruling coalition in Croatia on Friday.", "Clean Hands and Labour"),
    ("The Granite Front, whose candidate finished third, conceded defeat in Zambia.", "Granite Front"),
])
def test_a_name_that_wins_seats_or_leaves_a_coalition_is_a_party(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "PTY"


@pytest.mark.parametrize("text, phrase", [
    ("The Lamplighter reported that Peru's interior minister had been questioned by prosecutors.", "Lamplighter"),
    ("The weekly Sova Nova said the Slovak mayor had hidden his debts.", "Sova Nova"),
    ("Vox Populi said in its Saturday edition that Ecuador's army chief would retire.", "Vox Populi"),
    ("The Harbour Voice, a weekly paper, was closed by Tanzania's information ministry.", "Harbour Voice"),
])
def test_a_name_that_reports_or_follows_a_media_word_is_media(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "JRN"


@pytest.mark.parametrize("text, phrase, want", [
    ("Union Glass, a Polish bottle maker, reported a loss for the year.", "Union Glass", "JRN"),
    ("The Morning Glory, a Greek trawler, sank off Crete with six men on board.", "Morning Glory", "PTY"),
])
def test_no_kind_without_a_cue(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON)[1] != want


def test_opposition_before_an_unknown_name_is_opp(pipe):
    text = "The opposition Unity Union accused the Maltese government of selling passports."
    assert country_and_sector(pipe, text, "opposition Unity Union", ON)[1] == "OPP"


def test_opposition_before_a_paper_is_still_media(pipe):
    text = "The opposition daily Glas Slobode was fined for insulting the Serbian president."
    assert country_and_sector(pipe, text, "Glas Slobode", ON)[1] == "JRN"


@pytest.mark.parametrize("text, phrase, want", [
    ("Chad's Republican Guard closed the roads around the palace.", "Chad's Republican Guard", "TCD"),
    ("Russia's Liberal Democratic Party called for a ban on imports.", "Russia's Liberal Democratic Party", "RUS"),
    ("Ghana's House of Representatives held a special session.", "Ghana's House of Representatives", "GHA"),
])
def test_a_listed_state_body_with_another_states_word_is_that_states(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase, ON)[0] == want


def test_a_non_state_body_keeps_its_listed_country(pipe):
    text = "Iran's Hezbollah allies fired rockets across the border."
    assert country_and_sector(pipe, text, "Hezbollah", ON)[0] != "IRN"


@needs_wordnet
@pytest.mark.parametrize("text, phrase", [
    ("The treasurer told lawmakers in Canberra that the deficit would shrink.", "treasurer"),
    ("The comptroller said in Lima that the bridge contract was inflated.", "comptroller"),
    ("The treasurer of Tasmania announced a pay freeze in Hobart.", "treasurer"),
    ("The ombudsman in Bogota criticised the prison service.", "ombudsman"),
])
def test_a_bare_state_post_is_government(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "GOV"


@needs_wordnet
def test_a_firms_treasurer_is_not_government(pipe):
    text = "The company's treasurer resigned in Oslo after the audit."
    assert country_and_sector(pipe, text, "company's treasurer", ON)[1] != "GOV"
