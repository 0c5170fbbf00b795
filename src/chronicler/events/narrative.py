"""Dates read across a report: a measured distance from a dated event, and the day of the news.

- Offsets: "the meeting came a week after X signed an agreement", "five days before Y is due to hold a summit",
  "two days after the chiefs agreed": one side of the offset is dated (by its own expression, the lead, or the
  report), the other is placed that far from it (``date_source="relative"``).
- The lead: news tells what happened on the day of the news first ("X met Y on Monday") and goes on in the past
  tense without repeating the day ("Z said the two had not discussed ..."). An event said to have occurred that
  no expression dates takes the lead's day rather than the report's (``date_source="narrative"``, lower
  confidence), when the lead's day lies within a fortnight before the report; only events told in the lead's
  sentence or after it (a day named in a later sentence dates nothing before it). Older background is dated by its
  own expressions; planned and hypothetical acts keep the report date (their time is not the news's).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from chronicler.events.timelink import OFFSET_UNITS, anchor_of_clause
from chronicler.model import DateInterval, Event, Evidence, Span, Timex

#: How many sentences from the top may give the lead's day.
LEAD_SENTENCES = 3
#: The lead's day must lie this close before the report (or on it).
LEAD_DAYS = 14
NARRATIVE_CONFIDENCE = 0.4
#: Statuses of events that take the lead's day (acts that took place, or were said not to; what is ongoing
#: goes on at the report date).
NARRATIVE_STATUSES = frozenset({"occurred", "negated"})
_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


@dataclass(frozen=True)
class Offset:
    """Events of one clause set ``days`` after (negative: before) the event of the clause they hang on."""

    inner: tuple[int, ...]  # trigger numbers in the subordinate clause ("X signed")
    outer: int | None  # trigger number of the governing clause ("the meeting came"), if it has one
    days: int
    unit: str  # D W M Y
    timex: Timex
    base: Timex | None = None  # a measured phrase with no event of its own: its date ("after the vote on 7 March")


def find_offsets(sdoc: Any, timexes: list[Timex], anchors: dict[int, int]) -> list[Offset]:
    """Offsets stated in a sentence: a duration measuring an "after/before" clause or phrase from its governor."""
    out = []
    for tx in timexes:
        m = _DURATION.match(tx.value or "")
        if tx.type != "DURATION" or not m:
            continue
        span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if root.dep_ != "npadvmod" or root.lemma_.lower() not in OFFSET_UNITS:
            continue
        link = _after_before(root)
        if link is None:
            continue
        word, inner_head, outer_head = link
        inner = tuple(sorted({anchors[t.i] for t in inner_head.subtree if t.i in anchors}))
        base = None if inner else _phrase_date(inner_head, timexes)
        if not inner and base is None:
            continue
        outer = anchor_of_clause(outer_head, anchors, skip={t.i for t in inner_head.subtree})
        n = int(m[1]) * (1 if word == "before" else -1)
        out.append(Offset(inner, outer, n, m[2], tx, base))
    return out


def _phrase_date(head: Any, timexes: list[Timex]) -> Timex | None:
    """The calendar date written inside a measured phrase that tells no event ("after the vote on 7 March")."""
    sub = list(head.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return next((t for t in timexes if t.type == "DATE" and t.interval is not None and t.interval.earliest
                 is not None and t.interval.latest is not None and lo <= t.start and t.end <= hi), None)


def _after_before(root: Any) -> tuple[str, Any, Any] | None:
    """(after|before, head of the measured clause or phrase, head of the governing clause) for a duration."""
    head = root.head
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is not None and head.dep_ == "advcl" and mark.i > root.i:  # "two days [after X agreed]", on the verb
        return mark.lower_, head, head.head
    if head.lower_ in ("after", "before"):
        if head.dep_ == "mark" and head.head.dep_ == "advcl":  # "two days after [X agreed]"
            return head.lower_, head.head, head.head.head
        if head.dep_ == "prep":  # "two days after [the vote]"
            objs = [c for c in head.children if c.dep_ in ("pobj", "pcomp")]
            return (head.lower_, objs[0], head.head) if objs else None
        return None
    for c in head.children:  # "came a week [after X signed]": the duration hangs on the governing verb
        if c.dep_ == "advcl" and c.i > root.i:
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in ("after", "before")), None)
            if mark is not None:
                return mark.lower_, c, head
        if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i == root.i + 1:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return c.lower_, objs[0], head
    return _on_the_duration(root)


def _on_the_duration(root: Any) -> tuple[str, Any, Any] | None:
    """"a day after seizing X" with "after" hung on the duration itself: the gerund is measured from the verb the
    duration hangs on; "a day after allied planes began ...", where the parser took the clause's subject for the
    object of "after", measures that clause from the one it hangs on."""
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("after", "before")), None)
    if prep is None:
        return None
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if not objs:
        return None
    head = root.head
    if objs[0].dep_ == "pobj" and head.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return prep.lower_, head, head.head
    return prep.lower_, objs[0], head


def shift(iv: DateInterval, days: int, unit: str) -> DateInterval:
    """``iv`` moved by ``days`` units; months and years widen it to that granularity's slack."""
    step = timedelta(days=days * _UNIT_DAYS[unit])
    slack = timedelta(days={"D": 0, "W": 0, "M": 15, "Y": 183}[unit])
    lo = iv.earliest + step - slack if iv.earliest is not None else None
    hi = iv.latest + step + slack if iv.latest is not None else None
    best = iv.best + step if iv.best is not None else None
    gran = iv.granularity if unit in ("D", "W") else {"M": "month", "Y": "year"}[unit]
    return DateInterval(lo, hi, best, gran)


def apply_offsets(events: list[Event], offsets: list[tuple[list[int], int | None, Offset]],
                  published: DateInterval | None) -> list[Event]:
    """Place the events of each offset from the dated side (``events`` indices: inner list, outer or None)."""
    events = list(events)
    for inner, outer, off in offsets:
        if off.base is not None:  # no event in the measured phrase: the act is placed from the phrase's date
            if outer is not None and events[outer].date_source != "timex":
                events[outer] = _redate(events[outer], shift(off.base.interval, -off.days, off.unit), "relative",
                                        0.5, off.timex, f"{off.timex.text} {'after' if off.days < 0 else 'before'}"
                                        f" {off.base.text}")
            continue
        own = [i for i in inner if events[i].date_source == "timex"]
        if own and outer is not None and events[outer].date_source != "timex":
            base = events[own[0]]
            events[outer] = _redate(events[outer], shift(base.date, -off.days, off.unit), "relative",
                                    round(base.field_confidence.get("date", 0.6) * 0.8, 2), off.timex,
                                    f"{off.timex.text} {'after' if off.days < 0 else 'before'} the dated event")
            continue
        if own:
            continue
        base_ev = events[outer] if outer is not None else None
        base = base_ev.date if base_ev is not None else published
        if base is None:
            continue
        conf = base_ev.field_confidence.get("date", 0.3) if base_ev is not None else 0.3
        for i in inner:
            events[i] = _redate(events[i], shift(base, off.days, off.unit), "relative", round(conf * 0.8, 2),
                                off.timex, f"{off.timex.text} {'before' if off.days > 0 else 'after'} "
                                + ("the event of the governing clause" if base_ev is not None else "the report date"))
    return events


def lead_date(events: list[Event], published: DateInterval | None, named: frozenset[str] | set[str] = frozenset()
              ) -> Event | None:
    """The event that gives the day of the news: the first one of the top sentences dated by its own time
    expression to a day (or week) within a fortnight before the report; not one whose date only names it among
    others (``named``: "praised X for last Friday's deal" is news of the praise, not of the deal)."""
    if published is None or published.earliest is None:
        return None
    first = min((e.provenance.sentence for e in events), default=0)
    for e in events:
        if e.provenance.sentence >= first + LEAD_SENTENCES:
            break
        iv = e.date
        if e.date_source != "timex" or iv is None or e.status not in NARRATIVE_STATUSES or iv.earliest is None \
                or e.id in named:
            continue
        width = iv.width_days()
        report_width = published.width_days()
        if width is None and not (report_width is None and iv.latest is None and iv.granularity == "day"):
            continue  # open-ended only as the report date is ("Friday", in a report of 2006 or later)
        if width is not None and width > max(7, (report_width or 0) + 7):
            continue
        if iv.latest is not None and iv.latest < published.earliest - timedelta(days=LEAD_DAYS):
            continue
        if published.latest is not None and iv.earliest is not None and iv.earliest > published.latest:
            continue
        return e
    return None


def told_in_past(head: Any) -> bool:
    """True when the clause of a trigger is in a past tense ("met", "had not summoned", "was adopted", "has
    asked"): the tenses of a narrative. Present ("says", "strengthens") and future are not."""
    tok, hops = head, 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and hops < 8:
        tok, hops = tok.head, hops + 1
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    # a participle with no auxiliary takes the tense of the verb it hangs on ("have finalized a plan, agreeing ...")
    while tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i and hops < 12 \
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children):
        tok, hops = tok.head, hops + 1
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or (
        tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux))


def apply_lead(events: list[Event], published: DateInterval | None, past: set[str],
               named: frozenset[str] | set[str] = frozenset()) -> list[Event]:
    """Events told in the past tense as having occurred (or not) that nothing dates take the lead's day, marked
    ``narrative``."""
    lead = lead_date(events, published, named)
    if lead is None:
        return events
    out = []
    for e in events:
        if e.date_source == "inherited" and e.status in NARRATIVE_STATUSES and e.id != lead.id and e.id in past \
                and e.provenance.sentence >= lead.provenance.sentence:
            e = _redate(e, lead.date, "narrative", NARRATIVE_CONFIDENCE, None,
                        f"the day of the news, from the lead (sentence {lead.provenance.sentence}: "
                        f"\u201c{lead.trigger}\u201d)")
        out.append(e)
    return out


def _redate(e: Event, iv: DateInterval, source: str, conf: float, tx: Timex | None, note: str) -> Event:
    """``e`` with a new date, its evidence and confidence (and the offset's span, which lies in its sentence)."""
    plain = dataclasses.replace(iv, evidence=())
    ev = Evidence(source, tx.text if tx is not None else "lead", plain, tx.start if tx else None,
                  tx.end if tx else None, note=note, weight=conf)
    spans = tuple(s for s in e.provenance.spans if s.label != "time")
    if tx is not None:
        spans = tuple(sorted(spans + (Span(tx.start, tx.end, "time"),), key=lambda s: s.start))
    fc = dict(e.field_confidence)
    fc["date"] = conf
    return dataclasses.replace(e, date=dataclasses.replace(iv, evidence=(ev,)), date_source=source,
                               field_confidence=fc, provenance=dataclasses.replace(e.provenance, spans=spans))
