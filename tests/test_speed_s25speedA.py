"""Session 25 (s25speedA): equal-output cuts of the dating stage's scans, each compared with the plain path."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.dating import patterns

#: The first-character lookahead ``text/prefilter.with_first_chars`` puts before a pattern.
_LOOKAHEAD = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")
#: Pieces of dates written day first, and their near misses, to join at random.
PIECES = ["4", "17", "31", "2nd", "23rd", "9th", " ", "  ", ", ", "of ", "the ", "March", "Sept.", "Sep", "may", "May",
          "Saturday", "Friday ,", "sunday", "2003", "1999", "-", "–", "\n", "x", "1o", "Dec", "December", "ſ"]

OWN = [
    "The ceasefire took hold on Saturday 14 March 2009, two days after the talks in Doha ended.",
    "Voting closed on the 3rd of May, and the count ran until Friday , the 9th of May 2014.",
    "The ministers met on 21 Sept. and again on 5 Oct 1997 to sign the accord.",
    "Prices rose 4 percent in 12 months to March; may 2 was a holiday.",
]


def _plain(fast: re.Pattern[str]) -> re.Pattern[str]:
    head = _LOOKAHEAD.match(fast.pattern)
    assert head is not None  # the day-first date pattern carries its lookahead
    return re.compile(fast.pattern[head.end():], fast.flags)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict(), m.span("weekday")) for m in pattern.finditer(text)]


def test_day_first_dates_found_with_the_lookahead_as_without_on_our_sentences():
    plain = _plain(patterns.DAY_MONTH)
    for text in OWN:
        assert _found(patterns.DAY_MONTH, text) == _found(plain, text)
    assert [m.group("day", "month") for m in patterns.DAY_MONTH.finditer(OWN[0])] == [("14", "March")]
    assert patterns.scan(patterns.DAY_MONTH, OWN[1])[1].group("weekday") == "Friday"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=18))
def test_day_first_dates_found_with_the_lookahead_as_without(parts):
    text = "".join(parts)
    assert _found(patterns.DAY_MONTH, text) == _found(_plain(patterns.DAY_MONTH), text)
