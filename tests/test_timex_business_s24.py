"""Session 24 (s24timex): a span of months that fills a quarter or a half ("the April-June quarter", "the
January-June period") is that quarter or half, as economy and results copy of agencies uses it; and the layout of
the blind set ``eval/data/timex_business_blind_s24.tsv``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from chronicler.time.tagger import tag
from eval_modules import timex_set_rows

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval/data/timex_business_blind_s24.tsv"
VALUE = re.compile(r"^(?:\d{2,4}(?:-(?:\d\d(?:-\d\d(?:T(?:MO|AF|EV|NI))?)?|W\d\d(?:-WE)?|Q\d|H\d|SU|FA|WI|SP))?|"
                   r"P[\dX]+[DWMYEQ]|PT\d+H|(?:PAST|PRESENT|FUTURE)_REF)$")


def _values(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, date.fromisoformat(dct))]


@pytest.mark.parametrize("text, dct, expected", [
    ("Japan's economy shrank at an annual rate of 2 percent in the April-June quarter, the government said.",
     "2008-08-13", ("the April-June quarter", "DATE", "2008-Q2")),
    ("Exports in the January-March period rose 8 percent from a year earlier, customs figures showed.",
     "2004-04-28", ("the January-March period", "DATE", "2004-Q1")),
    ("Growth slowed in the October-December quarter of 2011 as floods in Thailand hit factories.",
     "2012-02-13", ("the October-December quarter of 2011", "DATE", "2011-Q4")),
    ("The carrier expects to return to profit in the July-September quarter.",
     "2009-05-20", ("the July-September quarter", "DATE", "2009-Q3")),
    ("Retail sales in the January-June period were 6 percent higher than a year before.",
     "2010-07-21", ("the January-June period", "DATE", "2010-H1")),
    ("The Jan.-March quarter is usually the weakest of the year for the chain.",
     "1999-01-12", ("The Jan.-March quarter", "DATE", "1999-Q1")),
])
def test_a_span_of_months_that_fills_a_quarter_or_half_is_that_period(text: str, dct: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _values(text, dct)


def test_a_year_earlier_after_a_span_of_months_is_the_same_quarter_a_year_back() -> None:
    found = _values("Sales in the July-September period fell 4 percent from a year earlier.", "2001-10-30")
    assert found == [("the July-September period", "DATE", "2001-Q3"), ("a year earlier", "DATE", "2000-Q3")]


def test_a_span_of_months_that_is_no_quarter_is_left_as_it_was() -> None:
    # "January-September" fills nine months, no quarter: the rule does not take it (the month rule reads it)
    found = _values("Exports in the January-September period rose 12 percent.", "1998-10-20")
    assert all(not re.search(r"Q\d|H\d", value) for _, _, value in found)


def test_business_set_layout() -> None:
    rows = timex_set_rows(SET)
    assert len(rows) == 78
    for dct, text, found in rows:
        assert re.fullmatch(r"(19(8[89]|9\d)|20(0\d|1[0-2]))-\d\d-\d\d", dct)
        assert found, text
        for _extent, _type, value, mod in found:
            assert VALUE.match(value), value
            assert mod in ("", "START", "MID", "END")
    assert sum(len(found) for _, _, found in rows) == 127
    assert len(rows[2::3]) == 26  # the measure part: data rows i % 3 == 2
