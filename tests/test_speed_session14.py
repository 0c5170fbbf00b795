"""Session 14's speed changes give the answers of the plain code: the clean stage's boilerplate scan and the timex
rules with a first-character lookahead find exactly what they find without it, and the named-event keywords grouped
by first character match what the plain alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.clean.stage import _BOILERPLATE, _BOILERPLATE_PHRASES

#: The scan as it was before the lookahead: the same alternation, case-insensitive.
PLAIN = _BOILERPLATE_PHRASES
#: The first-character lookahead ``text/prefilter.with_first_chars`` put before it.
LOOKAHEAD = _BOILERPLATE.pattern[:len(_BOILERPLATE.pattern) - len(PLAIN.pattern)]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``(a|b|...)`` (nested groups kept whole)."""
    assert pattern.startswith("(") and pattern.endswith(")")
    out, depth, start = [], 0, 1
    body = pattern[:-1]
    for k, ch in enumerate(body):
        if ch == "\\":
            continue
        if ch == "(" and (k == 0 or body[k - 1] != "\\"):
            depth += 1
        elif ch == ")" and body[k - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 1 and body[k - 1] != "\\":
            out.append(body[start:k])
            start = k + 1
    out.append(body[start:])
    return out


def test_the_lookahead_is_the_plain_scan_with_a_first_character_test():
    assert _BOILERPLATE.pattern.endswith(PLAIN.pattern) and re.fullmatch(r"\(\?=\[[^\]]+\]\)", LOOKAHEAD)
    assert _BOILERPLATE.flags == PLAIN.flags and PLAIN.flags & re.I


def test_every_character_that_can_start_a_match_is_in_the_lookahead():
    # A phrase added with a new first letter ("photo:") must add the letter: else its lines would go unmarked.
    alts = _alternatives(PLAIN.pattern)
    assert len(alts) >= 18
    firsts = {a[:2] if a.startswith("\\") else a[0] for a in alts}
    allowed = re.compile(LOOKAHEAD, re.I)
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        if any(re.fullmatch(f, ch, re.I) for f in firsts):
            assert allowed.match(ch), (ch, hex(code))


FRAGMENTS = ["subscrib", "SUBSCRIBE", "Subſcribe", "all rights reserved", "ALL RIGHTS", "©", "(c) 2011", "(C)  1999",
             "(c)", "copyright", "Copyright", "click here", "CLICK", "share this", "related:", "Related Stories",
             "read more", "sign up", "newsletter", "follow us", "cookie", "advertisement", "quality journalism",
             "this article was", "This Article has been", "reproduction prohibited", "the", "said", "ministers",
             " ", ",", ".", "\n", "(", ")", "1", "é", "K", "ß", "İ", "ı", "ſ", "ﬅ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=12))
def test_boilerplate_scan_finds_what_the_plain_scan_finds(parts):
    line = "".join(parts)
    found, plain = _BOILERPLATE.search(line), PLAIN.search(line)
    assert (found.span() if found else None) == (plain.span() if plain else None)
    assert [m.span() for m in _BOILERPLATE.finditer(line)] == [m.span() for m in PLAIN.finditer(line)]


# --- dating: the named-event keywords' alternation grouped by first character (time/dating/kbcues.py)

from chronicler.time.dating.kbcues import _keyword, keyword_alternation  # noqa: E402

WORDS = ["gulf war", "gulf crisis", "the gulf war", "war", "g8 summit", "g20 summit", "haiti earthquake",
         "haiti quake", "ramadan's", "'t offensive", " spaced", "a-b", "a.b", "(x) y", "tet offensive"]


def _plain(keywords: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + ("|".join(map(_keyword, keywords)) or r"(?!)") + r")(?!\w)")


def _grouped(keywords: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + (keyword_alternation(keywords) or r"(?!)") + r")(?!\w)")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet="abgw '.-", min_size=1, max_size=6)),
                max_size=10),
       st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", "'s ", "\n", "x", "1"]),
                          st.text(alphabet="abgw '", max_size=5)), max_size=14))
def test_grouped_keywords_match_what_the_plain_alternation_matches(keywords, parts):
    text = "".join(parts)
    for order in (keywords, sorted(keywords, key=len, reverse=True)):
        plain, grouped = _plain(order), _grouped(order)
        assert [(m.span(), m.group(0)) for m in grouped.finditer(text)] == \
            [(m.span(), m.group(0)) for m in plain.finditer(text)]


def test_keywords_are_grouped_by_first_character():
    alternation = keyword_alternation(["gulf war", "haiti quake", "gulf crisis"])
    assert alternation == "g(?:ulf\\ war|ulf\\ crisis)|h(?:aiti\\ quake)"
    assert keyword_alternation(["'t offensive", "gulf war"]) == "\\s?'t\\ offensive|gulf\\ war"  # not grouped


# --- timex: each rule tried only at a character its matches can begin with (text/prefilter.with_first_chars)

from chronicler.time.grammar import COMPILED  # noqa: E402
from chronicler.text.prefilter import first_chars, with_first_chars  # noqa: E402


@pytest.mark.parametrize("pattern, flags, want", [
    (r"ago", re.I, set("aA")),
    (r"\b(?:foo|bar)\b", 0, set("fFbB")),
    (r"(?<!\w)(?:x)?y", 0, set("xXyY")),
    (r"(?:x|)y", 0, set("xXyY")),
    (r"s[0-3]", re.I, {"s", "S", "\u017f"}),
    (r"\d+", 0, None),
    (r"a*", 0, None),
    (r"[^a]b", 0, None),
    (r".x", 0, None),
])
def test_first_chars_of_small_patterns(pattern, flags, want):
    found = first_chars(re.compile(pattern, flags))
    assert (set(found) if found is not None else None) == want


TIMEX_FRAGMENTS = ["January", "jan.", "MAY", "Monday", "mon", "2011", "1990s", "'90s", "10", "3:30", "p.m.",
                   "ago", "AGO", "last", "next", "week", "Week", "years", "the past", "this", "earlier", "today",
                   "Tonight", "spring", "Christmas", "fiscal", "quarter", "decade", "century", "mid-", "late",
                   "two", "three", "a", " ", "  ", ",", ".", "-", "/", "\n", "(", "İ", "ı", "ſ", "K", "é", "’"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TIMEX_FRAGMENTS), st.text(max_size=3)), max_size=16))
def test_every_timex_rule_with_its_lookahead_finds_what_it_finds_without(parts):
    text = "".join(parts)
    for name, rx in COMPILED:
        fast = with_first_chars(rx)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in rx.finditer(text)], name


# --- dating: the date patterns scanned with their first-character lookahead (time/dating/patterns.py)

from chronicler.time.dating import patterns as date_patterns  # noqa: E402

_LOOKAHEAD = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")
DATING_FRAGMENTS = ["in", "In", "last", "early", "mid-", "end of", "January", "Feb.", "SEPT", "march", "May",
                    "today", "Tonight", "this morning", "yesterday", "will", "won't", "due to", "next", "2011",
                    "1998", "2011-02-10", "20110210", "10", "3rd", "of", "Monday", "Tuesday,", " ", ", ", ".",
                    "-", "\n", "$", "percent", "İ", "ı", "ſ", "K", "é"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(DATING_FRAGMENTS), st.text(max_size=3)), max_size=16))
def test_date_patterns_with_their_lookahead_find_what_the_plain_patterns_find(parts):
    text = "".join(parts)
    for name in ("MONTH_DAY", "MONTH_YEAR", "YEAR", "ISO_DATE", "MONTH_ALONE", "DEICTIC", "_FUTURE"):
        fast = getattr(date_patterns, name)
        head = _LOOKAHEAD.match(fast.pattern)
        assert head is not None, name  # the scan has its lookahead
        plain = re.compile(fast.pattern[head.end():], fast.flags)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], name
