"""Census of granularity shapes on TBAQ devA gold (session 23, s23gran): like ``_census_s21`` (same classes),
for the shapes whose precision the English decides ("last week" vs a weekday, "this year" vs "earlier this
year", "a year earlier" after a quarter, "the weekend", "the end of the month", "the quarter", decades).
Only devA's text and gold are read; devB and the test half never. Run: ``python eval/_census_s23.py``."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from _census_s21 import classify, print_devA_census  # noqa: E402

SHAPES: tuple[tuple[str, str], ...] = (
    ("last week (bare)", r"(?<!the\s)\blast\s+week\b"),
    ("early/late/earlier last week", r"\b(?:early|late|earlier|later)\s+last\s+week\b"),
    ("this week", r"\bthis\s+week\b"),
    ("early/late/earlier this week", r"\b(?:early|late|earlier|later)\s+this\s+week\b"),
    ("next week", r"\bnext\s+week\b"),
    ("this month", r"\bthis\s+month\b"),
    ("earlier/later this month", r"\b(?:early|late|earlier|later)\s+this\s+month\b"),
    ("last month", r"\blast\s+month\b"),
    ("this year", r"\bthis\s+year\b"),
    ("earlier/later this year", r"\b(?:early|late|earlier|later)\s+this\s+year\b"),
    ("last year", r"\blast\s+year\b"),
    ("next year", r"\bnext\s+year\b"),
    ("a year earlier/ago", r"\ba\s+year\s+(?:earlier|ago|before)\b"),
    ("year-earlier", r"\byear-earlier\b"),
    ("the weekend", r"\b(?:the|this|last|next)\s+weekend\b"),
    ("the end of the month/year", r"\bend\s+of\s+(?:the|this|next)\s+(?:month|year)\b"),
    ("the quarter/this quarter", r"\b(?:the|this)\s+quarter\b"),
    ("Nth quarter", r"\b(?:first|second|third|fourth)[\s-]+quarter\b"),
    ("the fiscal year", r"\bthe\s+fiscal\s+year\b"),
    ("decade 19X0s", r"\b(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d0s\b"),
    ("the season/summer...", r"\b(?:the|this|last|next)\s+(?:summer|winter|spring|fall|autumn|season)\b"),
    ("today", r"\btoday\b"),
    ("recent days/weeks/months/years", r"\brecent\s+(?:days|weeks|months|years)\b"),
    ("throughout the ...", r"(?<=throughout\s)the\s+[\w-]+(?:\s+year)?\b"),
)


def census_s23(docs) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """Per shape, a count of the classes (``_census_s21.classify``) of its occurrences in parsed TimeML docs."""
    out: dict[str, Counter] = {name: Counter() for name, _ in SHAPES}
    for doc in docs:
        low = doc.plain.lower()
        for name, pattern in SHAPES:
            for m in re.finditer(pattern, low):
                out[name][classify(m.start(), m.end(), doc.timexes)] += 1
    return out


def main() -> int:
    """Print the census table of the devA gold (no tagging; devB and the test half are never read)."""
    return print_devA_census("granularity census", census_s23, width=30)


if __name__ == "__main__":
    raise SystemExit(main())
