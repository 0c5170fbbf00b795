"""Census of TimeBank's value conventions on TBAQ devA gold (``tempeval3.py --census-s21``), session 21.

For each expression shape on which our own blind sets and TimeBank were found to disagree (session 20), every
occurrence of the shape in the TEXT of a devA file is classed by the gold TIMEX3 that covers it: its type and
the form of its value (digits written ``9``, so ``1998-02-13TNI`` reads ``9999-99-99TNI``; durations and
``*_REF`` as they are), ``(part)`` when the gold extent covers only a part of the occurrence, or ``untagged``.
Only devA is counted: devB stays the check of any convention chosen from these counts, and the test half is
never read. Nothing is tagged: the counts are of the gold alone, so they do not move when the tagger changes.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any, Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple of)"
_PART = r"(?:morning|afternoon|evening|night)"

# (name, pattern over the plain text, lower-cased); the order is the table's
SHAPES: tuple[tuple[str, str], ...] = (
    ("N weeks ago", rf"\b{_NUM}\s+weeks?\s+ago\b"),
    ("N days ago", rf"\b{_NUM}\s+days?\s+ago\b"),
    ("N months ago", rf"\b{_NUM}\s+months?\s+ago\b"),
    ("N years ago/earlier", rf"\b{_NUM}\s+years?\s+(?:ago|earlier)\b"),
    ("clock, hour only", r"\b\d{1,2}(?![:\d])\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)"),
    ("clock, hour:min", r"\b\d{1,2}:\d\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)?"),
    ("noon/midnight", r"\b(?:noon|midnight)\b"),
    ("the past/last year", r"\bthe\s+(?:past|last|previous)\s+year\b"),
    ("the past/last month", r"\bthe\s+(?:past|last|previous)\s+month\b"),
    ("the past/last week", r"\bthe\s+(?:past|last|previous)\s+week\b"),
    ("last week (bare)", r"(?<!the\s)\blast\s+week\b"),
    ("weekday + part of day", rf"\b{_WEEKDAY}\s+{_PART}\b"),
    ("last night/this morning", rf"\b(?:last|this|yesterday|tomorrow)\s+{_PART}\b|\btonight\b"),
    ("recent years", r"\brecent\s+years\b"),
    ("recent days/weeks/months", r"\brecent\s+(?:days|weeks|months)\b"),
    ("overnight", r"\bovernight\b"),
)


def value_form(value: str) -> str:
    """The form of a TIMEX3 value: durations and ``*_REF`` as they are, other digits written ``9``."""
    if value.startswith("P") or value.endswith("_REF"):
        return value
    return re.sub(r"\d", "9", value)


def classify(start: int, end: int, timexes) -> str:  # type: ignore[no-untyped-def]
    """The class of one occurrence: the type and value form of the gold timex overlapping it most, or
    ``untagged``; ``(part)`` when that timex does not cover the whole occurrence."""
    best, best_overlap = None, 0
    for t in timexes:
        overlap = min(t.end, end) - max(t.start, start)
        if overlap > best_overlap:
            best, best_overlap = t, overlap
    if best is None:
        return "untagged"
    part = "" if best.start <= start and best.end >= end else " (part)"
    return f"{best.type} {value_form(best.value)}{part}"


# families of gold timexes (whatever their wording), for conventions whose shapes are rare one by one
FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("any gold TIME", "TIME", r""),
    ("any gold '... ago'", "", r"\bago\b"),
    ("any gold with a part of day", "", rf"{_PART}|tonight"),
)


def census(docs) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """Per shape, a count of the classes of its occurrences in the given parsed TimeML documents; per family,
    a count of the type and value forms of the gold timexes in it."""
    out: dict[str, Counter] = {name: Counter() for name, _ in SHAPES}
    out.update({name: Counter() for name, _, _ in FAMILIES})
    for doc in docs:
        low = doc.plain.lower()
        for name, pattern in SHAPES:
            for m in re.finditer(pattern, low):
                out[name][classify(m.start(), m.end(), doc.timexes)] += 1
        for t in doc.timexes:
            for name, type_, pattern in FAMILIES:
                if (not type_ or t.type == type_) and re.search(pattern, t.text.lower()):
                    out[name][f"{t.type} {value_form(t.value)}"] += 1
    return out


def run_census() -> int:
    """Print the census table of the devA gold (no tagging; devB and test are never read)."""
    return print_devA_census("census of value conventions", census, width=26)


def print_devA_census(title: str, count: Callable[[Iterable[Any]], dict[str, Counter]], width: int) -> int:
    """Print ``count`` over the TBAQ devA gold documents as a table of classes per shape (devB and the test half
    are never read)."""
    import tempeval3 as te3
    from chronicler.time.timeml import read_tml

    if not te3.DATA.is_dir():
        print("skipped: data absent")
        return 0
    files = te3.corpus_files("devA")
    table = count(read_tml(p) for p in files)
    print(f"{title}, TBAQ devA gold only ({len(files)} files)")
    for name, counts in table.items():
        total = sum(counts.values())
        print(f"  {name:<{width}}{total:4d}")
        for cls, n in counts.most_common():
            print(f"      {n:4d} {100 * n / max(total, 1):5.1f}%  {cls}")
    return 0
