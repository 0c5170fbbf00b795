"""The speed-ups of session 8 change no output: each fast path equals the plain reference it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.model import Span, blank_outside
from chronicler.time.dating.patterns import DAY_MONTH, MONTH_DAY, scan


def _blank_reference(text: str, spans: list[Span]) -> str:
    """The plain way: a list of every character, newlines kept, the spans copied back in."""
    chars = [c if c == "\n" else " " for c in text]
    for s in spans:
        chars[s.start:s.end] = text[s.start:s.end]
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\té\r", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)),
                                                              max_size=5))
def test_blank_outside_equals_the_character_list(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(start, start + length, "body") for start, length in raw if start <= len(text)]
    out = blank_outside(text, spans)
    assert out == _blank_reference(text, spans)
    assert len(out) == len(text)


def test_scan_equals_finditer_and_follows_the_text() -> None:
    text = "On Monday, March 3 the talks began; by 4 April 2011 they were over. March 45 is no day."
    for pattern in (MONTH_DAY, DAY_MONTH):
        assert [m.span() for m in scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    other = text.replace("March 3", "May 9")
    assert [m.group(0) for m in scan(MONTH_DAY, other)] == [m.group(0) for m in MONTH_DAY.finditer(other)]
    assert scan(re.compile("x"), "") == ()

