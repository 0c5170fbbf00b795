"""The TIMEX3 tagger: anchoring, tense, uncertain and missing DCTs, bad input, property tests."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.model import DateInterval
from chronicler.time.normalize import common, interval_of, valid_value
from chronicler.time.tagger import tag

DCT = date(2009, 4, 27)  # a Monday


def values(text: str, dct=DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_weekday_follows_tense():
    assert values("He said Monday he was ready.") == [("Monday", "DATE", "2009-04-27")]
    assert values("He said Friday that talks failed.") == [("Friday", "DATE", "2009-04-24")]
    assert values("The ministers will meet in Tokyo on Friday.") == [("Friday", "DATE", "2009-05-01")]
    assert values("They met last Wednesday.") == [("last Wednesday", "DATE", "2009-04-22")]
    assert values("They meet next Monday.") == [("next Monday", "DATE", "2009-05-04")]


def test_relative_units_and_durations():
    assert values("Profits rose last year and will fall next month.") == [
        ("last year", "DATE", "2008"), ("next month", "DATE", "2009-05")]
    assert values("The talks lasted three days.") == [("three days", "DURATION", "P3D")]
    assert values("It happened two weeks ago.") == [("two weeks ago", "DATE", "2009-W16")]
    assert values("Results for the third quarter were weak.") == [("the third quarter", "DATE", "2008-Q3")]
    assert values("He is now in Tokyo.") == [("now", "DATE", "PRESENT_REF")]
    assert values("Trains run daily.") == [("daily", "SET", "P1D")]
    assert values("It will open at 10:30 a.m. Tuesday.") == [("10:30 a.m. Tuesday", "TIME", "2009-04-28T10:30")]


def test_holidays_and_spoken_years():
    assert values("They met on Thanksgiving Day and will meet again at Christmas.", date(2000, 4, 3)) == [
        ("Thanksgiving Day", "DATE", "1999-11-25"), ("Christmas", "DATE", "2000-12-25")]
    assert values("Easter 2009 fell early.") == [("Easter 2009", "DATE", "2009-04-12")]
    assert values("Prices peaked in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "DATE", "1994-WI")]
    assert values("a day-long meeting ended a decades-long feud") == [
        ("day-long", "DURATION", "P1D"), ("decades-long", "DURATION", "PXE")]


def test_absolute_dates_need_no_dct():
    assert values("On March 3, 2008 and in the 1990s.", None) == [
        ("March 3, 2008", "DATE", "2008-03-03"), ("the 1990s", "DATE", "199")]


def test_without_dct_relative_values_stay_unknown():
    found = tag("He said Monday that last year was hard.", None)
    assert [(t.text, t.value) for t in found] == [("Monday", "XXXX-WXX-1"), ("last year", "XXXX")]
    assert all(t.anchor == "DCT" for t in found)


def test_uncertain_dct_keeps_only_the_certain_granularity():
    may = DateInterval(date(2006, 5, 1), date(2006, 5, 31), None, "month")
    assert values("He said Monday that last year was hard.", may) == [
        ("Monday", "DATE", "2006-05"), ("last year", "DATE", "2005")]
    week = DateInterval(date(2009, 4, 25), date(2009, 4, 28))
    assert values("They will meet on Friday.", week) == [("Friday", "DATE", "2009-05-01")]
    decade = DateInterval(date(2010, 1, 1), date(2019, 12, 31), None, "decade")
    (t,) = tag("He said Sunday the talks failed.", decade)
    assert t.value == "XXXX-WXX-7"  # a Sunday: more telling than "201"
    assert t.interval is not None and t.interval.earliest <= date(2010, 1, 1)


def test_interval_of_values():
    assert interval_of("2009-W17") == DateInterval(date(2009, 4, 20), date(2009, 4, 26), None, "week")
    assert interval_of("2009-Q1").latest == date(2009, 3, 31)
    assert interval_of("199").earliest == date(1990, 1, 1)
    assert interval_of("PAST_REF") is None
    assert common("2009-04-24", "2009-04-30") == "2009-04"
    assert common("2009-12-31", "2010-01-01") == "20"  # only the century is certain


def test_bad_input_is_harmless():
    assert tag("", DCT) == []
    assert tag("   \n\t", None) == []
    assert values("It was the 45th of Maytember.") == []
    assert values("Meet me on February 30.") == []
    from datetime import datetime

    assert values("He said Monday.", datetime(2009, 4, 27, 13, 5)) == [("Monday", "DATE", "2009-04-27")]
    assert values("He said Monday.", "not a date") == [("Monday", "DATE", "XXXX-WXX-1")]
    assert values("He said Monday.", DateInterval(None, None)) == [("Monday", "DATE", "XXXX-WXX-1")]
    dense = "The talks resumed on Friday after three weeks. " * 4000
    assert len(tag(dense, DCT)) == 8000
    assert tag("The minister spoke about the alliance and its costs. " * 20000, DCT) == []
    assert tag("\x00\ufffd\u202e" * 1000 + "1999", DCT)[0].value == "1999"


WORDS = ["Monday", "last", "next", "week", "year", "2009", "March", "May", "3", "31st", "the", "of", "ago",
         "two", "days", "a.m.", "10:30", "quarter", "third", "fiscal", "1990s", "'90s", "early", "late", "now",
         "said", "will", "Friday", "every", "summer", "yesterday", "tonight", "-", ",", ".", "mid-", "decade"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_tagger_properties(text, dct):
    found = tag(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end  # no overlaps, in text order
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert valid_value(t.value), t.value
        if dct is None and t.anchor == "DCT":
            assert not re.match(r"\d{4}-\d\d-\d\d", t.value) or t.value.startswith("X")
