"""``chronicler load DIR``: the Parquet tables of ``chronicler scale ingest`` into the DuckDB store.

One transaction; idempotent on document ids (documents already stored are skipped with all their rows, as
``ingest`` skips them); actors merge their aliases into stored ones; errors are kept (counted when seen again);
clusters replace stored ones by id and point their events at themselves.
"""

from __future__ import annotations

import glob
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronicler.model import Actor, Document, from_dict
from chronicler.pipeline import load_config
from chronicler.store.db import DEFAULT_DB, Store, StoreError, open_store
from chronicler.store.rows import COLUMNS, role_on, to_json


@dataclass
class LoadSummary:
    """What a load added."""

    run_id: int
    added: int
    unchanged: int
    failed: int
    events: int
    actors: int
    clusters: int


def _parquet(out: Path, table: str) -> str | None:
    files = sorted(glob.glob(str(out / table / "*.parquet")))
    return None if not files else str(out / table / "*.parquet")


def load(out: str | Path, db: str | Path = DEFAULT_DB, *, store: Store | None = None,
         config: dict[str, Any] | str | Path | None = None) -> LoadSummary:
    """Bring the tables written by :func:`chronicler.scale.spark.scale_ingest` under ``out`` into the store.

    Near-duplicate copies (``[ingest] near_duplicates``, on by default) are marked here, not on Spark: the
    first stored copy is the canonical one, so marking follows input order against the whole store.
    """
    cfg = config if isinstance(config, dict) else load_config(config)
    near_duplicates = bool(cfg.get("ingest", {}).get("near_duplicates", True))
    out = Path(out)
    if _parquet(out, "documents") is None and _parquet(out, "errors") is None:
        raise StoreError(f"{out}: no Parquet tables here (expected {out}/documents/*.parquet from `scale ingest`)")
    st = store or open_store(db)
    try:
        run_id = st.begin_run(["load", str(out)])
        con = st.con
        con.execute("BEGIN TRANSACTION")
        try:
            counts = _load_tables(st, out, run_id, near_duplicates)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            st.finish_run(run_id, "failed", 0, 0, 0)
            raise
        st.finish_run(run_id, "done", counts["added"], counts["unchanged"], counts["failed"])
        return LoadSummary(run_id, **counts)
    finally:
        if store is None:
            st.close()


def _mark_near_duplicates(st: Store, docs: str, chunk: int = 256) -> None:
    """Mark near-duplicate copies among the new documents as ingest does: in input order, against the store."""
    from chronicler.clean.dedup import Deduper

    deduper = Deduper(st)
    ids = [r[0] for r in st.query("SELECT id FROM read_parquet(?) WHERE id IN (SELECT id FROM _load_new) "
                                  "ORDER BY input_file, input_record", [docs])]
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        data = dict(st.query("SELECT id, data FROM documents WHERE id IN (SELECT unnest(?))", [part]))
        batch = [from_dict(Document, json.loads(data[i])) for i in part]
        for before, after in zip(batch, deduper.assign(batch)):
            if after.duplicate_of != before.duplicate_of:
                st.con.execute("UPDATE documents SET duplicate_of = ?, data = ? WHERE id = ?",
                               [after.duplicate_of, to_json(after), after.id])


def _load_tables(st: Store, out: Path, run_id: int, near_duplicates: bool) -> dict[str, int]:
    con = st.con
    counts = dict(added=0, unchanged=0, failed=0, events=0, actors=0, clusters=0)
    docs = _parquet(out, "documents")
    con.execute("CREATE OR REPLACE TEMP TABLE _load_new (id VARCHAR PRIMARY KEY)")
    if docs is not None:
        con.execute("INSERT INTO _load_new SELECT DISTINCT id FROM read_parquet(?) "
                    "WHERE id NOT IN (SELECT id FROM documents)", [docs])
        total = con.execute("SELECT count(DISTINCT id) FROM read_parquet(?)", [docs]).fetchone()[0]
        counts["added"] = con.execute("SELECT count(*) FROM _load_new").fetchone()[0]
        counts["unchanged"] = total - counts["added"]
        cols = [c for c in COLUMNS["documents"] if c != "run_id"]
        con.execute(f"INSERT INTO documents ({', '.join(cols)}, run_id) SELECT {', '.join(cols)}, ? "
                    "FROM read_parquet(?) WHERE id IN (SELECT id FROM _load_new)", [run_id, docs])
    if docs is not None and near_duplicates:
        _mark_near_duplicates(st, docs)
    for table in ("sentences", "mentions", "timexes", "events"):
        path = _parquet(out, table)
        if path is None:
            continue
        cols = ", ".join(COLUMNS[table])
        conflict = " ON CONFLICT (id) DO NOTHING" if table == "events" else ""
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?) "
                    f"WHERE document_id IN (SELECT id FROM _load_new){conflict}", [path])
    counts["events"] = con.execute("SELECT count(*) FROM events WHERE document_id IN (SELECT id FROM _load_new)"
                                   ).fetchone()[0]
    actors = _parquet(out, "actors")
    if actors is not None and counts["added"]:  # as in ingest: only new documents bring their actors
        rows = con.execute("SELECT data FROM read_parquet(?) ORDER BY id", [actors]).fetchall()
        st.upsert_actors([from_dict(Actor, json.loads(r[0])) for r in rows],
                         on={json.loads(r[0])["id"]: role_on(r[0]) for r in rows})
        counts["actors"] = len(rows)
    errors = _parquet(out, "errors")
    if errors is not None:
        con.execute("INSERT INTO errors (source, reason, stage, first_run, last_run, seen) "
                    "SELECT source, reason, stage, ?, ?, seen FROM read_parquet(?) WHERE true "
                    "ON CONFLICT (source, reason) DO UPDATE SET seen = seen + excluded.seen, "
                    "last_run = excluded.last_run", [run_id, run_id, errors])
        counts["failed"] = con.execute("SELECT count(*) FROM read_parquet(?)", [errors]).fetchone()[0]
    clusters = _parquet(out, "clusters")
    if clusters is not None:
        cols = ", ".join(COLUMNS["clusters"])
        con.execute(f"INSERT OR REPLACE INTO clusters ({cols}) SELECT {cols} FROM read_parquet(?)", [clusters])
        con.execute("UPDATE events SET cluster_id = c.id FROM (SELECT id, unnest(CAST(json_extract(data, '$.events') "
                    "AS VARCHAR[])) AS event_id FROM read_parquet(?)) AS c WHERE events.id = c.event_id", [clusters])
        counts["clusters"] = con.execute("SELECT count(*) FROM read_parquet(?)", [clusters]).fetchone()[0]
    con.execute("DROP TABLE _load_new")
    return counts
