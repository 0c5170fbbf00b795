"""Office terms dated only to a year or a month (office_kb precision): parsing, validation, sure vs uncertain
coverage, and actor coding of a leader named without a title before, inside and after such a term."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicler.actors.kbview import Term
from chronicler.actors.office_kb import OfficeKB, default_kb, parse_period
from chronicler.actors.office_kb_check import validate
from chronicler.actors.resolve import actor_at
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

DATA = Path(__file__).resolve().parent.parent / "src" / "chronicler" / "data"
HEADER = "person_id,name,aliases,country,office,title,sector,start,end\n"


def _kb(tmp_path: Path, rows: str) -> OfficeKB:
    for name in ("office_titles.csv", "known_events.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "office_terms.csv").write_text(HEADER + rows, encoding="utf-8")
    return OfficeKB(tmp_path)


# ---------------------------------------------------------------- parsing

@pytest.mark.parametrize("text, first, last, precision", [
    ("1991", date(1991, 1, 1), date(1991, 12, 31), "year"),
    ("1991-11", date(1991, 11, 1), date(1991, 11, 30), "month"),
    ("2000-02", date(2000, 2, 1), date(2000, 2, 29), "month"),
    ("1999-12", date(1999, 12, 1), date(1999, 12, 31), "month"),
    ("1991-11-02", date(1991, 11, 2), date(1991, 11, 2), "day"),
])
def test_parse_period(text, first, last, precision):
    assert parse_period(text) == (first, last, precision)


def test_parse_period_empty_is_none():
    assert parse_period("  ") is None


@pytest.mark.parametrize("bad", ["1991-13", "1991-1", "91", "1991/11", "1991-02-30", "late 1991", "1991-11-2"])
def test_parse_period_rejects(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["year", "month", "day"]))
def test_a_period_contains_its_days(d, precision):
    text = {"year": d.isoformat()[:4], "month": d.isoformat()[:7], "day": d.isoformat()}[precision]
    first, last, got = parse_period(text)
    assert got == precision and first <= d <= last
    assert (first - timedelta(days=1)).isoformat()[:len(text)] != text  # the period is whole: nothing before ...
    assert (last + timedelta(days=1)).isoformat()[:len(text)] != text  # ... and nothing after belongs to it


# ---------------------------------------------------------------- coverage and validation

ROWS = ("mwamba-jonas,Jonas Mwamba,Mwamba,ZMB,head_of_state,President,GOV,1991-11,2002\n"
        "tembo-ruth,Ruth Tembo,Tembo,ZMB,head_of_state,President,GOV,2002,2008-08-19\n"
        "phiri-amos,Amos Phiri,Phiri,ZMB,head_of_state,President,GOV,2008-08-19,\n")


def test_sure_and_possible_coverage(tmp_path):
    kb = _kb(tmp_path, ROWS)
    assert validate(kb) == []
    term = kb.terms_for_name("Mwamba")[0]
    assert (term.start, term.end) == (date(1991, 11, 1), date(2002, 12, 31))  # the widest reading
    assert (term.sure_start, term.sure_end) == (date(1991, 12, 1), date(2001, 12, 31))
    assert term.contains(date(1995, 6, 1)) and term.contains(date(1991, 12, 1)) and term.contains(date(2001, 12, 31))
    for inside_a_boundary in (date(1991, 11, 1), date(1991, 11, 30), date(2002, 1, 1), date(2002, 12, 31)):
        assert not term.contains(inside_a_boundary) and term.may_contain(inside_a_boundary)
        assert term.uncertain_on(inside_a_boundary)
    for outside in (date(1991, 10, 31), date(2003, 1, 1)):
        assert not term.may_contain(outside) and not term.uncertain_on(outside)


def test_holders_answer_only_for_sure_days(tmp_path):
    kb = _kb(tmp_path, ROWS)
    assert [t.person_id for t in kb.holders("ZMB", "head_of_state", date(1996, 3, 1))] == ["mwamba-jonas"]
    assert kb.holders("ZMB", "head_of_state", date(2002, 6, 1)) == []  # the hand-over year: no guessed holder
    assert [t.person_id for t in kb.holders("ZMB", "head_of_state", date(2005, 1, 1))] == ["tembo-ruth"]
    assert [t.person_id for t in kb.holders("ZMB", "head_of_state", date(2008, 8, 19))] == ["phiri-amos"]
    assert kb.term_on("mwamba-jonas", date(2002, 6, 1)) is None
    assert kb.term_on("mwamba-jonas", date(2000, 6, 1)).title == "President"


def test_full_date_rows_behave_as_before(tmp_path):
    kb = _kb(tmp_path, ROWS)
    term = kb.terms_for_name("Tembo")[0]
    assert term.end_precision == "day" and term.sure_end == term.end == date(2008, 8, 19)
    assert term.contains(date(2008, 8, 19)) and not term.contains(date(2008, 8, 20))
    hamada = default_kb().terms_for_name("Yasukazu Hamada")[0]
    assert (hamada.start_precision, hamada.end_precision) == ("day", "day")
    assert hamada.sure_start == hamada.start and hamada.sure_end == hamada.end


@pytest.mark.parametrize("rows, expected", [
    ("a-b,A B,B,ZMB,head_of_state,President,GOV,2002,1991\n", "start after end"),
    ("a-b,A B,B,ZMB,head_of_state,President,GOV,1991-11,1991-10\n", "start after end"),
    ("a-b,A B,B,ZMB,head_of_state,President,GOV,1991-14,2000\n", "line 2"),
    ("a-b,A B,B,ZMB,head_of_state,President,GOV,early 1991,2000\n", "line 2"),
    # successor's sure days begin inside the predecessor's sure days
    ("a-b,A B,B,ZMB,head_of_state,President,GOV,1991,2000\nc-d,C D,D,ZMB,head_of_state,President,GOV,1998-05,\n",
     "overlaps"),
])
def test_validate_checks_order_and_format(tmp_path, rows, expected):
    assert any(expected in p for p in validate(_kb(tmp_path, rows)))


def test_validate_accepts_terms_sharing_a_boundary_period(tmp_path):
    rows = ("a-b,A B,B,ZMB,head_of_state,President,GOV,1991,1991\n"  # in office some time within 1991 only
            "c-d,C D,D,ZMB,head_of_state,President,GOV,1991,1994-03\n"
            "e-f,E F,F,ZMB,head_of_state,President,GOV,1994-03,1994-03-20\n")
    assert validate(_kb(tmp_path, rows)) == []


def test_kbview_term_reports_the_stated_precision():
    t = Term("x", "X", "ZMB", "head_of_state", "president", "GOV", date(1991, 11, 1), date(2002, 12, 31),
             date(1991, 12, 1), date(2001, 12, 31), "month", "year")
    assert (t.period("start"), t.period("end")) == ("1991-11", "2002")
    assert t.covers(date(1999, 1, 1)) and not t.covers(date(2002, 3, 1)) and t.uncertain_on(date(2002, 3, 1))
    assert Term("y", "Y", "ZMB", "x", "x", "GOV", date(2000, 1, 5), None).covers(date(2030, 1, 1))


def test_moved_leaders_are_in_the_kb_with_their_aliases():
    kb = default_kb()
    chiluba = kb.terms_for_name("Chiluba")
    assert {t.person_id for t in chiluba} == {"chiluba-frederick"} and chiluba[0].start_precision == "month"
    assert kb.term_on("chiluba-frederick", date(1996, 7, 1)).office == "head_of_state"
    assert kb.terms_for_name("Vaira Vike-Freiberga")[0].country == "LVA"


# ---------------------------------------------------------------- actor coding, sentences of our own

@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([("nlp", {}), ("actors", {"wordnet": False})], start={"text", "clean"})


def _code(pipe, text: str, phrase: str, on: date | None):
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(on) if on else None)
    adoc = pipe(AnnotatedDocument(doc))
    start = text.index(phrase)
    return actor_at(adoc, start, start + len(phrase), on), next(a for a in adoc.actors if a.name and phrase in a.name)


@pytest.mark.parametrize("on, sector, role", [
    (None, "GOV", None),  # no date: a KB office holder
    (date(1997, 4, 2), "GOV", "president"),  # surely inside the term (1991-11 .. 2002-01)
    (date(1991, 11, 20), None, None),  # inside the start month: no role from the KB, and the text gives none
    (date(2002, 1, 15), None, None),  # inside the end month
    (date(2006, 9, 1), "ELI", "former president"),  # after the term
])
def test_leader_without_a_title_is_coded_by_the_term(pipe, on, sector, role):
    at, doc_actor = _code(pipe, "Frederick Chiluba opened a new copper smelter in Kitwe.", "Frederick Chiluba", on)
    assert doc_actor.country == "ZMB" and doc_actor.kind == "person"
    assert (doc_actor.sector, doc_actor.role) == (sector, role)
    if on is not None:
        assert (at.sector, at.role) == (sector, role)


def test_in_a_boundary_month_the_texts_title_decides(pipe):
    at, doc_actor = _code(pipe, "President Frederick Chiluba toured the flooded districts.", "Frederick Chiluba",
                          date(1991, 11, 20))
    assert (doc_actor.country, doc_actor.sector, doc_actor.role) == ("ZMB", "GOV", "president")
    assert (at.sector, at.role) == ("GOV", "president")


def test_a_leader_moved_from_people_csv_is_found_untagged_and_under_a_variant(pipe):
    _, a = _code(pipe, "Mathieu Kerekou and Nicephore Soglo campaigned in Cotonou.", "Nicephore Soglo", None)
    assert (a.country, a.sector) == ("BEN", "GOV")
    _, b = _code(pipe, "Alexander Kwasniewski vetoed the media law.", "Kwasniewski", date(2001, 3, 5))
    assert (b.country, b.sector, b.role) == ("POL", "GOV", "president")
