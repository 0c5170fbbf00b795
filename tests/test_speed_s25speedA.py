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


#: Pieces of weekday mentions and their near misses (modifiers, white space of several kinds, other cases).
DAY_PIECES = ["Monday", "Tuesday", "Sundays", "monday", "MONDAY", "last", "next", "this", "on", "since", "until", "by",
              "late", "early", "Early", " ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", "the ", "12", "May", "March",
              "x", "Sunday,", "unlast", "-", "ſ"]

OWN_DAYS = [
    "The envoy said on Tuesday that talks would resume next Monday in Geneva.",
    "Since\u00a0 Friday, the border has stayed shut; officials hope to reopen it by Sunday.",
    "Protests planned for Thursday, March 4 were called off, and no strike is due until Wednesday.",
    "No day is named here at all.",
]


def _weekday_plain(text: str) -> list:
    return [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.WEEKDAY.finditer(text)]


def test_weekday_scan_from_the_first_day_name_finds_what_the_full_scan_finds_on_our_sentences():
    for text in OWN_DAYS:
        assert [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.weekday_matches(text)] \
            == _weekday_plain(text)
    assert [(m.group("mod"), m.group("weekday")) for m in patterns.weekday_matches(OWN_DAYS[0])] == \
        [("on", "Tuesday"), ("next", "Monday")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(DAY_PIECES), st.text(max_size=3)), max_size=18))
def test_weekday_scan_from_the_first_day_name_finds_what_the_full_scan_finds(parts):
    text = "".join(parts)
    assert [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.weekday_matches(text)] \
        == _weekday_plain(text)
