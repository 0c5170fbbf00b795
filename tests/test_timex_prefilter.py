"""The fast candidate scan (trigger regex, per-rule literal prefilter) finds exactly what the plain scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time import tagger
from chronicler.time.grammar import COMPILED, NEEDS_OVERRIDE, TRIGGER, TRIGGER_WORDS, WINDOW
from chronicler.text.prefilter import _FOLD_EXTRA, fold, needs

#: The trigger as first written: the fast one must find the same spans.
REFERENCE_TRIGGER = re.compile(rf"\d|(?i:\b(?:{TRIGGER_WORDS}))")


def reference_candidates(text: str) -> list[tuple[str, int, int, int, tuple]]:
    """The straightforward scan: every rule over every window around a reference trigger, no prefilter."""
    windows: list[list[int]] = []
    for t in REFERENCE_TRIGGER.finditer(text):
        lo, hi = max(0, t.start() - WINDOW), min(len(text), t.end() + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out = []
    seen = set()
    for lo, hi in windows:
        for prio, (rule, rx) in enumerate(COMPILED):
            for m in rx.finditer(text, lo, hi):
                key = (prio, m.start(), m.end())
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    out.append((rule, prio, m.start(), m.end(), m.groups()))
    return out


def fast_candidates(text: str) -> list[tuple[str, int, int, int, tuple]]:
    return [(c.rule, c.prio, c.start, c.end, c.m.groups()) for c in tagger.candidates(text)]


_WORDS = [
    "January", "MAY", "May", "may", "Sept.", "Dec", "march", "Monday", "friday", "SUNDAY", "today", "Tonight",
    "yesterday", "morning", "night", "noon", "midnight", "a.m.", "pm", "o'clock", "GMT", "UTC", "year", "years",
    "Year", "month", "weeks", "week", "weekend", "day", "days", "decade", "century", "centuries", "quarter",
    "fiscal", "period", "half", "first", "second", "third", "last", "next", "this", "the", "of", "in", "on",
    "ago", "earlier", "later", "before", "after", "from now", "every", "each", "a", "an", "two", "twenty-one",
    "several", "few", "once", "twice", "three times", "daily", "annual", "bi-annual", "spring", "Fall", "winter",
    "Christmas", "Eve", "New Year's", "Easter", "Day", "nineteen", "eighty", "two thousand", "sixties", "now",
    "recently", "currently", "future", "past", "term", "early", "late", "mid", "end", "beginning", "-long",
    "year-end", "year-ago", "the week of", "percent", "people", "shares", "Mondays", "moment", "so far",
    "some time", "a while", "not long", "a short time", "moments", "ages", "hrs", "mins", "1,400",
    "\u017fecond", "\u212aelvin", "\u0130", "\u0131", "week\u017f",
]
_WORD = st.one_of(st.sampled_from(_WORDS), st.from_regex(r"[0-9]{1,4}(?:st|th|s|'s)?", fullmatch=True),
                  st.from_regex(r"\d{1,2}", fullmatch=True))  # \d: any Unicode digit, as the rules read it
_PRE = ["", "", "the", "last", "next", "this", "early", "the end of", "two", "several", "a", "every", "on", "10", "a few",
        "more than", "Monday,", "about", "the first", "3", "the 3rd of", "fiscal", "year-ago"]
_CORE = ["May", "March", "Sept.", "December", "JUNE", "Tuesday", "sunday", "day", "days", "weeks", "year", "months",
         "quarter", "period", "half", "decade", "hours", "minute", "century", "1999", "2011", "12", "1980s", "'90s",
         "today", "tomorrow", "morning", "night", "spring", "summer", "Christmas", "Easter", "now", "once", "daily",
         "10:30", "5", "noon", "twenty", "nineteen eighty-four", "two thousand and one", "21st", "sixties"]
_POST = ["", "", "ago", "earlier", "later", "after", "back", "2011", "3", "3rd", "of 2011", "morning", "days", "years", "or so",
         "and a half", "a.m.", "pm", "GMT", "EST", "-long", "ahead", "end", "percent", "people", "s", "before"]
#: Phrases of a few time words and numbers ("two days ago", "May 3 2011"), then punctuation or noise.
_PIECES = st.one_of(
    st.tuples(st.sampled_from(_PRE), st.sampled_from(_CORE), st.sampled_from(_POST)).map(" ".join),
    st.lists(_WORD, min_size=1, max_size=4).map(" ".join),
    st.sampled_from([" ", " ", " ", ", ", ". ", "-", "/", "'", "’", "s", "th", "\n", "(", ")", "%", "$", ":"]),
    st.text(alphabet="abcxyzAZ019 .-'", max_size=4),
)
TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_trigger_same_matches_as_reference(text: str) -> None:
    assert [m.span() for m in TRIGGER.finditer(text)] == [m.span() for m in REFERENCE_TRIGGER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_candidates_equal_reference_scan(text: str) -> None:
    assert fast_candidates(text) == reference_candidates(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=10, max_size=80).map("".join), st.integers(0, 3))
def test_candidates_equal_reference_scan_with_padding(text: str, spread: int) -> None:
    # Long filler between the pieces makes several windows with different literals in each.
    padded = (" lorem ipsum" * (spread * 12)).join(text.split(" ", 3))
    assert fast_candidates(padded) == reference_candidates(padded)


#: Each rule's needed literals, derived once (``needs`` parses the rule's regex: the same value for every example).
RULE_NEEDS = [(rule, rx, NEEDS_OVERRIDE.get(rule) or needs(rx)) for rule, rx in COMPILED]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_match_holds_a_needed_literal(text: str) -> None:
    folded = fold(text)
    for rule, rx, need in RULE_NEEDS:
        if need is None:
            continue
        for m in rx.finditer(text):
            assert any((folded if ci else text).find(s, m.start(), m.end()) != -1 for s, ci in need), (rule, m)


def test_fold_keeps_offsets_and_covers_every_case_insensitive_match() -> None:
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    folded = fold(everything)
    assert len(folded) == len(everything)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(f"(?i){letter}", everything):
            assert folded[m.start()] == letter, hex(ord(m.group()))
    # the non-letters of case-insensitive literals match nothing but themselves
    others = {ch for _, rx in COMPILED for s, ci in (needs(rx) or ()) if ci for ch in s if not ch.isalpha()}
    for ch in others:
        assert [m.group() for m in re.finditer(f"(?i){re.escape(ch)}", everything)] == [ch]
    assert set(_FOLD_EXTRA) <= {m.group() for m in re.finditer("(?i)[a-z]", everything)}


def test_needs_of_simple_patterns() -> None:
    assert needs(re.compile(r"(?i:aB)c")) == frozenset({("ab", True)})  # the longer literal is kept
    assert needs(re.compile(r"(?:x|yz)\d+")) == frozenset({("x", False), ("yz", False)})
    assert needs(re.compile(r"(?:x|\d)q?")) is None
    assert needs(re.compile(r"(?<=Jan)\d")) is None  # a lookbehind is not inside the match
    assert needs(re.compile(r"(?:week|weekend)s")) == frozenset({("week", False)})  # "weekend" holds "week"
    # small classes and optional characters multiply the spellings of a run
    assert needs(re.compile(r"1[6-9]\d\d")) == frozenset({("16", False), ("17", False), ("18", False), ("19", False)})
    assert needs(re.compile(r"\d0'?s")) == frozenset({("0s", False), ("0's", False)})
    assert needs(re.compile(r"(?i:[Mm]ay)")) == frozenset({("may", True)})
    assert needs(re.compile(r"[^x]y")) == frozenset({("y", False)})  # a negated class is no literal
