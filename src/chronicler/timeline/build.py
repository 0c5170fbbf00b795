"""Timelines: the stored event clusters for an actor, an actor pair, a type or a text query, by their own date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.merge.features import QUAD_CLASSES
from chronicler.model import Actor, Event, EventCluster, from_dict, to_dict
from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.queries import _reader


def load_clusters(store: Store, *, types: Sequence[str] = (), query: str | None = None) -> list[EventCluster]:
    """Stored clusters (optionally of some types, or whose member sentences contain every word of ``query``)."""
    where, params = ["TRUE"], []
    if types:
        where.append("upper(type) IN (SELECT upper(unnest(?)))")
        params.append(list(types))
    for word in (query or "").split():
        where.append("id IN (SELECT cluster_id FROM events WHERE cluster_id IS NOT NULL AND "
                     "json_extract_string(data, '$.provenance.text') ILIKE ?)")
        params.append(f"%{word}%")
    rows = store.query(f"SELECT data FROM clusters WHERE {' AND '.join(where)} "
                       "ORDER BY date_best NULLS LAST, date_earliest NULLS LAST, first_reported NULLS LAST, id", params)
    return [from_dict(EventCluster, json.loads(r[0])) for r in rows]


def actor_matches(actor: Actor | None, value: str) -> bool:
    """True when ``value`` is the actor's id, country code, name or one of its aliases (case-insensitive)."""
    if actor is None:
        return False
    v = value.casefold()
    names = {actor.id.casefold(), actor.name.casefold(), *(a.casefold() for a in actor.aliases)}
    if v in names:
        return True
    country = (actor.country or "").casefold()
    return bool(country) and (country == v or country == (_country_code(value) or "").casefold())


@lru_cache(maxsize=256)
def _country_code(name: str) -> str | None:
    """ISO alpha-3 code of a country name ("Japan" -> "JPN"), None if it is not one."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


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

    One ``actor`` keeps clusters involving it on either side; two keep clusters between the pair
    (either direction); ``query`` keeps clusters with a member sentence containing all its words.
    """
    with _reader(db, store) as st:
        clusters = load_clusters(st, types=types, query=query) + unclustered(st, types=types, query=query)
        kept = [c for c in clusters if _keep(c, actor, date_from, date_to, status, min_mentions)]
        kept.sort(key=lambda c: (cluster_date(c) or date.max, c.first_reported or date.max, c.id))
        kept = kept[:limit] if limit is not None else kept
        reps = _events(st, [c.events[0] for c in kept if c.events])
        outlets = _outlets(st, {d for c in kept for d in c.documents})
    return [timeline_entry(c, reps.get(c.events[0]) if c.events else None,
                           list(dict.fromkeys(outlets.get(d, d) for d in c.documents))) for c in kept]


def unclustered(store: Store, *, types: Sequence[str] = (), query: str | None = None) -> list[EventCluster]:
    """One-event clusters for the stored events that no cluster holds (e.g. merging not run yet)."""
    where, params = ["cluster_id IS NULL"], []
    if types:
        where.append("upper(type) IN (SELECT upper(unnest(?)))")
        params.append(list(types))
    for word in (query or "").split():
        where.append("json_extract_string(data, '$.provenance.text') ILIKE ?")
        params.append(f"%{word}%")
    rows = store.query(f"SELECT data FROM events WHERE {' AND '.join(where)}", params)
    return [singleton_cluster(from_dict(Event, json.loads(r[0]))) for r in rows]


def _keep(c: EventCluster, actor: Sequence[str], date_from: date | None, date_to: date | None,
          status: Sequence[str], min_mentions: int) -> bool:
    if not all(actor_matches(c.source, a) or actor_matches(c.target, a) for a in actor):
        return False
    if len(actor) == 2 and not _pair_matches(c, actor[0], actor[1]):
        return False
    d = cluster_date(c)
    if date_from is not None and (d is None or d < date_from):
        return False
    if date_to is not None and (d is None or d > date_to):
        return False
    if status and c.status.lower() not in {s.lower() for s in status}:
        return False
    return c.mention_count >= min_mentions


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


def _pair_matches(c: EventCluster, a: str, b: str) -> bool:
    return ((actor_matches(c.source, a) and actor_matches(c.target, b))
            or (actor_matches(c.source, b) and actor_matches(c.target, a)))
