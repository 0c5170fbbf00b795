"""Session 16 (issue 5): anchoring that carries to unread text (the s16 blind set,
eval/data/timex_blind_s16.tsv): a weekday in reported speech counts from the speech's day, plan participles
look ahead ("planned for April", "the proposed March visit"), a pluperfect closed "by" a month is past, and the
results of a quarter not yet begun are last year's. Our own sentences; property tests for the new anchor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from eval_modules import check_timex_blind_set
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_s16_set_splits_every_third_row_to_measure_and_its_flag_scores_tune_only():
    check_timex_blind_set("S16", "--blind-s16", 150)


# ------------------------------------------------------------------------------------ reported speech

@pytest.mark.parametrize("text, dct, want", [
    # said on a Friday that something would happen on Monday: the Monday after that Friday, not after the DCT
    ("The prosecutor said on Friday that the charges would be filed on Monday.", date(2008, 3, 5),
     [("Friday", "2008-02-29"), ("Monday", "2008-03-03")]),
    ("Officials announced Tuesday that the border would reopen on Saturday.", date(2012, 9, 17),
     [("Tuesday", "2012-09-11"), ("Saturday", "2012-09-15")]),
    # a pluperfect in the speech: the day before the speech's day
    ("The general told reporters on Thursday that his troops had crossed the river on Saturday.", date(2005, 4, 25),
     [("Thursday", "2005-04-21"), ("Saturday", "2005-04-16")]),
])
def test_a_weekday_in_reported_speech_counts_from_the_speech_day(text, dct, want):
    assert values(text, dct) == want


def test_a_plain_future_still_counts_from_the_report():
    # "will" is the reporter's own future: the next Monday after the report's date
    assert values("The minister said on Friday that the talks will resume on Monday.", date(2008, 3, 5)) == [
        ("Friday", "2008-02-29"), ("Monday", "2008-03-10")]


@settings(max_examples=80, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(1, 6), st.integers(0, 6))
def test_speech_anchored_weekday_lies_within_a_week_after_the_speech(dct, back, wd):
    speech = dct - timedelta(days=back)
    text = f"The agency said on {DAYS[speech.weekday()]} that the vote would be held on {DAYS[wd]}."
    got = values(text, dct)
    assert got[0] == (DAYS[speech.weekday()], speech.isoformat())
    day = date.fromisoformat(got[1][1])
    assert day.weekday() == wd and 1 <= (day - speech).days <= 7


@settings(max_examples=80, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(1, 6), st.integers(0, 6))
def test_speech_anchored_pluperfect_weekday_lies_within_a_week_before_the_speech(dct, back, wd):
    speech = dct - timedelta(days=back)
    text = f"The agency said on {DAYS[speech.weekday()]} that the ship had docked on {DAYS[wd]}."
    day = date.fromisoformat(values(text, dct)[1][1])
    assert day.weekday() == wd and 1 <= (speech - day).days <= 7


# -------------------------------------------------------------------------------------- plans ahead

@pytest.mark.parametrize("text, dct, want", [
    ("The summit, planned for April, may be postponed.", date(2006, 2, 9), ("April", "2006-04")),
    ("A referendum scheduled for June was announced by the palace.", date(2006, 2, 9), ("June", "2006-06")),
    ("The proposed March visit by the queen was confirmed by both palaces.", date(2006, 1, 20), ("March", "2006-03")),
    ("Talks slated for late May were agreed by both delegations.", date(2006, 2, 9), ("late May", "2006-05")),
])
def test_a_plan_participle_looks_ahead(text, dct, want):
    assert values(text, dct) == [want]


# ------------------------------------------------------------------------------------- pluperfect by

@pytest.mark.parametrize("text, want", [
    ("The currency had lost a third of its value by August.", "2001-08"),
    ("The group had sold almost all of its shares by July.", "2001-07"),
])
def test_a_pluperfect_closed_by_a_month_is_past(text, want):
    assert values(text, date(2001, 10, 12)) == [(text.split(" by ")[1].rstrip("."), want)]


def test_a_modal_inside_the_pluperfect_still_looks_ahead():
    assert values("The firm had said that it would finish the work by August.", date(2001, 3, 12)) == [
        ("August", "2001-08")]


# ------------------------------------------------------------------------------------ quarter results

@pytest.mark.parametrize("text, dct, want", [
    ("The retailer will report fourth-quarter results next week.", date(2015, 2, 2), "2014-Q4"),
    ("Analysts expect third-quarter earnings to fall.", date(2015, 2, 2), "2014-Q3"),
    # the running quarter is not yet reported but may be forecast: it stays this year's
    ("Analysts expect first-quarter earnings to fall.", date(2015, 2, 2), "2015-Q1"),
])
def test_results_of_a_quarter_not_yet_begun_are_last_years(text, dct, want):
    assert [v for _, v in values(text, dct) if "Q" in v] == [want]
