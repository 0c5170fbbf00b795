"""Read-side Python API over the store: the functions behind ``docs``, ``events`` and ``actors``.

Each returns plain JSON-ready dicts in the shape of the CLI's ``--format json`` contract.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.model import Document, Event, from_dict, to_dict
from chronicler.store.db import DEFAULT_DB, Store, open_store


def document_json(doc: Document) -> dict[str, Any]:
    """The JSON contract of a document (``id, source, url, outlet, dateline, title, published`` and more)."""
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "dateline": doc.dateline,
        "title": doc.title,
        "published": to_dict(doc.published) if doc.published else None,
        "language": doc.language,
        "duplicate_of": doc.duplicate_of,
        "format": doc.meta.get("format"),
    }


def event_json(event: Event) -> dict[str, Any]:
    """The JSON contract of an event: type, actors (objects or null), own date interval, status, provenance."""
    return to_dict(event)


def list_documents(db: str | Path = DEFAULT_DB, *, limit: int | None = None, store: Store | None = None) -> list[dict[str, Any]]:
    """Stored documents, oldest publication date first (undated last), as JSON-contract dicts."""
    with _reader(db, store) as st:
        sql = "SELECT data FROM documents ORDER BY published_best NULLS LAST, published_earliest NULLS LAST, source"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [document_json(from_dict(Document, json.loads(r[0]))) for r in st.query(sql, params)]


def matching_actor_ids(con: Any, value: str) -> list[str]:
    """Ids of the stored actors ``value`` names, sorted: by id, name or alias (case-insensitive), or by country,
    given as a code ("JPN", "jp") or a country name ("Japan" -> every actor whose country is JPN)."""
    code = country_code(value) or value
    sql = ("SELECT id FROM actors WHERE lower(id) = lower(?) OR lower(name) = lower(?) "
           "OR upper(country) IN (upper(?), upper(?)) "
           "OR list_contains(list_transform(from_json(aliases, '[\"VARCHAR\"]'), lambda x: lower(x)), lower(?)) "
           "ORDER BY id")
    return [r[0] for r in con.execute(sql, [value, value, value, code, value]).fetchall()]


@lru_cache(maxsize=256)
def country_code(name: str) -> str | None:
    """ISO alpha-3 code of a country name or code ("Japan" -> "JPN", "jp" -> "JPN"), None if it is not one."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def list_events(
    db: str | Path = DEFAULT_DB,
    *,
    actor: list[str] | None = None,
    type: list[str] | None = None,  # noqa: A002 - the CLI flag is --type
    date_from: date | None = None,
    date_to: date | None = None,
    status: list[str] | None = None,
    limit: int | None = None,
    store: Store | None = None,
) -> list[dict[str, Any]]:
    """Stored events matching every filter given, by their own date.

    ``actor`` matches an actor id, name or alias, a country code or country name (case-insensitive), on
    either side (see :func:`matching_actor_ids`);
    ``date_from``/``date_to`` keep events whose date interval overlaps the range.
    """
    with _reader(db, store) as st:
        where, params = ["TRUE"], []
        for value in actor or []:
            # Names are resolved to ids first: a constant list filters faster than a subquery per row.
            ids = matching_actor_ids(st.con, value)
            where.append("(upper(source_country) = upper(?) OR upper(target_country) = upper(?) "
                         "OR source_id IN (SELECT unnest(?)) OR target_id IN (SELECT unnest(?)))")
            params += [value, value, [value, *ids], [value, *ids]]
        if type:
            where.append("upper(type) IN (SELECT upper(unnest(?)))")
            params.append(list(type))
        if status:
            where.append("lower(status) IN (SELECT lower(unnest(?)))")
            params.append(list(status))
        if date_from is not None:
            where.append("coalesce(date_latest, date_best) >= ?")
            params.append(date_from)
        if date_to is not None:
            where.append("coalesce(date_earliest, date_best) <= ?")
            params.append(date_to)
        order = "ORDER BY date_best NULLS LAST, date_earliest NULLS LAST, id"
        page = ""
        if limit is not None:
            page = " LIMIT ?"
            params.append(int(limit))
        # Two phases: filter and sort on the narrow columns, then read the wide JSON of the matching rows only.
        sql = (f"SELECT data FROM events WHERE rowid IN (SELECT rowid FROM events WHERE {' AND '.join(where)} "
               f"{order}{page}) {order}")
        # The stored JSON is `to_dict` of the event, i.e. already the contract: no dataclass round trip per row.
        return [json.loads(r[0]) for r in st.query(sql, params)]


def actor_code_filters(country: str | None, sector: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (on the ``actors`` table aliased ``a``) and parameters for a country and a sector code."""
    where, params = ["TRUE"], []
    if country:
        where.append("upper(a.country) = upper(?)")
        params.append(country)
    if sector:
        where.append("upper(a.sector) = upper(?)")
        params.append(sector)
    return where, params


def list_actors(
    db: str | Path = DEFAULT_DB,
    *,
    country: str | None = None,
    sector: str | None = None,
    limit: int | None = None,
    store: Store | None = None,
) -> list[dict[str, Any]]:
    """Stored actors with their mention counts, most mentioned first."""
    where, params = actor_code_filters(country, sector)
    sql = (f"SELECT a.id, a.name, a.country, a.sector, a.role, a.aliases, a.kind, count(m.actor_id) AS n "
           f"FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id WHERE {' AND '.join(where)} "
           f"GROUP BY ALL ORDER BY n DESC, a.name, a.id")  # id breaks ties: same-named actors
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    with _reader(db, store) as st:
        return [
            {"id": r[0], "name": r[1], "country": r[2], "sector": r[3], "role": r[4], "aliases": json.loads(r[5]),
             "kind": r[6], "mentions": r[7]}
            for r in st.query(sql, params)
        ]


def list_errors(db: str | Path = DEFAULT_DB, *, store: Store | None = None) -> list[dict[str, Any]]:
    """Per-file errors recorded by ingest runs."""
    with _reader(db, store) as st:
        rows = st.query("SELECT source, reason, stage, first_run, last_run, seen FROM errors ORDER BY source")
    return [dict(zip(("source", "reason", "stage", "first_run", "last_run", "seen"), r)) for r in rows]


class _Borrowed:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc: object) -> None:
        return None


def _reader(db: str | Path, store: Store | None) -> Any:
    """A context giving a store: the one passed in (left open), or ``db`` opened read-only."""
    return _Borrowed(store) if store is not None else open_store(db, read_only=True)
