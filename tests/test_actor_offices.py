"""Offices and bodies beyond heads of state, on our own sentences: sub-national offices in the office-holder KB
(one holder per office per unit, "Okinawa Gov." titles), interior/finance/foreign ministers named with and without
titles, dating from a local title, the KB's fixed "checked as of" day, and the coding rules for international
courts, a place's people ("Kosovo Serb") and unnamed assailants' country."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from chronicler.actors import kbview
from chronicler.actors.office_kb import OfficeKB, default_kb, local_titles
from chronicler.actors.office_kb_check import validate
from chronicler.actors.resolve import actor_at
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline
from chronicler.time.dating import infer_date

from conftest import alias

DATA = Path(__file__).resolve().parent.parent / "src" / "chronicler" / "data"
LOCAL_HEADER = "person_id,name,aliases,country,unit,office,title,sector,start,end\n"


def _kb(tmp_path: Path, local_rows: str | None) -> OfficeKB:
    for name in ("office_terms.csv", "office_titles.csv", "known_events.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    if local_rows is not None:
        (tmp_path / "office_terms_local.csv").write_text(LOCAL_HEADER + local_rows, encoding="utf-8")
    return OfficeKB(tmp_path)


# ---------------------------------------------------------------- the KB's local offices

def test_local_titles_name_the_unit():
    assert local_titles("Governor", ("Okinawa",)) == ["Okinawa Governor", "Okinawa Gov.", "Governor of Okinawa"]
    assert local_titles("Mayor", ("Nago",)) == ["Nago Mayor", "Mayor of Nago"]


def test_each_unit_has_its_own_series_of_holders():
    kb = default_kb()
    assert validate(kb) == []
    on = date(2004, 6, 1)
    assert kb.office_for_title("Okinawa Gov.", "JPN") == ("governor/Okinawa", "GOV")
    assert kb.office_for_title("Governor of Tokyo", "JPN") == ("governor/Tokyo", "GOV")
    # two governors of one country at once: one per prefecture
    assert [t.person_id for t in kb.holders("JPN", "governor/Okinawa", on)] == ["inamine-keiichi"]
    assert [t.person_id for t in kb.holders("JPN", "governor/Tokyo", on)] == ["ishihara-shintaro"]
    # a bare "Governor" names no one office of the country
    assert kb.office_for_title("Governor", "JPN") != ("governor", "GOV")


def test_local_file_is_validated(tmp_path):
    rows = ("a-one,Aaa One,One,JPN,Okinawa,governor,Governor,GOV,1990-01,2000-01\n"
            "b-two,Bbb Two,Two,JPN,Okinawa,governor,Governor,GOV,1995-01,2005-01\n"
            "c-three,Ccc Three,Three,JPN,Tokyo,governor,Governor,GOV,1995-01,2005-01\n"
            "d-four,Ddd Four,Four,JPN,,governor,Governor,GOV,1995-01,2005-01\n")
    problems = validate(_kb(tmp_path, rows))
    assert any("a-one" in p and "b-two" in p for p in problems)  # one unit, two holders at once
    assert not any("c-three" in p for p in problems)  # another unit: no overlap
    assert any(p.startswith("d-four") and "unit" in p for p in problems)


def test_a_kb_directory_without_local_offices_still_loads(tmp_path):
    kb = _kb(tmp_path, None)
    assert not kb.problems and not any(t.unit for t in kb.terms)


def test_the_kb_is_checked_as_of_a_fixed_day(tmp_path):
    assert default_kb().checked_as_of == date(2026, 12, 1) == kbview.checked_as_of()
    kb = _kb(tmp_path, "")
    assert kb.checked_as_of == date(2026, 12, 1)  # no file in the directory: the packaged default
    (tmp_path / "office_kb_as_of.txt").write_text("# checked\n2024-05-01\n", encoding="utf-8")
    assert OfficeKB(tmp_path).checked_as_of == date(2024, 5, 1)


# ---------------------------------------------------------------- dating from a local title

@pytest.mark.parametrize("text, first, last", [
    ("NAHA, Japan — Okinawa Gov. Keiichi Inamine told the prefectural assembly on Monday that the air station "
     "must leave the island.", date(1998, 12, 1), date(2006, 12, 31)),
    ("Governor Hirokazu Nakaima asked the ministry to explain the delay.", date(2006, 12, 1), date(2014, 12, 31)),
])
def test_a_local_title_dates_the_report(text, first, last):
    interval = infer_date(text, kb=default_kb()).interval
    assert interval.earliest is not None and first <= interval.earliest
    assert interval.latest is not None and interval.latest <= last + (date(2015, 3, 1) - date(2014, 12, 31))


# ---------------------------------------------------------------- actor coding

pipe = alias("actors_pipe")


def coded(pipe: Pipeline, text: str, span: str, on: date | None = None):
    adoc = pipe(AnnotatedDocument(Document(id="t", source="t", text=text,
                                           published=DateInterval.day(on) if on else None)))
    a = text.index(span)
    return actor_at(adoc, a, a + len(span), on)


@pytest.mark.parametrize("text, span, on, country, sector", [
    # titled: the KB gives the country the title does not
    ("Home Secretary Jack Straw rejected the appeal on Friday.", "Jack Straw", date(1999, 3, 5), "GBR", "GOV"),
    ("Treasury Secretary Robert Rubin flew to Tokyo.", "Robert Rubin", date(1998, 6, 10), "USA", "GOV"),
    # untitled: the KB's office on the report's date
    ("Hoshyar Zebari will visit Ankara next week.", "Hoshyar Zebari", date(2008, 3, 2), "IRQ", "GOV"),
    ("Rashid Nurgaliyev promised to punish the officers.", "Rashid Nurgaliyev", date(2009, 4, 1), "RUS", "GOV"),
    ("Shintaro Ishihara opened the new fish market.", "Shintaro Ishihara", date(2005, 7, 1), "JPN", "GOV"),
    ("Yuri Luzhkov banned the march.", "Yuri Luzhkov", date(2006, 5, 20), "RUS", "GOV"),
    # a later office (prime minister) does not make the earlier one "former"
    ("Ehud Olmert laid the cornerstone of the new road.", "Ehud Olmert", date(1999, 5, 3), "ISR", "GOV"),
])
def test_ministers_and_local_leaders(pipe, text, span, on, country, sector):
    a = coded(pipe, text, span, on)
    assert (a.country, a.sector) == (country, sector)


def test_a_title_before_any_kb_office_decides_the_role(pipe):
    # Boris Johnson's KB terms begin in 2016; in 2010 the text's title is the only evidence of his office
    a = coded(pipe, "London Mayor Boris Johnson opened the new bridge.", "Boris Johnson", date(2010, 6, 1))
    assert (a.country, a.sector, a.role) == ("GBR", "GOV", "mayor")


@pytest.mark.parametrize("text, span, country", [
    ("An international war crimes court in The Hague jailed the former commander.", "court", "IGO"),
    ("A court in The Hague jailed two smugglers.", "court", "NLD"),  # no sign of an international court
])
def test_a_court_and_its_seat(pipe, text, span, country):
    assert coded(pipe, text, span, date(2001, 5, 1)).country == country


def test_a_place_before_a_nationality_names_where_that_people_lives(pipe):
    assert coded(pipe, "Kosovo Serb leaders rejected the deal.", "Kosovo Serb leaders", date(1999, 9, 1)).country \
        == "KOS"


@pytest.mark.parametrize("text, span, country", [
    ("Gunmen abducted three Chinese workers in the Niger Delta.", "Gunmen", "NGA"),
    ("Masked gunmen seized two French journalists near Kandahar.", "Masked gunmen", "AFG"),
    ("Two Korean engineers were kidnapped by pirates off Somalia.", "pirates", "SOM"),
    ("Gunmen killed two Iraqi policemen.", "Gunmen", "IRQ"),  # only the victims name a country: kept, weakly
])
def test_unnamed_assailants_are_not_their_victims_country(pipe, text, span, country):
    assert coded(pipe, text, span, date(2007, 1, 10)).country == country


def test_a_country_from_wordnet_keeps_its_evidence_on_the_actor(pipe):
    from chronicler.nlp import wordnet

    if not wordnet.available():
        pytest.skip("WordNet files absent")
    a = coded(pipe, "Chiang Kai-shek criticised the plan on Monday.", "Chiang Kai-shek")
    assert a.country == "CHN" and a.confidence <= 0.5
    assert a.evidence and a.evidence.startswith("wordnet:") and "chiang_kai-shek" in a.evidence
    b = coded(pipe, "Yukio Hatoyama said the base would move.", "Yukio Hatoyama", date(2010, 1, 5))
    assert b.country == "JPN" and b.evidence is None  # a table or the KB: no weak evidence to keep


@pytest.mark.parametrize("text, span, kind, country, sector", [
    # the group noun before an unknown name says what the name is: a body of that kind, not a person (a state's
    # own NGO is civil society, SOC: PLOVER has no NGO sector; session 21)
    ("The rights group Odhikar said three activists had disappeared in Dhaka.", "Odhikar", "organization", "BGD",
     "SOC"),
    # (Ansar Dine is a listed body since session 10, so its country is known too)
    ("The rebel group Ansar Dine seized the town.", "Ansar Dine", "organization", "MLI", "REB"),
    # a person named beside a group noun for a role stays a person
    ("Christopher Hill, the chief U.S. negotiator, arrived in Beijing.", "Christopher Hill", "person", "USA", "GOV"),
])
def test_a_body_named_after_its_kind(pipe, text, span, kind, country, sector):
    a = coded(pipe, text, span, date(2012, 5, 1))
    assert (a.kind, a.country, a.sector) == (kind, country, sector)
