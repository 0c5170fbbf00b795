"""Relative expressions under a report date known only as an interval (an undated report)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.model import DateInterval
from chronicler.time import normalize as nz
from chronicler.time.tagger import tag

SPRING_TO_AUTUMN = DateInterval(date(2009, 3, 1), date(2009, 11, 30), None, "month")


def _one(sentence: str, dct: date | DateInterval) -> tuple[str, DateInterval | None]:
    found = tag(sentence, dct)
    assert len(found) == 1, found
    return found[0].value, found[0].interval


def test_weekday_in_the_past_spans_the_report_interval() -> None:
    value, iv = _one("Militia fighters burned the market on Sunday.", SPRING_TO_AUTUMN)
    assert value == "2009"
    assert iv is not None and (iv.earliest, iv.latest) == (date(2009, 3, 1), date(2009, 11, 29))


def test_weekday_in_the_future_reaches_past_the_interval() -> None:
    value, iv = _one("The council will vote on Sunday.", SPRING_TO_AUTUMN)
    assert value == "2009"
    assert iv is not None and (iv.earliest, iv.latest) == (date(2009, 3, 1), date(2009, 12, 6))


def test_day_of_month_keeps_the_x_value_and_gets_an_interval() -> None:
    value, iv = _one("The envoys met on May 3.", SPRING_TO_AUTUMN)
    assert value == "XXXX-05-03"
    assert iv is not None and (iv.earliest, iv.latest) == (date(2008, 5, 3), date(2009, 5, 3))


def test_last_month_and_yesterday() -> None:
    value, iv = _one("Fuel prices climbed last month.", SPRING_TO_AUTUMN)
    assert value == "2009" and iv is not None
    assert (iv.earliest, iv.latest) == (date(2009, 2, 1), date(2009, 10, 31))
    value, iv = _one("The minister resigned yesterday.", SPRING_TO_AUTUMN)
    assert value == "2009" and iv is not None
    assert (iv.earliest, iv.latest) == (date(2009, 2, 28), date(2009, 11, 29))


def test_certain_readings_stay_exact() -> None:
    assert _one("Talks are planned for next February.", SPRING_TO_AUTUMN)[0] == "2010-02"
    value, iv = _one("Output has shrunk this year.", SPRING_TO_AUTUMN)
    assert value == "2009" and iv is not None and (iv.earliest, iv.latest) == (date(2009, 1, 1), date(2009, 12, 31))


def test_interval_across_new_year_drops_the_year() -> None:
    dct = DateInterval(date(2009, 11, 1), date(2010, 2, 28), None, "month")
    value, iv = _one("Rebels shelled the port on Sunday.", dct)
    assert value == "XXXX-WXX-7"
    assert iv is not None and (iv.earliest, iv.latest) == (date(2009, 11, 1), date(2010, 2, 28))


def test_single_day_report_date_is_unchanged() -> None:
    value, iv = _one("Militia fighters burned the market on Sunday.", date(2009, 6, 10))
    assert value == "2009-06-07" and iv == DateInterval.day(date(2009, 6, 7))


SENTENCES = [
    "Militia fighters burned the market on Sunday.",
    "The council will vote on Sunday.",
    "The envoys met on May 3.",
    "The envoys will meet on May 3.",
    "Fuel prices climbed last month.",
    "Talks are planned for next February.",
    "Output has shrunk this year.",
    "The minister resigned yesterday.",
    "The treaty lapsed a year ago.",
    "The ceasefire was agreed last week.",
    "The delegation arrives tomorrow.",
    "Exports fell in the second quarter.",
    "The strike began in March.",
]


@settings(max_examples=60, deadline=None)
@given(sentence=st.sampled_from(SENTENCES),
       start=st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)),
       width=st.integers(min_value=1, max_value=500),
       picks=st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=3, max_size=3))
def test_interval_holds_every_single_day_reading(sentence: str, start: date, width: int,
                                                 picks: list[float]) -> None:
    """Whatever day inside the report interval the report was really written, its reading lies inside."""
    dct = DateInterval(start, start + timedelta(days=width), None, "day")
    value, iv = _one(sentence, dct)
    assert nz.valid_value(value)
    assert iv is not None
    for p in [0.0, 1.0, *picks]:
        d = start + timedelta(days=round(p * width))
        exact, _ = _one(sentence, d)
        day_iv = nz.interval_of(exact)
        assert day_iv is not None
        assert iv.contains(day_iv.earliest) and iv.contains(day_iv.latest), (d, exact, iv)
        # the value keeps only what every reading shares: a coarsening of the exact one, or an X-value
        assert value.startswith("X") or exact.startswith(value), (exact, value)
