"""The DuckDB store: one file, one writer, every batch in one transaction, idempotent on document ids."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from chronicler.model import Actor, Document, EventCluster, IngestError, from_dict
from chronicler.pipeline import AnnotatedDocument
from chronicler.store.rows import (  # noqa: F401 - event_row re-exported for existing callers
    COLUMNS, actor_row, actors_of, cluster_row, document_rows, event_row, merge_actor, to_json,
)
from chronicler.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = "chronicler.duckdb"


class StoreError(Exception):
    """The store cannot be opened or written (locked by another writer, newer schema, bad path)."""


_json = to_json


def _insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class Store:
    """A chronicler database file. Open with :func:`open_store`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        try:
            self.con.close()
        except duckdb.Error:
            pass

    # ------------------------------------------------------------------------------------------- schema

    def version(self) -> int:
        """The schema version of this file (0 for a new file)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()[0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply every migration newer than the file's version, each in its own transaction."""
        current = self.version()
        if current > LATEST_VERSION:
            raise StoreError(f"{self.path}: schema version {current} is newer than this chronicler ({LATEST_VERSION})")
        if current == 0:
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                             "description VARCHAR, applied_at TIMESTAMP)")
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, description, _now()])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------------------------------------- writes

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored documents."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def begin_run(self, args: Sequence[str]) -> int:
        """Record the start of an ingest run and return its id."""
        run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM ingest_runs").fetchone()[0]
        self.con.execute("INSERT INTO ingest_runs (id, started_at, status, args) VALUES (?, ?, 'running', ?)",
                         [run_id, _now(), json.dumps(list(args))])
        return run_id

    def finish_run(self, run_id: int, status: str, added: int, unchanged: int, failed: int) -> None:
        """Record how a run ended."""
        self.con.execute("UPDATE ingest_runs SET finished_at = ?, status = ?, added = ?, unchanged = ?, failed = ? "
                         "WHERE id = ?", [_now(), status, added, unchanged, failed, run_id])

    def save_batch(self, docs: Sequence[AnnotatedDocument], run_id: int | None = None) -> int:
        """Store documents with all their annotations in one transaction; already-stored ids are skipped.

        Returns the number of documents added.
        """
        known = self.known_ids(d.document.id for d in docs)
        fresh: dict[str, AnnotatedDocument] = {}
        for d in docs:
            if d.document.id not in known:
                fresh.setdefault(d.document.id, d)
        if not fresh:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for d in fresh.values():
                self._insert(d, run_id)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(fresh)

    def _insert(self, a: AnnotatedDocument, run_id: int | None) -> None:
        rows = document_rows(a, run_id)
        for table in ("documents", "sentences", "mentions", "timexes"):
            if rows[table]:
                self.con.executemany(_insert_sql(table), rows[table])
        self.upsert_actors(actors_of(a))
        if rows["events"]:
            self.con.executemany(_insert_sql("events") + " ON CONFLICT (id) DO NOTHING", rows["events"])

    def upsert_actors(self, actors: Iterable[Actor]) -> None:
        """Insert actors, or merge their aliases into the stored ones (first-seen name and codes win)."""
        actors = list(actors)
        if not actors:
            return
        stored = {r[0]: r[1] for r in self.con.execute(
            "SELECT id, data FROM actors WHERE id IN (SELECT unnest(?))", [[x.id for x in actors]]).fetchall()}
        for x in actors:
            if x.id in stored:
                merged = merge_actor(from_dict(Actor, json.loads(stored[x.id])), x)
                if merged is None:
                    continue
                self.con.execute("UPDATE actors SET aliases = ?, data = ? WHERE id = ?",
                                 [json.dumps(list(merged.aliases), ensure_ascii=False), _json(merged), x.id])
                stored[x.id] = _json(merged)
            else:
                self.con.execute(_insert_sql("actors"), actor_row(x))
                stored[x.id] = _json(x)

    def record_errors(self, errors: Iterable[IngestError], run_id: int | None = None) -> None:
        """Keep per-file errors; the same file failing for the same reason again is counted, not duplicated."""
        for err in errors:
            self.con.execute(
                "INSERT INTO errors (source, reason, stage, first_run, last_run) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (source, reason) DO UPDATE SET seen = seen + 1, last_run = excluded.last_run",
                [err.source, err.reason, err.stage, run_id, run_id],
            )

    def replace_clusters(self, clusters: Iterable[EventCluster]) -> None:
        """Write clusters (insert or replace by id) and point their events at them, in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for c in clusters:
                self.con.execute(_insert_sql("clusters").replace("INSERT", "INSERT OR REPLACE", 1), cluster_row(c))
                self.con.execute("UPDATE events SET cluster_id = ? WHERE id IN (SELECT unnest(?))", [c.id, list(c.events)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------------------------------- reads

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a parameterised SQL query (values only ever passed as bound parameters)."""
        return self.con.execute(sql, list(params)).fetchall()

    def document(self, doc_id: str) -> Document | None:
        """The stored document with this id (or unique id prefix)."""
        rows = self.query("SELECT data FROM documents WHERE id = ? OR id LIKE ? || '%' LIMIT 2", [doc_id, doc_id])
        if len(rows) != 1:
            return None
        return from_dict(Document, json.loads(rows[0][0]))

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables."""
        if table not in {"documents", "sentences", "actors", "mentions", "timexes", "events", "clusters", "errors",
                         "ingest_runs"}:
            raise ValueError(f"unknown table {table!r}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when writable) the store at ``path``."""
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store; run `chronicler ingest` first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(f"{path}: the store is in use by another process (one writer at a time): {msg}") from exc
        raise StoreError(f"{path}: cannot open store: {msg}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open store: {exc}") from exc
    store = Store(con, path, read_only)
    if not read_only:
        store.migrate()
    elif (version := store.version()) != LATEST_VERSION:
        store.close()
        raise StoreError(f"{path}: schema version {version} differs from {LATEST_VERSION}; open it writable "
                         "once to migrate")
    return store


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
