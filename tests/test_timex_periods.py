"""TIMEX3 conventions settled in session 10 (issue 5): our own sentences, one test per convention."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(2003, 11, 6)  # a Thursday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# ------------------------------------------------- a reporting period closed by its end date: the stretch counted

def test_the_quarter_ended_is_the_stretch_counted():
    # even after another quarter was named, "the quarter ended <date>" is the three months counted
    text = ("The toy maker had warned about its fiscal second quarter. It earned $4 million for the quarter "
            "ended Sept. 27.")
    got = values(text)
    assert ("the quarter", "DURATION", "P1Q") in got
    assert ("Sept. 27", "DATE", "2003-09-27") in got


def test_the_year_and_month_ended_keep_their_own_unit():
    assert ("the year", "DURATION", "P1Y") in values("Sales rose 4% in the year ended June 30.")
    assert ("the month", "DURATION", "P1M") in values("Orders for the month ending Oct. 31 were flat.")


def test_the_quarter_without_an_end_date_is_still_the_reported_quarter():
    got = values("The airline expects to break even in the quarter, its chief said.")
    assert got == [("the quarter", "DATE", "2003-Q3")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["ended", "ending", "that ended", "which ended"]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_any_closed_quarter_is_one_quarter_long(verb: str, dct: date):
    got = values(f"Profit fell in the quarter {verb} last month.", dct)
    assert got[0][:3] == ("the quarter", "DURATION", "P1Q")


# ------------------------------------------------ a plan told in the past after the expression: the day is past

def test_a_plan_made_on_the_day_is_told_in_the_past():
    # DCT Thursday 6 Nov 2003: the Monday in question is 3 Nov, not 10 Nov
    assert values("On Monday, the ministry decided to close two schools.") == [("Monday", "DATE", "2003-11-03")]
    assert values("On Tuesday the two unions agreed to talk again.") == [("Tuesday", "DATE", "2003-11-04")]


def test_a_plan_still_ahead_looks_ahead():
    assert values("On Monday, the ministry plans to close two schools.") == [("Monday", "DATE", "2003-11-10")]
    assert values("On Tuesday, the talks are scheduled to resume.") == [("Tuesday", "DATE", "2003-11-11")]


# ------------------------------------------- the year-earlier period of a stretch of months is that stretch again

def test_the_year_earlier_period_of_nine_months_is_nine_months():
    text = ("For the first nine months, the brewer earned $12 million. In the year-earlier period, it earned "
            "$9 million.")
    assert ("the year-earlier period", "DURATION", "P9M") in values(text)


def test_the_same_period_last_year_of_six_months_is_six_months():
    text = "Sales for the six months ended Sept. 30 rose 3% from the same period last year."
    got = values(text)
    assert ("the six months", "DURATION", "P6M") in got
    assert ("the same period last year", "DURATION", "P6M") in got


def test_the_year_earlier_period_of_a_quarter_is_still_the_quarter():
    text = ("The brewer earned $4 million in the first nine months. In the third quarter it earned $1 million, "
            "against $2 million in the year-earlier period.")
    assert ("the year-earlier period", "DATE", "2002-Q3") in values(text)


# ------------------------------------------------ a unit counted from an event is not the report's own unit

def test_the_week_following_an_event_is_not_this_week():
    assert values("Withdrawals doubled in the week following the bank's collapse.") == []
    assert values("Prices fell in the month preceding the vote.") == []
    # the report's own week is still this week
    assert values("Withdrawals doubled this week.") == [("this week", "DATE", "2003-W45")]
