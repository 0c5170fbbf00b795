"""Session 18 (issue 5): narrative time, expressions anchored to the story's own reference time (the last
calendar period the passage told) rather than to the report's date (eval/data/timex_narrative_blind_s18.tsv).
Our own sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from eval_modules import check_timex_blind_set
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag


def values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_s18_set_splits_every_third_row_to_measure_and_its_flag_scores_tune_only():
    check_timex_blind_set("S18", "--narrative-s18", 150)


@pytest.mark.parametrize("text, dct, expected", [
    ("The bakery opened in 1991. The next year it added a second shop on Main Street.", date(1999, 5, 2),
     ("The next year", "1992")),
    ("Lawmakers met on March 9 to draft the plan; the next week they sent it to the governor.", date(1999, 5, 2),
     ("the next week", "1999-W11")),
    ("The cannery shut in August 1993; the next month most of its workers left town.",
     date(1996, 1, 10), ("the next month", "1993-09")),
])
def test_the_next_unit_told_in_the_past_counts_from_the_told_date(text: str, dct: date,
                                                                  expected: tuple[str, str]) -> None:
    assert expected in values(text, dct)


def test_a_stretch_or_a_plan_with_the_next_unit_still_counts_from_the_report():
    assert ("the next year", "1999") in values("The fund sold bonds in 1994 and will keep rising over the next year.",
                                               date(1999, 5, 2))
    assert values("The next month will be crucial for the talks.", date(1999, 5, 2))[0][1] != "1999-06-XX"


def test_a_following_unit_after_a_coarser_told_period_keeps_the_coarser_granularity():
    assert ("The following month", "1962") in values("The dam was finished in 1962. The following month the valley "
                                                     "was flooded.", date(1999, 5, 2))


@pytest.mark.parametrize("text, dct, expected", [
    ("Police searched the house on April 3. She had called him the night before.", date(1999, 5, 2),
     ("the night before", "1999-04-02TNI")),
    ("The rebels took the airport on March 2; the talks had stalled the week before, diplomats said.",
     date(1999, 5, 2), ("the week before", "1999-W08")),
    ("He lost the final on Jan. 9 and flew home the day after.", date(1999, 5, 2), ("the day after", "1999-01-10")),
])
def test_a_day_week_or_night_before_or_after_closing_a_clause_counts_from_the_told_day(
        text: str, dct: date, expected: tuple[str, str]) -> None:
    assert expected in values(text, dct)


def test_a_unit_before_an_event_or_a_year_before_in_a_comparison_stays_untagged():
    assert values("She called him the night before the hearing.", date(1999, 5, 2)) == []
    assert values("Sales rose 4 percent from the year before.", date(1999, 5, 2)) == []


@pytest.mark.parametrize("text, expected", [
    ("The mill burned down in 1971, and that same year the town lost its railway station.", ("that same year", "1971")),
    ("The judge was appointed on Feb. 2. That same day a bomb exploded outside the court.",
     ("That same day", "1999-02-02")),
    ("Troops crossed the border in October 1998; that same month the embargo was tightened.",
     ("that same month", "1998-10")),
])
def test_that_same_unit_is_the_told_unit(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1999, 5, 2))


@pytest.mark.parametrize("text, expected", [
    ("The ship docked on March 3. The following Sunday the crew went ashore.", ("The following Sunday", "1999-03-07")),
    ("The hearing opened on Tuesday, April 6, and the next Friday the witness recanted.",
     ("the next Friday", "1999-04-09")),
])
def test_the_following_weekday_is_the_first_after_the_told_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1999, 5, 2))


def test_the_following_weekday_with_no_told_day_is_the_next_after_the_report():
    assert values("The minister will fly to Paris the following Monday.", date(1999, 5, 2)) == [
        ("the following Monday", "1999-05-03")]


@pytest.mark.parametrize("text, expected", [
    ("The bridge opened in the fall of 1996; the following winter cracks appeared in its deck.",
     ("the following winter", "1996-WI")),
    ("The levee broke in the winter of 1995. The previous summer, engineers had warned of cracks.",
     ("The previous summer", "1995-SU")),
    ("The rebels attacked in the spring of 1994. Two years later the army struck back.", ("Two years later", "1996")),
])
def test_a_told_season_is_the_narratives_reference_time(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1999, 3, 19))


def test_later_or_early_before_a_narrative_part_of_day_is_inside_its_extent():
    found = values("The ship sank on May 2. Later that night the last boat reached shore, and early the next "
                   "morning divers went down.", date(1999, 5, 20))
    assert ("Later that night", "1999-05-02TNI") in found and ("early the next morning", "1999-05-03TMO") in found


_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_days = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _told(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


@settings(max_examples=80, deadline=None)
@given(_days, st.sampled_from(("before", "after")), st.sampled_from(("day", "night")))
def test_property_a_day_or_night_around_a_told_day_is_one_day_off(d: date, way: str, unit: str) -> None:
    text = f"The vote was held on {_told(d)}. Turnout had been counted the {unit} {way}."
    found = [t for t in tag(text, date(2031, 1, 1)) if t.text == f"the {unit} {way}"]
    want = (d + timedelta(days=-1 if way == "before" else 1)).isoformat() + ("TNI" if unit == "night" else "")
    assert [t.value for t in found] == [want]


@settings(max_examples=80, deadline=None)
@given(_days, st.integers(min_value=0, max_value=6))
def test_property_the_following_weekday_is_within_a_week_after_the_told_day(d: date, wd: int) -> None:
    text = f"The ship docked on {_told(d)}. The following {_WEEKDAYS[wd]} the crew went ashore."
    found = [t for t in tag(text, date(2031, 1, 1)) if t.text.startswith("The following")]
    assert len(found) == 1
    day = date.fromisoformat(found[0].value)
    assert day.weekday() == wd and 1 <= (day - d).days <= 7


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1900, max_value=2025), st.sampled_from(("week", "month", "year")))
def test_property_the_next_unit_after_a_told_year_is_never_finer_than_a_year(y: int, unit: str) -> None:
    text = f"The plant opened in {y}. The next {unit} it hired two hundred workers."
    found = [t for t in tag(text, date(2031, 1, 1)) if t.text == f"The next {unit}"]
    assert [t.value for t in found] == [str(y + 1) if unit == "year" else str(y)]
