"""Timelines: the stored event clusters for an actor, an actor pair, a type or a text query, by their own date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from chronicler.merge.features import QUAD_CLASSES
from chronicler.model import Event, EventCluster, from_dict, to_dict
from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.filters import Filters
from chronicler.store.queries import _reader
from chronicler.timeline.select import select_entries


def load_clusters(store: Store) -> list[EventCluster]:
    """Every stored cluster, by own date (the actor graph's input)."""
    rows = store.query("SELECT data FROM clusters "
                       "ORDER BY date_best NULLS LAST, date_earliest NULLS LAST, first_reported NULLS LAST, id")
    return [from_dict(EventCluster, json.loads(r[0])) for r in rows]


def cluster_date(c: EventCluster) -> date | None:
    """The day a cluster is placed at on a timeline: its best day, else the start of its interval."""
    if c.date is None:
        return None
    return c.date.best or c.date.earliest or c.date.latest


def singleton_cluster(e: Event) -> EventCluster:
    """A one-event cluster for an event not (yet) merged."""
    return EventCluster(e.cluster or e.id, e.type, e.source, e.target, e.date, e.status, (e.id,),
                        (e.provenance.document,), 1, 1, summary=" ".join(e.provenance.text.split()),
                        location=e.location)


def timeline_entry(c: EventCluster, rep: Event | None = None, outlets: Sequence[str] = ()) -> dict[str, Any]:
    """The JSON contract of one timeline entry.

    Contract fields (shared with the single-event timeline): ``date`` (the own date interval: for a cluster,
    the intersection of its members'), ``cluster``, ``type``, ``source``, ``target``, ``status``, ``mentions``
    (reports), ``sources`` (distinct outlets), ``documents``, ``summary``, and from the representative report
    ``id, date_source, trigger, mode, location, cameo, goldstein, confidence``. Added: ``day`` (YYYY-MM-DD
    placement), ``source_count``, ``quad_class``, ``status_history``, ``first_reported``, ``last_reported``,
    ``events``.
    """
    d = cluster_date(c)
    quad = QUAD_CLASSES.get(c.type)
    return {
        "date": to_dict(c.date) if c.date else None,
        "cluster": c.id,
        "type": c.type,
        "source": to_dict(c.source) if c.source else None,
        "target": to_dict(c.target) if c.target else None,
        "status": c.status,
        "mentions": c.mention_count,
        "sources": list(outlets),
        "documents": list(c.documents),
        "summary": c.summary,
        "id": rep.id if rep else (c.events[0] if c.events else c.id),
        "date_source": rep.date_source if rep else None,
        "trigger": rep.trigger if rep else None,
        "mode": rep.mode if rep else None,
        "location": to_dict(c.location) if c.location else None,
        "cameo": rep.cameo if rep else None,
        "goldstein": rep.goldstein if rep else None,
        "confidence": rep.confidence if rep else None,
        "day": d.isoformat() if d else None,
        "source_count": c.source_count,
        "quad_class": quad[1] if quad else None,
        "status_history": to_dict(list(c.status_history)),
        "first_reported": c.first_reported.isoformat() if c.first_reported else None,
        "last_reported": c.last_reported.isoformat() if c.last_reported else None,
        "events": list(c.events),
    }


def build_timeline(
    db: str | Path = DEFAULT_DB,
    *,
    actor: Sequence[str] = (),
    types: Sequence[str] = (),
    query: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    status: Sequence[str] = (),
    min_mentions: int = 1,
    limit: int | None = None,
    store: Store | None = None,
) -> list[dict[str, Any]]:
    """Timeline entries of the clusters matching every filter, ordered by their own date (undated last).

    The selection is :func:`chronicler.timeline.select.select_entries` (the HTTP API's too): one ``actor``
    (id, name, alias, country code or country name) keeps clusters involving it on either side; two keep
    clusters between the pair (either direction); ``date_from``/``date_to`` keep clusters whose own date
    interval overlaps the range; ``query`` keeps clusters with member sentences containing all its words.
    """
    filters = Filters(actor=[a for a in actor if a.strip()], type=[t.upper() for t in types],
                      status=[s.lower() for s in status], date_from=date_from, date_to=date_to,
                      text=(query or "").strip() or None, min_mentions=max(1, min_mentions))
    with _reader(db, store) as st:
        rows, _ = select_entries(st.con, filters, limit=limit)
        clusters = _clusters(st, rows)
        reps = _events(st, [c.events[0] for c in clusters if c.events])
        outlets = _outlets(st, {d for c in clusters for d in c.documents})
    return [timeline_entry(c, reps.get(c.events[0]) if c.events else None,
                           list(dict.fromkeys(outlets.get(d, d) for d in c.documents))) for c in clusters]


def _clusters(store: Store, rows: Sequence[dict[str, Any]]) -> list[EventCluster]:
    """The clusters of selected entry rows, in their order (an unclustered event as a one-event cluster)."""
    wide: dict[tuple[str, int], str] = {}
    for kind, table in (("c", "clusters"), ("e", "events")):
        rids = [r["rid"] for r in rows if r["kind"] == kind]
        if rids:
            for rid, data in store.query(f"SELECT rowid, data FROM {table} WHERE rowid IN (SELECT unnest(?))", [rids]):
                wide[(kind, rid)] = data
    return [from_dict(EventCluster, json.loads(wide[("c", r["rid"])])) if r["kind"] == "c"
            else singleton_cluster(from_dict(Event, json.loads(wide[("e", r["rid"])]))) for r in rows]


def _events(store: Store, ids: Sequence[str]) -> dict[str, Event]:
    if not ids:
        return {}
    rows = store.query("SELECT id, data FROM events WHERE id IN (SELECT unnest(?))", [list(ids)])
    return {r[0]: from_dict(Event, json.loads(r[1])) for r in rows}


def _outlets(store: Store, doc_ids: set[str]) -> dict[str, str]:
    """Each document's outlet (its canonical document's, for wire copies), else its source path."""
    if not doc_ids:
        return {}
    rows = store.query("SELECT d.id, coalesce(d.outlet, c.outlet, d.source) FROM documents d "
                       "LEFT JOIN documents c ON c.id = d.duplicate_of WHERE d.id IN (SELECT unnest(?))",
                       [sorted(doc_ids)])
    return {r[0]: r[1] for r in rows}
