"""Session 23 (s23speed2): the timex candidate scan's cheaper steps find exactly what the plain scan finds.

The trigger windows come from a digit-run pattern and a word pattern that each begin with a class (so ``re``
skips to where they can match in C) instead of TRIGGER's leading lookahead; and a rule whose matches may begin
with a digit now gets a first-character lookahead too (``\\d`` goes into it as a class)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.text.prefilter import first_chars, with_first_chars
from chronicler.time import tagger
from chronicler.time.grammar import COMPILED
from chronicler.time.tagger import candidates, trigger_windows, trigger_windows_plain

SENTENCES = [
    "The ministers met on Tuesday, three days after the vote of 12 March 2019, and will meet again next month.",
    "Sales rose 4.5% in the second quarter; a year ago they fell for 18 straight months.",
    "The talks, which began in the mid-1990s, resumed at 10:30 a.m. and ran until midnight.",
    "SUNDAY'S RALLY drew 20,000 people; organisers said a second march was planned for spring.",
    "No date here at all, only words like monsoon, Monaco and Daylight.",
    "The ceasefire held for ٢ weeks and the envoy left on the ١٥th.",
    "ſunday and İnterim: odd letters that re folds to ASCII ones when it ignores case.",
]

FRAGMENTS = ["January", "jan.", "MAY", "Monday", "mon", "2011", "1990s", "'90s", "10", "3:30", "p.m.", "ago",
             "last", "next", "week", "years", "the past", "this", "earlier", "today", "Tonight", "spring",
             "Christmas", "fiscal", "quarter", "decade", "century", "mid-", "late", "two", "a", " ", ",", ".",
             "-", "/", "\n", "x", "İ", "ı", "ſ", "K", "é", "’", "٣", "٢٠١١", "monsoon", "nowhere"]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=24).map("".join)


def plain_candidates(text: str) -> list[tuple[str, int, int, int]]:
    """The scan as defined: TRIGGER's windows, every rule as written (no lookahead, no literal skip)."""
    out, seen = [], set()
    for lo, hi in trigger_windows_plain(text):
        for prio, (rule, rx) in enumerate(COMPILED):
            for m in rx.finditer(text, lo, hi):
                key = (prio, m.start(), m.end())
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    out.append((rule, prio, m.start(), m.end()))
    return out


def fast_candidates(text: str) -> list[tuple[str, int, int, int]]:
    return [(c.rule, c.prio, c.start, c.end) for c in candidates(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_windows_and_candidates_of_our_sentences(text):
    assert trigger_windows(text) == trigger_windows_plain(text)
    assert fast_candidates(text) == plain_candidates(text)


def test_the_sentences_have_windows_and_candidates():
    assert trigger_windows(SENTENCES[0]) and fast_candidates(SENTENCES[0])
    assert trigger_windows("٢٠١١") == [[0, 4]]  # any Unicode digit is a trigger, as in TRIGGER


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_trigger_windows_equal_the_plain_ones(text):
    assert trigger_windows(text) == trigger_windows_plain(text)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_fast_scan_finds_what_the_full_scan_finds(text):
    assert fast_candidates(text) == plain_candidates(text)


def test_digit_led_rules_now_have_a_lookahead():
    """``\\d`` in a first position no longer leaves a rule without its lookahead (duration, ago, iso ...)."""
    assert all(rx.pattern.startswith("(?=[") for _, rx in tagger._SCANNED)
    assert first_chars(re.compile(r"\d+")) is None  # the public set of characters is unchanged
    fast = with_first_chars(re.compile(r"(?<!\w)(?:the\s+)?\d+\s+days"))
    assert fast.pattern.startswith(r"(?=[") and r"\d" in fast.pattern.split("]")[0]
    text = "the 3 days, ٣ days and the ١٢ days"
    plain = re.compile(r"(?<!\w)(?:the\s+)?\d+\s+days")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
