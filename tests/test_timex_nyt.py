"""TIMEX3 classes from session 6's pass over New York Times copy: one test per rule, on our own sentences."""

from __future__ import annotations

from datetime import date

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
