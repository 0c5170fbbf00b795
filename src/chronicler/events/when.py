"""An event's own date: the time expression that governs its trigger, else the report date (and we say so).

A time expression is linked to the first trigger met walking up the dependency tree from it ("met ... on
Friday", "fired a missile in 1998", "an October 2005 accord"). One that governs a reporting verb ("said
Monday") dates the report, not the event. A time expression linked to no trigger goes to the nearest trigger
in the same clause tree (a few arcs away) with less confidence. Events with no time expression inherit the
report's date with low confidence and ``date_source="inherited"``; granularity and the interval are kept.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from chronicler.events.status import SPEECH_VERBS
from chronicler.model import DateInterval, Evidence, Timex

MAX_ARCS = 4


@dataclass(frozen=True)
class Dated:
    """The date chosen for an event, where it came from and how sure we are."""

    interval: DateInterval | None
    source: str  # timex | inherited | unknown
    confidence: float
    timex: Timex | None = None


def _ancestors(tok: Any) -> list[Any]:
    out = [tok]
    while tok.head.i != tok.i and len(out) < 60:
        tok = tok.head
        out.append(tok)
    return out


def link_timexes(sdoc: Any, timexes: list[Timex], anchors: dict[int, int]) -> dict[int, tuple[Timex, float]]:
    """Map trigger number → (timex, confidence) for the timexes of one sentence.

    ``anchors`` maps token index → trigger number for every token that stands for a trigger.
    """
    linked: dict[int, tuple[Timex, float]] = {}
    loose: list[tuple[Timex, Any]] = []
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or (tx.interval is None and tx.value not in ("FUTURE_REF", "PAST_REF")):
            continue
        span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        hit = None
        reporting = False
        for tok in _ancestors(root)[1:]:
            if tok.i in anchors:
                hit = anchors[tok.i]
                break
            if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
                reporting = True
                break
        if hit is not None:
            if hit not in linked:
                linked[hit] = (tx, 0.9)
        elif not reporting:
            loose.append((tx, root))
    for tx, root in loose:
        best, dist = None, MAX_ARCS + 1
        up = {t.i: n for n, t in enumerate(_ancestors(root))}
        for tok_i, trig in anchors.items():
            if trig in linked:
                continue
            tok = root.doc[tok_i]
            for n, anc in enumerate(_ancestors(tok)):
                if anc.i in up:
                    d = n + up[anc.i]
                    if d < dist:
                        best, dist = trig, d
                    break
        if best is not None:
            linked[best] = (tx, 0.6)
    return linked


def dated_from_timex(tx: Timex, confidence: float) -> Dated:
    """The event date given by a linked time expression, with the expression as evidence."""
    iv = tx.interval
    assert iv is not None
    ev = Evidence("timex", tx.text, dataclasses.replace(iv, evidence=()), tx.start, tx.end,
                  note=f"{tx.type} {tx.value}" + (f" mod={tx.mod}" if tx.mod else ""), weight=confidence)
    return Dated(dataclasses.replace(iv, evidence=(ev,)), "timex", confidence, tx)


def inherited(published: DateInterval | None) -> Dated:
    """The report date as the event's date, marked as inherited (or no date at all)."""
    if published is None:
        return Dated(None, "unknown", 0.0)
    ev = Evidence("inherited", "report date", dataclasses.replace(published, evidence=()),
                  note="no time expression governs the event; the report's date is used", weight=0.3)
    return Dated(dataclasses.replace(published, evidence=(ev,)), "inherited", 0.3)
