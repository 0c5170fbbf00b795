"""Session 23: "in N units" told in a future clause is a point ahead of the report, not a stretch."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

UNIT_WORDS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


@pytest.mark.parametrize("text, dct, expected", [
    # the unit's granularity: the year, the month, the ISO week, the day
    ("The new runway at the airport will open in three years.", date(2006, 5, 10), ("three years", "2009")),
    ("The euro notes are due to replace the old currency in six months, the bank said.", date(2001, 6, 27),
     ("six months", "2001-12")),
    ("The envoy said talks would resume in two weeks.", date(1995, 3, 8), ("two weeks", "1995-W12")),
    ("The rescued miners will be flown home in four days.", date(2010, 10, 14), ("four days", "2010-10-18")),
    # a present tense of schedule, a plan, an expectation with its infinitive
    ("The cease-fire expires in a month unless both sides renew it.", date(1994, 9, 21), ("a month", "1994-10")),
    ("The company plans to close the mill in two years.", date(1992, 2, 5), ("two years", "1994")),
    ("Economists expect the jobless rate to rise to 9 percent in a year.", date(2009, 4, 1), ("a year", "2010")),
])
def test_in_n_units_ahead_is_a_date(text, dct, expected):
    extent, value = expected
    assert _found(text, dct).get(extent) == ("DATE", value)


@pytest.mark.parametrize("text, dct, extent, value", [
    # a stretch measured back from now, whatever the tense
    ("The index closed at its lowest level in five years on Monday.", date(2002, 7, 24), "five years", "P5Y"),
    ("It will be the first state visit in a decade.", date(2012, 3, 7), "a decade", "P1E"),
    ("The vote will be the party's biggest test in two years.", date(2012, 3, 7), "two years", "P2Y"),
    # an amount gathered over the stretch
    ("The state will spend $4 billion in five years on roads.", date(2015, 1, 14), "five years", "P5Y"),
    ("The carmaker will cut 3,000 jobs in two years.", date(2015, 1, 14), "two years", "P2Y"),
    # told in the past, or with the future only after the length
    ("The reformers rebuilt the economy in ten years.", date(2004, 6, 2), "ten years", "P10Y"),
    ("The town has doubled in size in ten years and will grow further.", date(2004, 6, 2), "ten years", "P10Y"),
    # a count before the length, a modifier, a determiner: not this rule
    ("The plant will be rebuilt within two years.", date(2004, 6, 2), "two years", "P2Y"),
    # an ordinal: the second of its kind within the stretch
    ("This is the second refinery fire in two years, the union will tell the board.", date(2004, 6, 2),
     "two years", "P2Y"),
    # a bare "is" is no plan; a plan from a past vantage does not count from the report
    ("It is a proud day for the villagers who in nine days rebuilt the bridge.", date(2004, 6, 2),
     "nine days", "P9D"),
    ("Aid workers believed the airlift was going to end in four days.", date(2004, 6, 2), "four days", "P4D"),
])
def test_in_n_units_as_a_stretch_stays_a_duration(text, dct, extent, value):
    assert _found(text, dct).get(extent) == ("DURATION", value)


def test_minutes_are_not_months():
    found = _found("The minister will set out the budget in ten minutes, his aide said.", date(2011, 1, 26))
    assert found.get("ten minutes") == ("DURATION", "PT10M")


def test_an_ordinal_noun_before_a_future_verb_still_looks_ahead():
    found = _found("The first relief tunnel was dug last month; the second one will open in ten days.",
                   date(2010, 5, 12))
    assert found.get("ten days") == ("DATE", "2010-05-22")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NUMBERS), st.sampled_from(sorted(UNIT_WORDS)),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_the_point_ahead_is_later_than_the_report(number, unit, dct):
    text = f"The ministry said the new line will open in {number} {UNIT_WORDS[unit]}."
    found = [t for t in tag(text, dct) if t.text == f"{number} {UNIT_WORDS[unit]}"]
    assert len(found) == 1 and found[0].type == "DATE"
    assert found[0].interval is not None and found[0].interval.earliest > dct
