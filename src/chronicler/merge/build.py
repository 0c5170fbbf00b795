"""Turning a cluster's member events into a model.EventCluster: best date, status history, counts, summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chronicler.merge.features import content_words
from chronicler.model import Actor, DateInterval, Event, EventCluster, Location, StatusChange


@dataclass(frozen=True)
class DocInfo:
    """What merging needs to know of a member's document."""

    id: str
    published: date | None = None
    outlet: str | None = None
    duplicate_of: str | None = None

    @property
    def canonical(self) -> str:
        """The document this one copies (near-duplicate wire copies share one), else itself."""
        return self.duplicate_of or self.id


def build_cluster(cluster_id: str, events: Sequence[Event], docs: dict[str, DocInfo]) -> EventCluster:
    """The EventCluster of ``events`` (non-empty): see docs/stages.md for each field's definition."""
    if not events:
        raise ValueError(f"cluster {cluster_id}: no member events")
    infos = [docs.get(e.provenance.document) or DocInfo(e.provenance.document) for e in events]
    events = _oriented(events)
    order = sorted(range(len(events)), key=lambda i: (infos[i].published or date.min, events[i].provenance.document,
                                                     events[i].provenance.sentence))
    etype = Counter(e.type for e in events).most_common(1)[0][0]
    source = _majority_actor([e.source for e in events])
    target = _majority_actor([e.target for e in events])
    reported = [i.published for i in infos if i.published is not None]
    documents = tuple(dict.fromkeys(events[i].provenance.document for i in order))
    outlets = {(i.outlet.lower() if i.outlet else None) or f"doc:{i.canonical}" for i in infos}
    history = _status_history([events[i] for i in order], [infos[i] for i in order])
    when = best_date(e.date for e in events)
    return EventCluster(
        id=cluster_id,
        type=etype,
        source=source,
        target=target,
        date=when,
        status=displayed_status([events[i] for i in order], [infos[i] for i in order], when),
        events=tuple(events[i].id for i in order),
        documents=documents,
        mention_count=len(events),
        source_count=len(outlets),
        first_reported=min(reported) if reported else None,
        last_reported=max(reported) if reported else None,
        summary=summary_sentence(events, infos),
        location=_first_location([events[i].location for i in order]),
        status_history=history,
    )


def best_date(intervals) -> DateInterval | None:
    """The intersection of the known intervals (evidence dropped); the narrowest one if they do not meet."""
    known = [d for d in intervals if d is not None and (d.earliest is not None or d.latest is not None)]
    if not known:
        return None
    acc: DateInterval | None = known[0]
    for d in known[1:]:
        nxt = acc.intersect(d) if acc is not None else None
        if nxt is None:  # cannot happen for clusters the merger built; keep the tightest member then
            return min(known, key=lambda x: x.width_days() or 10**9)
        acc = nxt
    return DateInterval(acc.earliest, acc.latest, acc.best or (acc.earliest if acc.earliest == acc.latest else None),
                        acc.granularity)


#: Statuses that say how a happening turned out (a report of them on or after its date is an outcome).
OUTCOME_STATUSES = frozenset({"occurred", "ongoing", "negated"})


def displayed_status(events: Sequence[Event], infos: Sequence[DocInfo], when: DateInterval | None) -> str:
    """The cluster's status: the latest outcome reported on or after the event's own date, else the latest report's.

    ``events`` and ``infos`` are in reporting order. A report published once the event's date has begun that
    says it took place (or did not) decides; a later report that still words it as a plan ("officials had
    said they would sign on Thursday") looks back and does not undo it.
    """
    start = when.earliest if when is not None else None
    if start is not None:
        for e, info in zip(reversed(events), reversed(infos)):
            if info.published is not None and info.published >= start and e.status in OUTCOME_STATUSES:
                return e.status
    return events[-1].status


def _status_history(events: Sequence[Event], infos: Sequence[DocInfo]) -> tuple[StatusChange, ...]:
    """Each report's status in reporting order, consecutive repeats dropped (the cluster's is ``displayed_status``)."""
    out: list[StatusChange] = []
    for e, info in zip(events, infos):
        if out and out[-1].status == e.status:
            continue
        out.append(StatusChange(e.status, info.published, e.provenance.document))
    return tuple(out)


def summary_sentence(events: Sequence[Event], infos: Sequence[DocInfo], max_chars: int = 240) -> str:
    """The member sentence sharing most content words with the others (short, earliest-reported on ties)."""
    bags = [content_words(e.provenance.text, limit=80) for e in events]
    freq: Counter = Counter(w for b in bags for w in b)
    best_i, best_key = 0, None
    for i, (e, bag) in enumerate(zip(events, bags)):
        text = " ".join(e.provenance.text.split())
        centrality = sum(freq[w] for w in bag) / (len(bag) ** 0.5 if bag else 1)
        length_penalty = 0.5 if len(text) > max_chars else 1.0
        key = (centrality * length_penalty, -(infos[i].published or date.max).toordinal())
        if best_key is None or key > best_key:
            best_i, best_key = i, key
    text = " ".join(events[best_i].provenance.text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def _oriented(events: Sequence[Event]) -> list[Event]:
    """Members of symmetric types turned to face the same way as the first one with both actors."""
    from dataclasses import replace

    from chronicler.merge.features import SYMMETRIC_TYPES

    ref = next((e for e in events if e.source is not None and e.target is not None), None)
    if ref is None:
        return list(events)
    out = []
    for e in events:
        flip = (e.type in SYMMETRIC_TYPES and e.source is not None and e.target is not None
                and e.source.id == ref.target.id and e.target.id != ref.target.id)
        out.append(replace(e, source=e.target, target=e.source) if flip else e)
    return out


def _majority_actor(actors: Sequence[Actor | None]) -> Actor | None:
    known = [a for a in actors if a is not None]
    if not known:
        return None
    counts = Counter(a.id for a in known)
    named = [a for a in known if not a.id.startswith("country:")]
    pool = named or known
    best = max(pool, key=lambda a: counts[a.id])
    return best


def _first_location(locs: Sequence[Location | None]) -> Location | None:
    return next((x for x in locs if x is not None), None)
