"""Tests for the curated office-holder knowledge base (chronicler.actors.office_kb)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.actors.office_kb import OfficeKB, default_kb, name_key, title_key
from chronicler.actors.office_kb_check import validate

FIRST, LAST = date(1980, 1, 1), date(2026, 11, 30)


@pytest.fixture(scope="module")
def kb() -> OfficeKB:
    return default_kb()


def _only(terms, **fields):
    hits = [t for t in terms if all(getattr(t, k) == v for k, v in fields.items())]
    assert len(hits) == 1, hits
    return hits[0]


def test_validate_reports_no_problems(kb):
    assert validate(kb) == []


def test_default_kb_is_cached():
    assert default_kb() is default_kb()


def test_sizes(kb):
    assert len(kb.terms) >= 1200
    assert len(kb.events) >= 150
    assert len(kb.titles) >= 100


def test_hamada_term_covers_2009_04_27(kb):
    terms = [t for t in kb.terms_for_name("Yasukazu Hamada") if t.contains(date(2009, 4, 27))]
    assert len(terms) == 1
    term = terms[0]
    assert (term.country, term.office) == ("JPN", "defense_minister")
    assert (term.start, term.end) == (date(2008, 9, 24), date(2009, 9, 16))
    assert kb.term_on("hamada-yasukazu", date(2009, 4, 27)) == term


def test_nukaga_is_defense_agency_chief_on_2006_05_01(kb):
    (holder,) = kb.holders("JPN", "defense_minister", date(2006, 5, 1))
    assert holder.person_id == "nukaga-fukushiro"
    assert holder.title == "Director General of the Defense Agency"
    assert kb.office_for_title(holder.title, "JPN") == ("defense_minister", "GOV")


def test_koizumi_term(kb):
    term = _only(kb.terms_for_name("Koizumi"), person_id="koizumi-junichiro", office="head_of_government")
    assert term.country == "JPN"
    assert (term.start, term.end) == (date(2001, 4, 26), date(2006, 9, 26))


def test_gates_is_us_defense_secretary_on_2009_04_27(kb):
    (holder,) = kb.holders("USA", "defense_minister", date(2009, 4, 27))
    assert holder.person_id == "gates-robert"
    assert kb.term_on("gates-robert", date(2009, 4, 27)).office == "defense_minister"
    assert _only(kb.terms_for_name("Robert Gates"), office="defense_minister").contains(date(2009, 4, 27))


def test_hashimoto_pm_in_1996_not_in_2009(kb):
    pm = [t.person_id for t in kb.holders("JPN", "head_of_government", date(1996, 4, 17))]
    assert pm == ["hashimoto-ryutaro"]
    assert "hashimoto-ryutaro" not in [t.person_id for t in kb.holders("JPN", "head_of_government", date(2009, 4, 27))]
    assert kb.term_on("hashimoto-ryutaro", date(2009, 4, 27)) is None


def test_hatoyama_pm_on_2009_10_01(kb):
    assert [t.name for t in kb.holders("JPN", "head_of_government", date(2009, 10, 1))] == ["Yukio Hatoyama"]


def test_handover_day_returns_incoming_holder(kb):
    (holder,) = kb.holders("JPN", "head_of_government", date(2009, 9, 16))
    assert holder.person_id == "hatoyama-yukio"
    assert kb.term_on("aso-taro", date(2009, 9, 16)) is not None  # outgoing still counts for that day


def test_soviet_fallback_for_russia(kb):
    assert [t.person_id for t in kb.holders("RUS", "head_of_state", date(1986, 6, 1))] == ["gromyko-andrei"]
    assert [t.person_id for t in kb.holders("RUS", "head_of_state", date(2005, 6, 1))] == ["putin-vladimir"]


def test_name_matching_ignores_case_diacritics_and_punctuation(kb):
    assert {t.person_id for t in kb.terms_for_name("kim jong il")} == {"kim-jong-il"}
    assert {t.person_id for t in kb.terms_for_name("Recep Tayyip Erdogan")} == {"erdogan-recep-tayyip"}
    assert {t.person_id for t in kb.terms_for_name("ÖZAL")} == {"ozal-turgut"}
    assert {t.person_id for t in kb.terms_for_name("George H.W. Bush")} == {"bush-george-hw"}
    assert kb.terms_for_name("Nobody Atall") == []
    assert name_key("Kim Jong-il") == name_key("kim jong il")


def test_titles(kb):
    assert kb.office_for_title("Defence Secretary", "GBR") == ("defense_minister", "GOV")
    assert kb.office_for_title("Pentagon chief", "USA") == ("defense_minister", "GOV")
    assert kb.office_for_title("secretary-general", "UNO") == ("secretary_general", "IGO")
    assert kb.office_for_title("Premier", "JPN") == ("head_of_government", "GOV")
    assert kb.office_for_title("Prime Minister", "ITA") == ("head_of_government", "GOV")
    assert kb.office_for_title("Admiral", None) == ("military_officer", "MIL")
    assert kb.office_for_title("lawmaker", "JPN") == ("legislator", "LEG")
    assert kb.office_for_title("no such title", "JPN") is None
    assert kb.terms_for_title("Chief Cabinet Secretary", "JPN") == ["chief_cabinet_secretary"]
    assert title_key("Director-General of the Defence Agency") == "director general of the defense agency"


def test_known_events(kb):
    ids = [e.event_id for e in kb.known_events_matching("North Korea's recent rocket launch")]
    assert "prk-rocket-2009" in ids
    event = next(e for e in kb.events if e.event_id == "prk-rocket-2009")
    assert event.date == date(2009, 4, 5) and "PRK" in event.countries
    ids = [e.event_id for e in kb.known_events_matching("the realignment roadmap and the Sept. 11 attacks")]
    assert {"realignment-roadmap-2006", "sept11-2001"} <= set(ids)
    assert kb.known_events_matching("a rocketlaunching pad") == []  # word-bounded


def test_persons(kb):
    persons = {p.person_id: p for p in kb.persons()}
    assert len(persons) == len({t.person_id for t in kb.terms})
    assert len(persons["abe-shinzo"].terms) >= 3  # PM twice plus chief cabinet secretary


@pytest.mark.parametrize("country, office", [("USA", "head_of_state"), ("JPN", "head_of_government")])
def test_exactly_one_holder_every_day(kb, country, office):
    day = FIRST
    while day <= LAST:
        assert len(kb.holders(country, office, day)) == 1, day
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=FIRST, max_value=LAST))
def test_property_single_us_president_and_japanese_pm(day):
    kb = default_kb()
    assert len(kb.holders("USA", "head_of_state", day)) == 1
    assert len(kb.holders("JPN", "head_of_government", day)) == 1
