"""TIMEX3 normalization classes fixed in issue 5's second pass: one test per class, on our own sentences."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time import normalize as nz
from chronicler.time.tagger import tag

DCT = date(1998, 1, 8)  # a Thursday
EARNINGS_DCT = date(1997, 10, 28)  # third-quarter results season


def values(text: str, dct=DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_year_ago_comparison_is_the_completed_quarter():
    text = ("The maker said third-quarter profit fell and warned that the fourth quarter would be weak. "
            "Sales in the year-ago quarter were higher, and profit was down from a year earlier.")
    found = dict(values(text, EARNINGS_DCT))
    assert found["the fourth quarter"] == "1997-Q4"
    assert found["the year-ago quarter"] == "1996-Q3"
    assert found["a year earlier"] == "1996-Q3"


def test_adjective_year_earlier_and_same_period_last_year():
    text = "Third-quarter net income rose, compared with a year-earlier loss and with the same period last year."
    assert values(text, EARNINGS_DCT) == [("Third-quarter", "1997-Q3"), ("year-earlier", "1996-Q3"),
                                          ("the same period last year", "1996-Q3")]
    # a count after the adjective belongs to one duration
    assert values("Net for the year-earlier nine months rose.", EARNINGS_DCT) == [
        ("the year-earlier nine months", "P9M")]


def test_half_years():
    assert values("Earnings for the last half of 1996 fell.") == [("the last half of 1996", "1996-H2")]
    assert values("Growth picked up in the first half of this year.") == [("the first half of this year", "1998-H1")]
    assert values("Sales fell in the second half of last year.") == [("the second half of last year", "1997-H2")]
    assert values("It peaked in the last half of the '80s.") == [("the last half of the '80s", "198")]


def test_quarter_of_a_relative_year():
    assert values("Sales should rise in the first quarter of next year.") == [
        ("the first quarter of next year", "1999-Q1")]
    assert values("Profit fell in the fourth quarter of last year.") == [
        ("the fourth quarter of last year", "1997-Q4")]


def test_quarters_are_counted_in_months():
    assert values("The insurer has lost money in recent quarters.") == [("recent quarters", "PXM")]
    assert values("Costs will be spread over the next three quarters.") == [("the next three quarters", "P9M")]


def test_tense_cues():
    # a participle after "be" is not a past tense: the vote lies ahead
    assert values("Officials said late Wednesday that the vote would be held on Monday.") == [
        ("Wednesday", "1998-01-07"), ("Monday", "1998-01-12")]
    assert values("The team planned to leave the capital on Friday.") == [("Friday", "1998-01-09")]
    assert values("The deal would close on Friday.") == [("Friday", "1998-01-09")]
    assert values("The deal would have closed on Friday.") == [("Friday", "1998-01-02")]  # counterfactual past
    assert values("The payment was due to be made on Monday.") == [("Monday", "1998-01-12")]  # still ahead
    assert values("The tests are expected to last until Saturday.") == [("Saturday", "1998-01-10")]
    assert values("Most of those surveyed Monday backed the plan.") == [("Monday", "1998-01-05")]
    assert values("The panel has until Tuesday to decide.") == [("Tuesday", "1998-01-13")]
    # "until": the clause's verb decides; a deadline put off lies ahead
    assert values("Until Tuesday, the police had not named a suspect.") == [("Tuesday", "1998-01-06")]
    assert values("The meeting lasted until late Tuesday night.") == [("Tuesday night", "1998-01-06TNI")]
    assert values("The court extended its deadline until Tuesday.") == [("Tuesday", "1998-01-13")]
    # an adjectival participle is no past cue; "through <month>" of this year's results is past
    assert values("The dividend would be distributed on a still undisclosed date in March.") == [("March", "1998-03")]
    assert values("Sales this year through November were flat.", date(1997, 12, 20)) == [
        ("this year", "1997"), ("November", "1997-11")]


def test_narrative_days_and_parts_of_day():
    text = "The rebels entered the town on Jan. 2. The next morning they left, and that night the army came back."
    assert values(text) == [("Jan. 2", "1998-01-02"), ("The next morning", "1998-01-03TMO"),
                            ("that night", "1998-01-03TNI")]  # the night of the day just reached
    assert values("The next day, the rebels withdrew.") == []  # no day told: not invented
    assert values("On Monday the rebels came. The next day, they withdrew.") == [
        ("Monday", "1998-01-05"), ("The next day", "1998-01-06")]
    assert values("He flew to Ohio later in the day.") == [("the day", "1998-01-08")]
    found = values("On Monday he worked until after midnight. The next day he flew home.")
    assert found[0] == ("Monday", "1998-01-05") and found[-1] == ("The next day", "1998-01-06")
    assert values("The company moved to Ohio in 1990, and that day ...") == [("1990", "1990")]
    assert values("The hearing is set for Feb. 3 at 10 a.m.") == [("Feb. 3", "1998-02-03"), ("10 a.m.", "1998-02-03T10:00")]


def test_week_of_a_date():
    assert values("A hearing was set for the week of March 6.") == [("the week of March 6", "1998-W10")]
    assert values("Meet the week of February 30.") == []


def test_sets_and_present_ref():
    assert values("Officials give a daily tally, and he spoke in his weekly address.") == [
        ("daily", "P1D"), ("weekly", "P1W")]
    assert values("He reads a daily newspaper.") == []
    assert values("The festival is held each summer; shops close on Sundays.") == [
        ("each summer", "XXXX-SU"), ("Sundays", "XXXX-WXX-7")]
    assert values("Current market conditions are hard.") == [("Current", "PRESENT_REF")]
    assert values("The current account deficit grew.") == []


def test_counted_past_and_titles_are_not_references():
    assert values("Violence has flared for the past three summers.") == []
    assert values('Baker said on ABC\'s "This Week" that talks failed.') == []
    assert values("This week, the talks failed.") == [("This week", "1998-W02")]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1600, 1, 1), max_value=date(2099, 12, 31)))
def test_week_of_any_day_contains_that_day(d):
    text = f"The trial opens the week of {calendar.month_name[d.month]} {d.day}, {d.year}."
    (t,) = tag(text, DCT)
    assert t.value == nz.week(d)
    assert t.interval is not None and t.interval.earliest <= d <= t.interval.latest
    assert t.interval.latest - t.interval.earliest == timedelta(days=6)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1600, max_value=2099), st.sampled_from(["first", "second", "last", "latter"]),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_half_of_any_year(year, which, dct):
    (t,) = tag(f"Prices fell in the {which} half of {year}.", dct)
    half = 1 if which == "first" else 2
    assert t.value == f"{year}-H{half}"
    assert t.interval is not None
    assert t.interval.earliest == date(year, 1 if half == 1 else 7, 1)
    assert t.interval.latest == date(year, 6, 30) if half == 1 else date(year, 12, 31)
