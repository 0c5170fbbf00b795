"""JSONL, CSV and Parquet exports of events (with their cluster's counts) and the functions reading them back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb

from chronicler.export.atomic import ExportError, atomic_path
from chronicler.model import Event, from_dict, to_dict
from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.queries import _reader

#: The flat columns of the CSV and Parquet exports; ``data`` holds the full event as JSON.
EXPORT_SQL = """
SELECT e.id, e.document_id, e.sentence, e.type, e.mode, e.cameo, e.goldstein,
       e.source_id, e.target_id, e.source_country, e.target_country,
       e.date_earliest, e.date_latest, e.date_best, e.date_granularity, e.date_source, e.status, e.confidence,
       e.cluster_id, c.mention_count AS cluster_mentions, c.source_count AS cluster_sources,
       d.url AS document_url, d.published_best AS document_published,
       json_extract_string(e.data, '$.provenance.text') AS sentence_text, e.data
FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN clusters c ON c.id = e.cluster_id
ORDER BY e.date_best NULLS LAST, e.document_id, e.sentence, e.id
"""


def export_jsonl(out: str | Path, db: str | Path = DEFAULT_DB, *, store: Store | None = None) -> int:
    """Write every event as one JSON object per line (the ``events --format json`` objects); returns the count."""
    with _reader(db, store) as st, atomic_path(out) as tmp:
        n = 0
        with open(tmp, "w", encoding="utf-8") as fh:
            for (data,) in st.query("SELECT data FROM (" + EXPORT_SQL + ")"):
                fh.write(json.dumps(json.loads(data), ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    return n


def export_table(out: str | Path, fmt: str, db: str | Path = DEFAULT_DB, *, store: Store | None = None) -> int:
    """Write every event as a CSV or Parquet row via DuckDB COPY; returns the count."""
    options = {"csv": "(FORMAT csv, HEADER)", "parquet": "(FORMAT parquet)"}
    if fmt not in options:
        raise ExportError(f"{out}: unknown table format {fmt!r}; choose csv or parquet")
    with _reader(db, store) as st, atomic_path(out) as tmp:
        # COPY's target cannot be a bound parameter; the temp name is ours (mkstemp), quotes doubled anyway.
        target = str(tmp).replace("'", "''")
        try:
            st.con.execute(f"COPY ({EXPORT_SQL}) TO '{target}' {options[fmt]}")
        except duckdb.Error as exc:
            raise ExportError(f"{out}: cannot write {fmt}: {exc}") from exc
        return st.query("SELECT count(*) FROM events")[0][0]


def read_events(path: str | Path, fmt: str) -> list[Event]:
    """Read an export back into events (jsonl, csv or parquet)."""
    path = Path(path)
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            return [from_dict(Event, json.loads(line)) for line in fh if line.strip()]
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as fh:
            return [from_dict(Event, json.loads(row["data"])) for row in csv.DictReader(fh)]
    if fmt == "parquet":
        con = duckdb.connect()
        try:
            rows = con.execute("SELECT data FROM read_parquet(?)", [str(path)]).fetchall()
        finally:
            con.close()
        return [from_dict(Event, json.loads(r[0])) for r in rows]
    raise ExportError(f"{path}: unknown format {fmt!r}")


def event_key(e: Event) -> str:
    """A canonical JSON text of an event, to compare events read back with stored ones."""
    return json.dumps(to_dict(e), sort_keys=True, ensure_ascii=False)
