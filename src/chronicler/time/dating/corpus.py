"""Corpus context for dating: a report whose own clues leave the year open borrows it from dated siblings.

Documents ingested together often cover one story. A report that says only "on Thursday" or "April 20" can
take the year from the reports of the same batch that speak of the same rare names (people, places, named
events) and are dated by their own clues. The borrowed bound is evidence of kind ``corpus`` naming the
siblings, weighted below every clue of the report itself, so the report's own evidence wins any conflict;
the periodic clues (yearless dates, weekdays) then resolve inside it. Donors are dated by their own clues
only: nothing borrowed is lent on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.patterns import month_end

#: The weight of a borrowed bound: above only the soft guesses (0.6), below the weakest own clue (0.8).
CORPUS_WEIGHT = 0.7
#: A donor's own interval must be at most this wide (days) to lend its year.
MAX_DONOR_DAYS = 731
#: How many of the most similar donors vote.
TOP_K = 8
#: Minimum similarity (cosine over rare names, 0..1) for a sibling to count as speaking of the same story.
MIN_SIMILARITY = 0.10
#: At least this many similar dated siblings must vote (one sibling's misdating must not spread).
MIN_DONORS = 3
#: When set, the window is narrowed to the months with at least this share of the best month's vote (None: the
#: whole year(s)), widened by ``MONTH_SLACK`` months on each side.
MONTH_SHARE: float | None = None
MONTH_SLACK = 1
#: A year joins the borrowed window when its vote is at least this share of the best year's vote.
YEAR_SHARE = 0.34

_WORD = re.compile(r"\b[A-Z][A-Za-z'’\-]{2,}\b")
_STOP = frozenset("""the and but for with from this that these those there their they then than when where which
while what who whom whose will would could should may might must can said says also after before into over
under about above below between during since until mr mrs ms dr sir new one two three four five first last
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday lrb rrb reuters associated press afp getty photograph image
however meanwhile today yesterday tomorrow his her its our your many most some all any more other such""".split())


@dataclass(frozen=True)
class Sibling:
    """One document of the batch as the corpus step sees it: its rare names and its own interval."""

    doc_id: str
    names: frozenset[str]
    interval: DateInterval | None


def names(text: str) -> frozenset[str]:
    """The capitalized words of ``text`` (lower-cased, common words left out): the names it speaks of."""
    return frozenset(w.lower().replace("’", "'") for w in _WORD.findall(text)) - _STOP


def is_donor(interval: DateInterval | None) -> bool:
    """True when an interval (from a report's own clues) is closed and narrow enough to lend its year."""
    if interval is None or interval.earliest is None or interval.latest is None:
        return False
    return (interval.latest - interval.earliest).days + 1 <= MAX_DONOR_DAYS


def needs_context(interval: DateInterval | None) -> bool:
    """True when a report's own clues leave its year open (no interval, an open side, or over a year wide)."""
    if interval is None or interval.earliest is None or interval.latest is None:
        return True
    return (interval.latest - interval.earliest).days + 1 > 366


def corpus_evidence(batch: Sequence[Sibling]) -> list[Evidence | None]:
    """For each document of ``batch``, the year window borrowed from its most similar dated siblings, or None.

    Similarity is the cosine of idf-weighted name sets (smoothed idf: a name in every document, the story's
    own, weighs little but not nothing); a name in one document only carries no weight. Each of the ``TOP_K``
    most similar donors votes for the months of its interval (split evenly, weighted by similarity); the window
    spans the best year and every year with at least ``YEAR_SHARE`` of its vote (narrowed to the best months
    when ``MONTH_SHARE`` is set).
    """
    n = len(batch)
    df: Counter[str] = Counter(w for s in batch for w in s.names)
    idf = {w: math.log((n + 1) / c) for w, c in df.items() if c > 1}
    vecs = [{w: idf[w] for w in s.names if w in idf} for s in batch]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vecs]
    donors = [i for i, s in enumerate(batch) if is_donor(s.interval)]
    out: list[Evidence | None] = []
    for i, s in enumerate(batch):
        if not needs_context(s.interval) or not vecs[i]:
            out.append(None)
            continue
        scored = []
        for j in donors:
            if j == i:
                continue
            shared = vecs[i].keys() & vecs[j].keys()
            sim = sum(vecs[i][w] * vecs[j][w] for w in shared) / (norms[i] * norms[j])
            if sim >= MIN_SIMILARITY:
                scored.append((sim, j))
        scored.sort(reverse=True)
        out.append(_vote(s, [(sim, batch[j]) for sim, j in scored[:TOP_K]]))
    return out


def _vote(doc: Sibling, donors: list[tuple[float, Sibling]]) -> Evidence | None:
    if len(donors) < MIN_DONORS:
        return None
    votes: Counter[int] = Counter()  # by month index (year * 12 + month - 1)
    for sim, d in donors:
        assert d.interval is not None and d.interval.earliest is not None and d.interval.latest is not None
        a, b = d.interval.earliest, d.interval.latest
        months = range(a.year * 12 + a.month - 1, b.year * 12 + b.month)
        for m in months:
            votes[m] += sim / len(months)
    by_year: Counter[int] = Counter()
    for m, v in votes.items():
        by_year[m // 12] += v
    best = max(by_year.values())
    years = [y for y, v in by_year.items() if v >= YEAR_SHARE * best]
    ids = ", ".join(d.doc_id for _, d in donors)
    lo, hi = date(min(years), 1, 1), date(max(years), 12, 31)
    what = f"{lo.year}" if lo.year == hi.year else f"{lo.year}-{hi.year}"
    if MONTH_SHARE is not None:
        peak = max(votes.values())
        months = [m for m, v in votes.items() if v >= MONTH_SHARE * peak]
        first, last = min(months) - MONTH_SLACK, max(months) + MONTH_SLACK
        lo = max(lo, date(first // 12, first % 12 + 1, 1))
        hi = min(hi, month_end(last // 12, last % 12 + 1))
        what = f"{lo:%Y-%m}..{hi:%Y-%m}"
    gran = "year" if (hi - lo).days > 92 else "month"
    return Evidence("corpus", what, DateInterval(lo, hi, None, gran),
                    note=f"the dates of {len(donors)} dated report(s) of the same batch sharing rare names: {ids}",
                    weight=CORPUS_WEIGHT)


def with_context(ids: Sequence[str], texts: Sequence[str], first: Sequence[DateInterval | None],
                 redate: Callable[[int, Evidence], DateInterval | None]) -> list[tuple[DateInterval | None, bool]]:
    """Run the corpus step over one batch: (interval, borrowed?) per document.

    ``first`` holds each document's interval from its own clues; ``redate(i, evidence)`` dates document ``i``
    again with the borrowed evidence added (so its yearless clues resolve inside the borrowed year).
    """
    batch = [Sibling(doc_id, names(text), iv) for doc_id, text, iv in zip(ids, texts, first)]
    out: list[tuple[DateInterval | None, bool]] = []
    for i, ev in enumerate(corpus_evidence(batch)):
        out.append((first[i], False) if ev is None else (redate(i, ev), True))
    return out
