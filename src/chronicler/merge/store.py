"""The merge stage at corpus level: new events join the stored clusters incrementally, after each ingest batch.

Only the clusters of the new events' blocks are loaded from the ``cluster_state`` table (migration 3), so
merging a batch costs in proportion to the batch, not to the store. ``remerge_all`` rebuilds from scratch.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date
from collections.abc import Iterable, Sequence
from typing import Any

from chronicler.merge.build import DocInfo, build_cluster
from chronicler.merge.cluster import ClusterState, Merger, pair_of
from chronicler.merge.features import family, month_bucket, side
from chronicler.model import Event, EventCluster, from_dict
from chronicler.store.db import Store
from chronicler.store.rows import cluster_row, to_json

log = logging.getLogger(__name__)

_EVENT_SQL = ("SELECT e.data, d.id, d.published_best, d.outlet, d.duplicate_of FROM events e "
              "JOIN documents d ON d.id = e.document_id WHERE e.id IN (SELECT unnest(?))")


def merge_new_events(store: Store, event_ids: Iterable[str], config: dict[str, Any] | None = None) -> list[str]:
    """Merge stored, not yet clustered events into the store's clusters; return the ids of clusters written."""
    ids = list(dict.fromkeys(event_ids))
    if not ids:
        return []
    rows = store.query(_EVENT_SQL + " AND e.cluster_id IS NULL", [ids])
    if not rows:
        return []
    events, docs = _parse(rows)
    events.sort(key=lambda e: (_published(docs, e), e.provenance.document, e.provenance.sentence, e.id))
    merger = Merger(config)
    merger.load(_candidate_states(store, events, int(merger.cfg["recent_per_family"])))
    for e in events:
        info = docs.get(e.provenance.document)
        merger.add(e, info.published if info else None)
    changed = [merger.clusters[cid] for cid in merger.changed]
    return _write(store, changed)


def remerge_all(store: Store, config: dict[str, Any] | None = None, chunk: int = 5000) -> int:
    """Forget every cluster and merge all stored events again, oldest reports first; returns the cluster count."""
    store.con.execute("BEGIN TRANSACTION")
    try:
        store.con.execute("DELETE FROM clusters")
        store.con.execute("DELETE FROM cluster_state")
        store.con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    ids = [r[0] for r in store.query(
        "SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id "
        "ORDER BY d.published_best NULLS LAST, e.document_id, e.sentence, e.id")]
    for i in range(0, len(ids), chunk):
        merge_new_events(store, ids[i:i + chunk], config)
    return store.count("clusters")


def _parse(rows: Sequence[tuple[Any, ...]]) -> tuple[list[Event], dict[str, DocInfo]]:
    events, docs = [], {}
    for data, doc_id, published, outlet, duplicate_of in rows:
        events.append(from_dict(Event, json.loads(data)))
        docs[doc_id] = DocInfo(doc_id, published, outlet, duplicate_of)
    return events, docs


def _published(docs: dict[str, DocInfo], e: Event) -> date:
    info = docs.get(e.provenance.document)
    return info.published if info and info.published else date.max


def _candidate_states(store: Store, events: Sequence[Event], recent: int) -> list[ClusterState]:
    """Stored clusters that share a block with one of ``events`` (plus the recent ones of actor-less families)."""
    fams = sorted({family(e.type) for e in events})
    sides = sorted({s for e in events for s in (side(e.source), side(e.target)) if s})
    buckets = [b for b in (month_bucket(e.date) for e in events) if b is not None]
    lo, hi = (min(buckets) - 1, max(buckets) + 1) if buckets else (0, -1)
    undated = any(month_bucket(e.date) is None for e in events)
    rows = store.query(
        "SELECT state FROM cluster_state WHERE family IN (SELECT unnest(?)) "
        "AND (side_a IN (SELECT unnest(?)) OR side_b IN (SELECT unnest(?)) OR (side_a = '' AND side_b = '')) "
        "AND (bucket IS NULL OR ? OR bucket BETWEEN ? AND ?)", [fams, sides, sides, undated, lo, hi])
    actorless = sorted({family(e.type) for e in events if e.source is None and e.target is None})
    if actorless:
        for fam in actorless:
            rows += store.query("SELECT state FROM cluster_state WHERE family = ? ORDER BY touched DESC LIMIT ?",
                                [fam, recent])
    return [ClusterState.from_json(json.loads(r[0])) for r in rows]


def _write(store: Store, states: Sequence[ClusterState]) -> list[str]:
    if not states:
        return []
    member_ids = [m for c in states for m in c.members]
    rows = store.query(_EVENT_SQL, [member_ids])
    events, docs = _parse(rows)
    by_id = {e.id: e for e in events}
    stored_cid = dict(store.query("SELECT id, cluster_id FROM events WHERE id IN (SELECT unnest(?))", [member_ids]))
    touched = store.query("SELECT coalesce(max(touched), 0) + 1 FROM cluster_state")[0][0]
    clusters: list[EventCluster] = []
    for c in states:
        members = [by_id[m] for m in c.members if m in by_id]
        if members:
            clusters.append(build_cluster(c.id, members, docs))
    store.con.execute("BEGIN TRANSACTION")
    try:
        for cluster, state in zip(clusters, states):
            store.con.execute("INSERT OR REPLACE INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              cluster_row(cluster))
            a, b = pair_of(state.source_side, state.target_side)
            store.con.execute("INSERT OR REPLACE INTO cluster_state VALUES (?, ?, ?, ?, ?, ?, ?)",
                              [state.id, state.family, a, b, month_bucket(state.date), touched,
                               json.dumps(state.to_json(), ensure_ascii=False)])
        updates = []
        for cluster in clusters:
            for eid in cluster.events:
                e = by_id[eid]
                if e.cluster != cluster.id or stored_cid.get(eid) != cluster.id:
                    updates.append([cluster.id, to_json(replace(e, cluster=cluster.id)), eid])
        if updates:
            store.con.executemany("UPDATE events SET cluster_id = ?, data = ? WHERE id = ?", updates)
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    return [c.id for c in clusters]
