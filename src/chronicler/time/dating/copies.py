"""Wire copies lend their date: a report's near-duplicate copies are one story, released within a day or two.

The copies are found with the near-duplicate signature of the clean stage (:mod:`chronicler.clean.dedup`: MinHash
of the body's word shingles, the same similarity threshold), among the reports of the ingest batch and the dated
reports stored by earlier runs (:class:`CopyIndex`). A report without a date of its own then gets:

- from each copy whose date was *given* (metadata), evidence of kind ``copy``: the given day minus ``BEFORE`` to
  plus ``AFTER`` days (the hull over several dated copies), best day the earliest given day;
- when no copy is dated, each undated copy's interval from *its own* clues, widened by ``POOL_SLACK`` days on
  each closed side (kind ``copy`` too, weaker): the copies pool what each of them says.

Both are weighted below the report's own hard clues (a date it names, a dateline, an office holder, a past
reference), so its own words win a conflict (a follow-up or a different story that reuses a copy's wording).
Only given dates and own clues are lent: nothing borrowed is lent on. The note names the copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from datasketch import MinHash, MinHashLSH

from chronicler.clean.dedup import NUM_PERM, THRESHOLD, from_bytes, signature
from chronicler.model import DateInterval, Document, Evidence

#: A copy goes out this many days before (``BEFORE``) to after (``AFTER``) the copy whose date was given.
BEFORE, AFTER = 1, 7
#: Weight of a dated copy's day: above weekday and relative cues (1.0-1.5), which then resolve inside it; below a
#: past reference (2.0) and every harder clue of the report itself, which win a conflict.
COPY_WEIGHT = 1.9
#: Weight of an undated copy's own interval: below every own clue but the weakest (0.8).
POOL_WEIGHT = 0.9
POOL_SLACK = 2
#: Bodies shorter than this (words) are not matched, as in the clean stage: too short to tell a copy.
MIN_WORDS = 25


@dataclass(frozen=True)
class Dated:
    """A report whose date was given: its id, where it came from, the given day and its signature."""

    doc_id: str
    source: str
    day: date
    signature: MinHash


class CopyIndex:
    """The dated reports seen so far (stored by earlier runs, then each batch's), looked up by near-duplicate."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.items: dict[str, Dated] = {}

    def add(self, item: Dated) -> None:
        """Index one dated report (once)."""
        if item.doc_id not in self.items:
            self.items[item.doc_id] = item
            self.lsh.insert(item.doc_id, item.signature)

    def copies_of(self, sig: MinHash, exclude: frozenset[str] = frozenset()) -> list[tuple[Dated, float]]:
        """The indexed dated reports that are copies of a report with signature ``sig`` (with their similarity)."""
        out = []
        for k in self.lsh.query(sig):
            if k not in exclude and (sim := sig.jaccard(self.items[k].signature)) >= self.threshold:
                out.append((self.items[k], sim))
        return out

    @classmethod
    def from_store(cls, store: Any) -> "CopyIndex":
        """The dated reports of a store: those with a stored near-duplicate signature and a given date."""
        index = cls()
        rows = store.query(
            "SELECT d.id, d.source, d.published_best, s.signature FROM documents d "
            "JOIN doc_signatures s ON s.document_id = d.id "
            "WHERE json_extract_string(d.data, '$.meta.published') IS NOT NULL AND d.published_best IS NOT NULL "
            "AND d.published_earliest = d.published_latest "
            "AND list_contains(json_extract_string(d.data, '$.published.evidence[*].kind'), 'metadata')")
        for doc_id, source, day, sig in rows:
            index.add(Dated(doc_id, source, day, from_bytes(sig)))
        return index


def matchable(document: Document) -> bool:
    """True when the body is long enough to be matched as a copy."""
    return len(document.body.split()) >= MIN_WORDS


def given_day(document: Document) -> date | None:
    """The day given as metadata (one-day ``published`` before dating), or None."""
    p = document.published
    return p.earliest if p is not None and p.earliest is not None and p.earliest == p.latest else None


def signatures(documents: Sequence[Document]) -> list[MinHash | None]:
    """The near-duplicate signature of each document (None when too short to match)."""
    return [signature(d) if matchable(d) else None for d in documents]


def lent(documents: Sequence[Document], own: Sequence[DateInterval | None], index: CopyIndex | None = None,
         sigs: Sequence[MinHash | None] | None = None) -> list[list[Evidence]]:
    """For each document of a batch, the ``copy`` evidence its copies lend it (empty for dated documents).

    ``own`` holds each document's interval from its own clues; ``index`` the dated reports seen before; ``sigs``
    the documents' :func:`signatures` when already computed.
    """
    sigs = signatures(documents) if sigs is None else sigs
    ids = frozenset(d.id for d in documents)
    out: list[list[Evidence]] = []
    for i, doc in enumerate(documents):
        sig = sigs[i]
        if sig is None or doc.published is not None:
            out.append([])
            continue
        near = [(j, sim) for j, s in enumerate(sigs)
                if j != i and s is not None and documents[j].id != doc.id and (sim := sig.jaccard(s)) >= THRESHOLD]
        dated = [(Dated(documents[j].id, documents[j].source, day, sigs[j]), sim)  # type: ignore[arg-type]
                 for j, sim in near if (day := given_day(documents[j])) is not None]
        if index is not None:
            dated += index.copies_of(sig, ids)
        if dated:
            out.append([_from_given(dated)])
        else:
            out.append([ev for j, sim in near if (ev := _pooled(documents[j], own[j], sim)) is not None])
    return out


def _from_given(dated: list[tuple[Dated, float]]) -> Evidence:
    days = sorted({d.day for d, _ in dated})
    lo, hi = days[0] - timedelta(days=BEFORE), days[-1] + timedelta(days=AFTER)
    names = "; ".join(f"{d.source} ({d.doc_id}, {d.day.isoformat()}, similarity {sim:.2f})"
                      for d, sim in sorted(dated, key=lambda x: x[0].day))
    return Evidence("copy", days[0].isoformat(), DateInterval(lo, hi, days[0], "day"),
                    note=f"given date of near-duplicate copy: {names}; copies go out {BEFORE} day before to "
                         f"{AFTER} days after", weight=COPY_WEIGHT)


def _pooled(copy: Document, interval: DateInterval | None, sim: float) -> Evidence | None:
    if interval is None or (interval.earliest is None and interval.latest is None):
        return None
    slack = timedelta(days=POOL_SLACK)
    lo = interval.earliest - slack if interval.earliest is not None else None
    hi = interval.latest + slack if interval.latest is not None else None
    what = f"{lo.isoformat() if lo else '..'}/{hi.isoformat() if hi else '..'}"
    return Evidence("copy", what, DateInterval(lo, hi, None, interval.granularity),
                    note=f"own clues of undated near-duplicate copy {copy.source} ({copy.id}, similarity {sim:.2f}), "
                         f"widened by {POOL_SLACK} days", weight=POOL_WEIGHT)


def remember(index: CopyIndex, documents: Sequence[Document], sigs: Sequence[MinHash | None]) -> None:
    """Add a batch's reports with a given date to ``index`` (for the later batches of the run)."""
    for doc, sig in zip(documents, sigs):
        day = given_day(doc)
        if day is not None and sig is not None:
            index.add(Dated(doc.id, doc.source, day, sig))
