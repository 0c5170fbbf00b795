"""Session 14 (issue 5): a weekday in a clause with a frequency adverb recurs (TimeML SET), and only then.
Our own sentences; a property test over adverbs, weekdays and report dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(2011, 2, 10)  # a Thursday
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ADVERBS = ["often", "usually", "always", "normally", "typically", "regularly", "routinely", "rarely"]


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text, expected", [
    ("Farmers often sell their lambs on Saturday at the old market.", [("Saturday", "SET", "XXXX-WXX-6")]),
    ("The ferry usually leaves for the island on Tuesday.", [("Tuesday", "SET", "XXXX-WXX-2")]),
    ("She rarely works on Sunday.", [("Sunday", "SET", "XXXX-WXX-7")]),
])
def test_weekday_under_a_frequency_adverb_recurs(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the adverb belongs to another clause or phrase: one day, as before
    ("Banks, which normally open at nine, stayed shut on Monday.", "2011-02-07"),
    ("The envoy flew to Cairo on Monday.", "2011-02-07"),
    # after a determiner the adverb grades an adjective: "a usually quiet market"
    ("A usually quiet market was crowded on Monday.", "2011-02-07"),
    ("Ministers will meet again on Monday.", "2011-02-14"),
])
def test_weekday_without_a_frequency_adverb_in_its_clause_is_one_day(text, expected):
    (day,) = [v for v in values(text) if v[0] == "Monday"]
    assert day == ("Monday", "DATE", expected)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ADVERBS), st.integers(0, 6), st.integers(0, 4000), st.booleans())
def test_habitual_weekday_value_names_the_weekday_whatever_the_report_date(adverb, wd, offset, past):
    dct = date(1995, 1, 1) + timedelta(days=offset)
    verb = "went" if past else "goes"
    found = values(f"The old man {adverb} {verb} fishing on {DAYS[wd]}.", dct)
    assert found == [(DAYS[wd], "SET", f"XXXX-WXX-{wd + 1}")]
    # the same sentence without the adverb names one day of that weekday, within a week of the report
    (text, typ, value) = values(f"The old man {verb} fishing on {DAYS[wd]}.", dct)[0]
    assert typ == "DATE" and date.fromisoformat(value).weekday() == wd and abs((date.fromisoformat(value) - dct).days) <= 7
