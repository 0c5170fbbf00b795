"""Combining dating evidence: intersect the constraints, strongest first, dropping those that conflict.

A clue that contradicts stronger ones is dropped rather than allowed to empty the interval: a wide honest
interval beats a narrow wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from chronicler.model import DateInterval, Evidence

#: Kinds that count as "the text speaks of this in the past" for the recency clue.
PAST_KINDS = frozenset({"explicit_date", "explicit_month", "past_reference", "relative_cue", "weekday",
                        "office_holder", "known_event"})


@dataclass(frozen=True)
class Combined:
    """The combined interval, the evidence it rests on and the evidence dropped for conflicting."""

    interval: DateInterval
    kept: tuple[Evidence, ...]
    dropped: tuple[Evidence, ...]


def combine(evidence: list[Evidence]) -> Combined:
    """Intersect every piece of evidence, strongest first; a piece disjoint from the result so far is dropped."""
    lo: date | None = None
    hi: date | None = None
    kept: list[Evidence] = []
    dropped: list[Evidence] = []
    for ev in sorted(evidence, key=lambda e: -e.weight):
        a = _max(lo, ev.implies.earliest)
        b = _min(hi, ev.implies.latest)
        if a is not None and b is not None and a > b:
            dropped.append(ev)
            continue
        lo, hi = a, b
        kept.append(ev)
    kept.sort(key=lambda e: (e.start is None, e.start or 0))
    return Combined(finish(lo, hi, kept), tuple(kept), tuple(dropped))


def finish(lo: date | None, hi: date | None, kept: list[Evidence]) -> DateInterval:
    """The interval [lo, hi] with its best day and granularity, carrying ``kept`` as evidence."""
    best = None
    for ev in kept:  # a one-day clue inside the interval (metadata, URL) is the best day
        i = ev.implies
        if i.earliest is not None and i.earliest == i.latest and (lo is None or lo <= i.earliest) \
                and (hi is None or i.earliest <= hi):
            best = i.earliest
            break
    if best is None:  # a wire copy's given day (time/dating/copies.py), when the interval still holds it
        best = next((b for e in kept if e.kind == "copy" and (b := e.implies.best) is not None
                     and (lo is None or lo <= b) and (hi is None or b <= hi)), None)
    if best is None and hi is not None and any(e.kind == "page_date" and e.implies.latest == hi for e in kept):
        # The page's first time stamp (a comment, an update) falls on the report's own day in most pages
        # (Timeline17: 80% of pages with a stamp).
        best = hi
    if best is None and lo is not None and hi is not None:
        # Reports follow their latest event closely: the day after the lower bound is likelier than the middle.
        best = lo if (hi - lo).days <= 2 else min(hi, lo + (hi - lo) // 4)
    return DateInterval(lo, hi, best, granularity(lo, hi), tuple(replace(e, implies=_bare(e.implies)) for e in kept))


def granularity(lo: date | None, hi: date | None) -> str:
    """How precisely [lo, hi] pins a date: day, week, month, quarter, year, decade, century or unknown."""
    if lo is None or hi is None:
        return "unknown"
    n = (hi - lo).days + 1
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (92, "quarter"), (366, "year"), (3660, "decade"),
                        (36525, "century")):
        if n <= limit:
            return name
    return "unknown"


def _bare(i: DateInterval) -> DateInterval:
    return DateInterval(i.earliest, i.latest, i.best, i.granularity) if i.evidence else i


def _max(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)


def _min(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)
