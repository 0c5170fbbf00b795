"""Constructions of real web news pages that the Timeline17 standoff gold showed us, in sentences of our own:
date-and-clock stamps, 24-hour stamps with a zone, "last" as a verb, rates after "barrels of oil", "-long"
and "-year-olds"."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(2012, 3, 5)


def got(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_date_then_clock_stamp_is_one_time():
    assert got("March 2 , 2012 at 8:40 pm | Reply") == [("March 2 , 2012 at 8:40 pm", "TIME", "2012-03-02T20:40")]
    assert got("PARIS | Fri Mar 2 , 2012 7:15 am EST PARIS -LRB- Reuters -RRB-") == [
        ("Fri Mar 2 , 2012 7:15 am EST", "TIME", "2012-03-02T07:15")]
    assert got("Storm warning for the coast Friday 2 March 2012 16.20 GMT The storm will hit on Sunday.")[0] == \
        ("Friday 2 March 2012 16.20 GMT", "TIME", "2012-03-02T16:20")


def test_clock_then_date_stamp_is_one_time():
    assert got("It was printed at 11.00 GMT on Friday 2 March 2012 in the late edition.") == [
        ("11.00 GMT on Friday 2 March 2012", "TIME", "2012-03-02T11:00")]


def test_updated_at_takes_the_stamped_day():
    out = got("2 March 2012 Last updated at 15:44 GMT The court heard more evidence .")
    assert out == [("2 March 2012", "DATE", "2012-03-02"), ("15:44 GMT", "TIME", "2012-03-02T15:44")]


def test_prose_date_and_clock_without_a_year_stay_two():
    assert got("The vote is set for Feb. 3 at 10 a.m.") == [("Feb. 3", "DATE", "2012-02-03"),
                                                            ("10 a.m.", "TIME", "2012-02-03T10:00")]


def test_spaced_comma_after_weekday():
    assert got("Jo Bloggs | Friday , 2 March 2012") == [("Friday , 2 March 2012", "DATE", "2012-03-02")]


def test_last_as_a_verb_stays_out():
    assert got("The inquiry, which could last three weeks, opens in May.")[0] == ("three weeks", "DURATION", "P3W")
    assert got("The strike will last two days.") == [("two days", "DURATION", "P2D")]
    assert got("Sales fell in the last two weeks.") == [("the last two weeks", "DURATION", "P2W")]


def test_rate_after_a_quantity_of_something():
    assert got("About 3,000 barrels of crude oil a day were lost.") == [("a day", "SET", "P1D")]
    assert got("She spent a day in the archive.") == [("a day", "DURATION", "P1D")]


def test_minute_long_and_ages():
    assert got("A minute-long silence was held.") == [("minute-long", "DURATION", "PT1M")]
    assert got("The class is mostly 9-year-olds.") == []


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 23), st.integers(0, 59),
       st.sampled_from([" at ", " , ", " "]))
def test_stamp_value_is_the_written_day_and_clock(day, hour, minute, gap):
    text = f"{day.day} {day.strftime('%B')} {day.year}{gap}{hour:02d}:{minute:02d} GMT"
    out = tag(text, DCT)
    assert [(t.start, t.end, t.type, t.value) for t in out] == [
        (0, len(text), "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}")]


def test_feast_things_are_not_dates():
    assert got("She struck him off her Christmas card list.") == []
    assert got("The shop sold out of Easter eggs.") == []
    assert got("They met at Christmas.") == [("Christmas", "DATE", "2011-12-25")]
