"""Inferring a report's publication date: gather the clues, combine them, resolve the periodic ones, repeat."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.combine import Combined, combine
from chronicler.time.dating.datelines import dateline_clues, inside
from chronicler.time.dating.evidence import WEIGHTS, explicit_dates, url_evidence
from chronicler.time.dating.patterns import DAY_MONTH, MONTH_DAY, MONTHS, add_years, days, scan, valid_date
from chronicler.time.dating.relative import Cue, find_cues, latest_window, resolve

#: Recency assumptions, in days (None = not used). ``page``: a page's first comment, update or print edition
#: comes at most this long after the report, so the report is no earlier than that. ``day``/``month``/``year``:
#: a report is at most this long after the latest event it speaks of in the past. Measured on the dev data
#: (eval/dating.py), the event-based ones are wrong for a third of reports (background pieces), so they are off.
#: ``page`` = 7 holds for 90% of Timeline17 pages with a stamp but the other 10% (scraped later, stamps of other
#: pages) cut containment from 95.1% to 94.2% (``eval/dating.py --page-recency 7``): off, so the first stamp is
#: only an upper bound (and the best day: the report's own day on 80% of those pages).
RECENCY_DAYS: dict[str, int | None] = {"page": None, "day": None, "month": None, "year": None}
#: Kinds read from the report's own words (not the page around it, not the KB).
_TEXT_KINDS = frozenset({"explicit_date", "explicit_month", "past_reference", "undetermined_reference"})
#: Kinds whose lower bound is "something the report speaks of in the past" (the recency clue's anchor).
RECENT_KINDS = frozenset({"explicit_date", "explicit_month", "past_reference", "relative_cue", "weekday"})


@dataclass(frozen=True)
class Dating:
    """The result of dating one text: the interval (with its evidence), the dropped clues and warnings."""

    interval: DateInterval | None
    dropped: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()


def infer_date(text: str, *, given: DateInterval | None = None, url: str | None = None, source: str | None = None,
               kb: Any = None, recency: dict[str, int | None] | None = None, crawled: str | None = None,
               soft: bool = True, extra: Sequence[Evidence] = (), dateline: tuple[int, int] | None = None) -> Dating:
    """Date a report from its text, URL and file name; ``given`` (metadata) is kept and never contradicted.

    ``kb`` is an office-holder knowledge base (``chronicler.actors.office_kb.OfficeKB``) or None; ``soft``
    enables the weak "news is about now" guesses (the latest year fitting a weekday-and-date clue); ``extra`` is
    evidence from outside the text (the corpus step's borrowed year); ``dateline`` is the span of the report's
    dateline, whose date is the report's own day (:mod:`chronicler.time.dating.datelines`).
    """
    recency = RECENCY_DAYS if recency is None else recency
    evidence: list[Evidence] = []
    if given is not None:
        evidence.extend(given.evidence or (Evidence("metadata", str(given.best or given.earliest), given,
                                                    note="given by the source", weight=WEIGHTS["metadata"]),))
        evidence = [e if e.kind != "metadata" else _as_metadata(e) for e in evidence]
    if crawled:
        try:
            day = date.fromisoformat(crawled[:10])
        except ValueError:
            day = None
        if day is not None:  # a page cannot be published after it was fetched
            evidence.append(Evidence("metadata", crawled, DateInterval(None, day, None, "day"),
                                     note="crawl time (WARC-Date): published on or before", weight=50.0))
    evidence += url_evidence(url, source)
    evidence += extra
    line_ev, line_cues = dateline_clues(text, dateline) if dateline is not None else ([], [])
    evidence += [e for e in explicit_dates(text) if not (line_ev or line_cues) or not inside(dateline, e.start)]
    cues = [c for c in find_cues(text) if not (line_ev or line_cues) or not inside(dateline, c.start)]
    evidence += line_ev
    cues += line_cues
    if kb is not None:
        from chronicler.time.dating.kbcues import kb_clues

        kb_ev, kb_cu = kb_clues(text, kb)
        evidence += kb_ev
        cues += kb_cu
    result, resolved = _settle(evidence, cues, recency, [])
    if soft:
        # Soft pass: a weekday-and-date clue ("Thursday, February 10") fits one year in five or six; news speaks
        # of the current week, so the latest fitting year inside the hard interval is taken — weakly, so any
        # harder clue overrides it — and the weekly clues then resolve inside it.
        guesses = [ev for cue in cues if (ev := latest_window(cue, result.interval)) is not None]
        if guesses:
            result, _ = _settle(evidence, cues, recency, guesses)
    interval = result.interval if result.kept else None
    if interval is not None and interval.earliest is None and interval.latest is None:
        interval = None
    return Dating(interval, result.dropped, tuple(absurd_dates(text)))


def _settle(evidence: list[Evidence], cues: list[Cue], recency: dict[str, int | None],
            soft: list[Evidence]) -> tuple[Combined, dict[int, Evidence]]:
    """Combine, resolve the periodic clues inside the result, and repeat until the interval stops changing."""
    result: Combined = combine(evidence + soft)
    resolved: dict[int, Evidence] = {}
    for _ in range(4):
        extra = _recency(result.kept, recency) + soft
        anchor = combine(evidence + list(resolved.values()) + extra).interval
        for i, cue in enumerate(cues):  # a clue that no longer narrows the anchor keeps its earlier reading
            try:
                ev = resolve(cue, anchor)
            except OverflowError:  # windows past year 1 or 9999 (a metadata date at the calendar's end)
                ev = None
            if ev is not None:
                resolved[i] = ev
        new = combine(evidence + list(resolved.values()) + extra)
        if new.interval == result.interval:
            return new, resolved
        result = new
    return result, resolved


def _as_metadata(e: Evidence) -> Evidence:
    return Evidence(e.kind, e.text, e.implies, e.start, e.end, e.note, max(e.weight, WEIGHTS["metadata"]))


def _recency(kept: tuple[Evidence, ...], recency: dict[str, int | None]) -> list[Evidence]:
    """Bounds from recency: the first page time stamp follows the report closely (and, when enabled, the report
    follows the latest event it speaks of closely)."""
    out: list[Evidence] = []
    stamps = [e for e in kept if e.kind == "page_date" and e.implies.latest is not None]
    first = min(stamps, key=lambda e: e.implies.latest) if stamps else None  # type: ignore[arg-type,return-value]
    mentioned = [e.implies.earliest.year for e in kept if e.kind in _TEXT_KINDS and e.implies.earliest is not None]
    if first is not None and mentioned and max(mentioned) < first.implies.latest.year:  # type: ignore[union-attr]
        first = None  # the text speaks of no year as late as the stamp: a page scraped (or stamped) much later
    if first is not None and recency.get("page") is not None:
        start = first.implies.latest - days(int(recency["page"]))  # type: ignore[operator]
        out.append(Evidence("recency", first.text, DateInterval(start, None, None, "day"), first.start, first.end,
                            f"comments, updates and print editions follow a report within {recency['page']} days",
                            WEIGHTS["recency"]))
    latest: Evidence | None = None
    for e in kept:
        if e.kind in RECENT_KINDS and e.implies.earliest is not None and \
                (e.implies.latest is None or e.kind in {"relative_cue", "weekday"}):
            if latest is None or e.implies.earliest > latest.implies.earliest:  # type: ignore[operator]
                latest = e
    if latest is None:
        return out
    start = latest.implies.earliest  # type: ignore[assignment]
    gran = latest.implies.granularity if latest.kind != "relative_cue" else "day"
    span = recency.get(gran)
    if span is None:
        return out
    out.append(Evidence("recency", latest.text, DateInterval(None, start + days(span), None, "day"), latest.start,
                        latest.end, f"the latest event spoken of in the past ({start.isoformat()}, {gran}): reports "
                        f"follow events closely", WEIGHTS["recency"]))
    return out


def absurd_dates(text: str) -> list[str]:
    """Warnings for dates that cannot exist ("May 45", "February 30, 2009"): ignored, but reported."""
    out = []
    for pattern in (MONTH_DAY, DAY_MONTH):
        for m in scan(pattern, text):
            year = int(m.group("year")) if m.group("year") else 2000
            if valid_date(year, MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))) is None:
                out.append(f"impossible date {m.group(0).strip()!r} at offset {m.start()} ignored")
    return out


__all__ = ["Dating", "infer_date", "absurd_dates", "add_years"]
