"""Timeline selection in SQL: which entries a timeline holds, in which order — one implementation behind
``chronicler timeline`` / :func:`chronicler.timeline.build.build_timeline` and ``GET /api/timeline`` / export.

A timeline entry is a stored cluster, or a stored event without a (stored) cluster, which counts as its own
one-event cluster. Filter semantics (:class:`~chronicler.store.filters.Filters`):

- ``actor``: each value names actors by id, name or alias, or by country (code or name: "Japan" = every actor
  whose country is JPN), see :func:`~chronicler.store.queries.matching_actor_ids`; one value keeps entries with
  such an actor on either side, two values keep entries *between* the pair (one on each side, either
  direction); three or more keep entries where each matches a side. ``country`` codes: either side.
- ``from``/``to``: the entry's own date interval overlaps the range (undated entries are dropped).
- ``type``/``quad``, ``status``: one of the values. ``min_mentions``: at least that many reports.
- ``text``: every word occurs (case-insensitive) in the sentence of some member event.

Order: the placement day (best day, else the interval's start, else its end), undated last; then the day the
cluster was first reported (unknown last); then the entry id. Pages use keyset cursors on that order.
"""

from __future__ import annotations

from typing import Any

from chronicler.store.filters import Filters, decode_key, encode_key, keyset_after, side_condition
from chronicler.store.queries import matching_actor_ids

EVENT_TEXT_SQL = "coalesce(json_extract_string(data, '$.provenance.text'), '')"

#: Which events are timeline entries: those without a cluster, and (``orphans``) those naming a cluster id
#: that is not stored, a costly anti-join skipped when the store has none (see :func:`has_orphans`).
UNCLUSTERED = "cluster_id IS NULL"
UNCLUSTERED_OR_ORPHAN = "(cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM clusters))"

#: All timeline entries as one relation of narrow (key) columns; ``kind``/``rid`` (table and rowid) let a
#: caller fetch the wide columns of its rows only. ``text`` (an event's sentence; DuckDB drops the column, and
#: its JSON extraction, from queries that do not use it) serves the free-text filter of one-event entries.
ENTRIES_SQL = f"""
SELECT 'c' AS kind, rowid AS rid, id AS cluster, type, source_id, target_id, date_earliest, date_latest, date_best,
       date_granularity, status, mention_count AS mentions, source_count AS sources,
       coalesce(date_best, date_earliest, date_latest) AS day, first_reported, '' AS text
FROM clusters
UNION ALL
SELECT 'e', rowid, id, type, source_id, target_id, date_earliest, date_latest, date_best, date_granularity, status,
       1, 1, coalesce(date_best, date_earliest, date_latest), CAST(NULL AS DATE), {EVENT_TEXT_SQL}
FROM events WHERE {{unclustered}}
"""

ORDER_COLUMNS = ["day", "first_reported", "cluster"]
ORDER_SQL = "ORDER BY day NULLS LAST, first_reported NULLS LAST, cluster"


def has_orphans(con: Any) -> bool:
    """True when some event names a cluster id that is not stored (it then counts as its own cluster)."""
    return bool(con.execute("SELECT count(*) FROM events WHERE cluster_id IS NOT NULL AND cluster_id NOT IN "
                            "(SELECT id FROM clusters)").fetchone()[0])


def entries_sql(orphans: bool = True) -> str:
    """The relation of all timeline entries (:data:`ENTRIES_SQL`); ``orphans``: see :func:`has_orphans`."""
    return ENTRIES_SQL.format(unclustered=UNCLUSTERED_OR_ORPHAN if orphans else UNCLUSTERED)


def resolve_actors(con: Any, filters: Filters) -> list[list[str]]:
    """One list of actor ids per ``actor`` value (the value itself when it names no stored actor)."""
    return [matching_actor_ids(con, v) or [v] for v in filters.actor]


def country_ids(con: Any, filters: Filters) -> list[str] | None:
    """Ids of the actors of the ``country`` codes (None: no country filter)."""
    if not filters.country:
        return None
    return [r[0] for r in con.execute("SELECT id FROM actors WHERE upper(country) IN (SELECT unnest(?)) ORDER BY id",
                                      [filters.country]).fetchall()]


def entry_where(con: Any, filters: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions (with bound parameters) over :data:`ENTRIES_SQL` rows for every filter."""
    groups = resolve_actors(con, filters)
    pair = len(groups) == 2
    where, params = filters.where(text_sql=None, actor_ids=[] if pair else groups,
                                  country_ids=country_ids(con, filters))
    if pair:
        (sa, pa), (ta, qa) = side_condition("source_id", groups[0]), side_condition("target_id", groups[0])
        (sb, pb), (tb, qb) = side_condition("source_id", groups[1]), side_condition("target_id", groups[1])
        where.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
        params += pa + qb + pb + qa
    for word in filters.words():
        # a cluster matches a word when one of its member sentences does (each word may be in another member)
        where.append("(CASE WHEN kind = 'c' THEN cluster IN (SELECT cluster_id FROM events WHERE cluster_id IS NOT "
                     f"NULL AND contains(lower({EVENT_TEXT_SQL}), lower(?))) ELSE contains(lower(text), lower(?)) END)")
        params += [word, word]
    if filters.min_mentions > 1:
        where.append("mentions >= ?")
        params.append(filters.min_mentions)
    return where, params


def select_entries(con: Any, filters: Filters, *, limit: int | None = None, cursor: str | None = None,
                   orphans: bool = True) -> tuple[list[dict[str, Any]], str | None]:
    """The key rows (``kind, rid, cluster, type, source_id, target_id, date_*, status, mentions, sources, day,
    first_reported``) of the timeline entries matching ``filters``, in timeline order, and the cursor of the
    next page (None: no more). ``limit`` None: every entry."""
    where, params = entry_where(con, filters)
    kw, kp = keyset_after(decode_key(cursor, len(ORDER_COLUMNS)), ORDER_COLUMNS)
    sql = (f"SELECT * EXCLUDE (text) FROM ({entries_sql(orphans)}) t WHERE {' AND '.join(where + kw) or 'TRUE'} "
           f"{ORDER_SQL}")
    params = params + kp
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit + 1)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    if limit is None or len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], encode_key([last[c] for c in ORDER_COLUMNS])
