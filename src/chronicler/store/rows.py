"""Table rows of an analysed document: the one place that turns model objects into store rows.

Used by :class:`~chronicler.store.db.Store` (DuckDB inserts) and by the Spark writer (Parquet files with the
store's schema), so both paths store exactly the same values.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from chronicler.model import Actor, Event, EventCluster, IngestError, to_dict
from chronicler.pipeline import AnnotatedDocument

#: Column order of the rows built here, per table (``ingested_at`` and the errors' run columns are set on insert).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "source", "url", "outlet", "dateline", "title", "language", "published_earliest",
                  "published_latest", "published_best", "published_granularity", "duplicate_of", "data", "run_id"),
    "sentences": ("document_id", "idx", "start_char", "end_char", "text"),
    "mentions": ("document_id", "start_char", "end_char", "text", "actor_id", "kind", "sentence", "role",
                 "confidence"),
    "timexes": ("document_id", "tid", "start_char", "end_char", "text", "type", "value", "sentence", "earliest",
                "latest", "granularity", "data"),
    "actors": ("id", "name", "kind", "country", "sector", "role", "kb_id", "aliases", "data"),
    "events": ("id", "document_id", "sentence", "type", "mode", "cameo", "goldstein", "source_id", "target_id",
               "source_country", "target_country", "location", "date_earliest", "date_latest", "date_best",
               "date_granularity", "date_source", "status", "confidence", "cluster_id", "data"),
    "clusters": ("id", "type", "source_id", "target_id", "date_earliest", "date_latest", "date_best",
                 "date_granularity", "status", "mention_count", "source_count", "first_reported", "last_reported",
                 "summary", "data"),
    "errors": ("source", "reason", "stage", "first_run", "last_run", "seen"),
}

#: The tables a document's analysis fills, in insertion order.
DOCUMENT_TABLES = ("documents", "sentences", "mentions", "timexes", "actors", "events")


def to_json(obj: Any) -> str:
    """The JSON kept in a ``data`` column: ``model.to_dict`` output, keys sorted."""
    return json.dumps(to_dict(obj), ensure_ascii=False, sort_keys=True)


def document_rows(a: AnnotatedDocument, run_id: int | None = None) -> dict[str, list[list[Any]]]:
    """Rows for every table a document fills, keyed by table name (columns as in :data:`COLUMNS`).

    Within a document, mentions are unique by span and timexes by tid (the last one wins); ``actors`` lists
    each actor once, in first-seen order (the document's actors, then those of its events).
    """
    doc = a.document
    p = doc.published
    out: dict[str, list[list[Any]]] = {t: [] for t in DOCUMENT_TABLES}
    out["documents"].append(
        [doc.id, doc.source, doc.url, doc.outlet, doc.dateline, doc.title, doc.language, p and p.earliest,
         p and p.latest, p and p.best, p and p.granularity, doc.duplicate_of, to_json(doc), run_id])
    out["sentences"] = [[doc.id, s.index, s.start, s.end, s.text] for s in a.sentences]
    out["mentions"] = list({(m.start, m.end): [doc.id, m.start, m.end, m.text, m.actor_id, m.kind, m.sentence, m.role,
                                               m.confidence] for m in a.mentions}.values())
    out["timexes"] = [[doc.id, t.tid, t.start, t.end, t.text, t.type, t.value, t.sentence,
                       t.interval and t.interval.earliest, t.interval and t.interval.latest,
                       t.interval and t.interval.granularity, to_json(t)]
                      for t in {t.tid: t for t in a.timexes}.values()]
    out["actors"] = [actor_row(x, report_day(a)) for x in actors_of(a)]
    out["events"] = [event_row(e, doc.id) for e in a.events]
    return out


def actors_of(a: AnnotatedDocument) -> list[Actor]:
    """The actors a document introduces: its own, then its events' sources and targets, each id once."""
    actors = {x.id: x for x in a.actors}
    for e in a.events:
        for x in (e.source, e.target):
            if x is not None:
                actors.setdefault(x.id, x)
    return list(actors.values())


def actor_row(x: Actor, on: str | None = None) -> list[Any]:
    """The ``actors`` table row of an actor; ``on`` (ISO date), the report date its role is as of, is kept in the
    data JSON as ``role_on``."""
    if on is None or x.kind != "person":  # only a person's role changes with the date
        data = to_json(x)
    else:
        data = json.dumps({**to_dict(x), "role_on": on}, ensure_ascii=False, sort_keys=True)
    return [x.id, x.name, x.kind, x.country, x.sector, x.role, x.kb_id,
            json.dumps(list(x.aliases), ensure_ascii=False), data]


def role_on(data: str | dict[str, Any] | None) -> str | None:
    """The ``role_on`` date (ISO) kept in an actor row's data JSON, if any."""
    if isinstance(data, str):
        data = json.loads(data)
    return (data or {}).get("role_on")


def report_day(a: AnnotatedDocument) -> str | None:
    """The report's date (ISO) as the day its actors' roles are as of."""
    p = a.document.published
    d = (p.best or p.latest or p.earliest) if p else None
    return d.isoformat() if d else None


def later(a: str | None, b: str | None) -> str | None:
    """The later of two ISO dates (None is unknown, earlier than any)."""
    return max((x for x in (a, b) if x), default=None)


def merge_actor(old: Actor, new: Actor, old_on: str | None = None, new_on: str | None = None) -> Actor | None:
    """``old`` with the aliases of ``new`` added; None when nothing changes.

    Name and codes are first-seen, except a person's ``role`` and ``sector``: those of the most recent report
    (``new_on`` not before ``old_on``, ISO dates) win, so a listing shows the office held last.
    """
    aliases = tuple(dict.fromkeys(old.aliases + new.aliases))
    newer = old.kind == "person" and new_on is not None and (old_on is None or new_on >= old_on) \
        and bool(new.role or new.sector) and (new.role, new.sector) != (old.role, old.sector)
    if aliases == old.aliases and not newer:
        return None
    return Actor(**{**to_dict(old), "aliases": aliases, **({"role": new.role, "sector": new.sector} if newer else {})})


def event_row(e: Event, document_id: str) -> list[Any]:
    """The ``events`` table row of an event."""
    d = e.date
    return [e.id, document_id, e.provenance.sentence, e.type, e.mode, e.cameo, e.goldstein,
            e.source and e.source.id, e.target and e.target.id, e.source and e.source.country,
            e.target and e.target.country, to_json(e.location) if e.location else None,
            d and d.earliest, d and d.latest, d and d.best, d and d.granularity, e.date_source, e.status,
            e.confidence, e.cluster, to_json(e)]


def cluster_row(c: EventCluster) -> list[Any]:
    """The ``clusters`` table row of an event cluster."""
    d = c.date
    return [c.id, c.type, c.source and c.source.id, c.target and c.target.id, d and d.earliest,
            d and d.latest, d and d.best, d and d.granularity, c.status, c.mention_count, c.source_count,
            c.first_reported, c.last_reported, c.summary, to_json(c)]


def error_row(err: IngestError, run_id: int | None = None, seen: int = 1) -> list[Any]:
    """The ``errors`` table row of an ingest error."""
    return [err.source, err.reason, err.stage, run_id, run_id, seen]


@lru_cache(maxsize=1)
def column_types() -> dict[str, dict[str, str]]:
    """DuckDB type of every column of every table, read from the migrations applied to an in-memory database."""
    import duckdb

    from chronicler.store.schema import MIGRATIONS

    con = duckdb.connect(":memory:")
    try:
        for _, _, sql in MIGRATIONS:
            con.execute(sql)
        rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()
    finally:
        con.close()
    out: dict[str, dict[str, str]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, {})[column] = dtype
    return out
