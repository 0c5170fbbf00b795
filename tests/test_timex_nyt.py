"""TIMEX3 classes from session 6's pass over New York Times copy: one test per rule, on our own sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(2003, 6, 12)  # a Thursday


def found(text: str, dct: date = DCT) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, dct)]


def test_pre_and_post_year_prefix():
    assert found("The post-1975 reforms reached the pre-1980 budgets.") == [
        ("post-1975", "1975", "AFTER"), ("pre-1980", "1980", "BEFORE")]
    # not a year when joined to something else by the hyphen
    assert found("The route no-1975 was closed.") == []


def test_day_counted_from_a_dated_expression():
    # one DATE moved by the count; a duration on the count alone is folded in
    assert found("The day before last Monday's vote, the mayor resigned.") == [("day before last Monday", "2003-06-08", None)]
    assert found("Talks resumed two days after June 2.") == [("two days after June 2", "2003-06-04", None)]
    assert [(t.tid, t.text) for t in tag("He left a week before Christmas 2002 and came back in May.", DCT)] == [
        ("t1", "a week before Christmas 2002"), ("t2", "May")]
    # no dated expression after the count: the duration stays as it is
    assert found("A day after he was jeered, he spoke again.") == [("A day", "P1D", None)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)), st.integers(1, 40),
       st.sampled_from(["before", "after"]), st.sampled_from(["day", "week"]))
def test_counted_offset_moves_an_absolute_day(day, n, direction, unit):
    named = f"{day:%B} {day.day}, {day.year}"
    text = f"The court ruled {n} {unit}{'s' if n > 1 else ''} {direction} {named}."
    shift = timedelta(days=n * (7 if unit == "week" else 1))
    want = day + shift if direction == "after" else day - shift
    assert found(text) == [(text[len("The court ruled "):-1], want.isoformat(), None)]
