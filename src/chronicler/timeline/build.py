"""Timelines: the stored event clusters for an actor, an actor pair, a type or a text query, by their own date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.merge.features import QUAD_CLASSES
from chronicler.model import Actor, EventCluster, from_dict, to_dict
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


def timeline_entry(c: EventCluster) -> dict[str, Any]:
    """The JSON contract of one timeline entry (fields: date, cluster, type, source, target, status, mentions,
    sources, documents, summary; plus interval, quad_class, status_history, first/last_reported)."""
    d = cluster_date(c)
    quad = QUAD_CLASSES.get(c.type)
    return {
        "date": d.isoformat() if d else None,
        "cluster": c.id,
        "type": c.type,
        "source": to_dict(c.source) if c.source else None,
        "target": to_dict(c.target) if c.target else None,
        "status": c.status,
        "mentions": c.mention_count,
        "sources": c.source_count,
        "documents": list(c.documents),
        "summary": c.summary,
        "interval": to_dict(c.date) if c.date else None,
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
    min_mentions: int = 1,
    limit: int | None = None,
    store: Store | None = None,
) -> list[dict[str, Any]]:
    """Timeline entries of the clusters matching every filter, ordered by their own date (undated last).

    One ``actor`` keeps clusters involving it on either side; two keep clusters between the pair
    (either direction); ``query`` keeps clusters with a member sentence containing all its words.
    """
    with _reader(db, store) as st:
        clusters = load_clusters(st, types=types, query=query)
    clusters.sort(key=lambda c: (cluster_date(c) or date.max, c.first_reported or date.max, c.id))
    out = []
    for c in clusters:
        if not all(actor_matches(c.source, a) or actor_matches(c.target, a) for a in actor):
            continue
        if len(actor) == 2 and not _pair_matches(c, actor[0], actor[1]):
            continue
        d = cluster_date(c)
        if date_from is not None and (d is None or d < date_from):
            continue
        if date_to is not None and (d is None or d > date_to):
            continue
        if c.mention_count < min_mentions:
            continue
        out.append(timeline_entry(c))
        if limit is not None and len(out) >= limit:
            break
    return out


def _pair_matches(c: EventCluster, a: str, b: str) -> bool:
    return ((actor_matches(c.source, a) and actor_matches(c.target, b))
            or (actor_matches(c.source, b) and actor_matches(c.target, a)))
