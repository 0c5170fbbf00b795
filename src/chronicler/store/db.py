"""The DuckDB store: one file, one writer, every batch in one transaction, idempotent on document ids."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from chronicler.model import Actor, Document, EventCluster, IngestError, from_dict
from chronicler.pipeline import AnnotatedDocument
from chronicler.store.abandoned import is_empty_file, remove_abandoned
from chronicler.store.rows import (  # noqa: F401 - event_row re-exported for existing callers
    COLUMNS, actor_row, actors_of, cluster_row, document_rows, event_row, later, merge_actor, report_day, role_on,
    to_json,
)
from chronicler.store.schema import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

DEFAULT_DB = "chronicler.duckdb"


class StoreError(Exception):
    """The store cannot be opened or written (locked by another writer, newer schema, bad path)."""

    #: Exit code of the CLI when this error ends a command.
    exit_code = 1


class StoreBusy(StoreError):
    """Another process holds the store open for writing (DuckDB: one writer process, no readers beside it)."""

    #: EX_TEMPFAIL (sysexits.h): a temporary condition, try again later.
    exit_code = 75


#: Identifies this process in ``ingest_runs`` (pid numbers are reused; this token is not).
PROCESS_TOKEN = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


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
        self._tx_depth = 0
        #: Runs found killed (and marked ``interrupted``) by this connection's :meth:`begin_run`.
        self.interrupted: list[int] = []

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One DuckDB transaction around the block (committed at its end, rolled back on any exception).

        Nested uses join the outermost transaction, so callers can group several writes (a batch of documents
        and their near-duplicate signatures) into one atomic unit.
        """
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield self
            finally:
                self._tx_depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._tx_depth = 1
        try:
            yield self
        except BaseException:
            self._tx_depth = 0
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        self._tx_depth = 0
        self.con.execute("COMMIT")

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
        """Apply every migration not yet recorded in ``schema_version``, in list order, each in its own transaction.

        Applied versions are compared as a set (not "newer than the highest"), so migrations numbered out of
        order by parallel branches are still all applied.
        """
        current = self.version()
        if current > LATEST_VERSION:
            raise StoreError(f"{self.path}: schema version {current} is newer than this chronicler ({LATEST_VERSION})")
        if current == 0:
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                             "description VARCHAR, applied_at TIMESTAMP)")
        applied = {r[0] for r in self.con.execute("SELECT version FROM schema_version").fetchall()}
        for version, description, sql in MIGRATIONS:
            if version in applied:
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
        """Record the start of an ingest run (with the process that runs it) and return its id.

        Runs still marked ``running`` by another process are marked ``interrupted`` first: this process holds
        the store's write lock, so no other process can still be writing them (it was killed or crashed).
        """
        with self.transaction():
            self.interrupted = self.mark_interrupted()
            run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM ingest_runs").fetchone()[0]
            self.con.execute("INSERT INTO ingest_runs (id, started_at, status, args, pid, host, process) "
                             "VALUES (?, ?, 'running', ?, ?, ?, ?)",
                             [run_id, _now(), json.dumps(list(args)), os.getpid(), socket.gethostname(), PROCESS_TOKEN])
        return run_id

    def mark_interrupted(self) -> list[int]:
        """Mark runs left ``running`` by other (dead) processes as ``interrupted``; return their ids."""
        rows = self.con.execute("SELECT id, pid, host, added FROM ingest_runs WHERE status = 'running' "
                                "AND process IS DISTINCT FROM ?", [PROCESS_TOKEN]).fetchall()
        for run_id, pid, host, added in rows:
            who = f"process {pid} on {host}" if pid is not None else "an older chronicler"
            self.con.execute(
                "UPDATE ingest_runs SET status = 'interrupted', note = ? WHERE id = ?",
                [f"{who} stopped without finishing (killed or crashed) after committing {added or 0} documents; "
                 f"found by process {os.getpid()} at {_now():%Y-%m-%d %H:%M:%S} UTC", run_id])
        return [r[0] for r in rows]

    def finish_run(self, run_id: int, status: str, added: int, unchanged: int, failed: int) -> None:
        """Record how a run ended."""
        self.con.execute("UPDATE ingest_runs SET finished_at = ?, status = ?, added = ?, unchanged = ?, failed = ? "
                         "WHERE id = ?", [_now(), status, added, unchanged, failed, run_id])

    def save_batch(self, docs: Sequence[AnnotatedDocument], run_id: int | None = None) -> int:
        """Store documents with all their annotations in one transaction; already-stored ids are skipped.

        The run's ``added`` count in ``ingest_runs`` is raised in the same transaction, so it always equals the
        number of that run's documents actually committed, also after a crash. Inside :meth:`transaction` the
        writes join the caller's transaction. Returns the number of documents added.
        """
        known = self.known_ids(d.document.id for d in docs)
        fresh: dict[str, AnnotatedDocument] = {}
        for d in docs:
            if d.document.id not in known:
                fresh.setdefault(d.document.id, d)
        if not fresh:
            return 0
        self._save_all(list(fresh.values()), run_id)
        return len(fresh)

    def _save_all(self, docs: Sequence[AnnotatedDocument], run_id: int | None) -> None:
        with self.transaction():
            for d in docs:
                self._insert(d, run_id)
            if run_id is not None:
                self.con.execute("UPDATE ingest_runs SET added = coalesce(added, 0) + ? WHERE id = ?",
                                 [len(docs), run_id])

    def _insert(self, a: AnnotatedDocument, run_id: int | None) -> None:
        rows = document_rows(a, run_id)
        for table in ("documents", "sentences", "mentions", "timexes"):
            if rows[table]:
                self.con.executemany(_insert_sql(table), rows[table])
        self.upsert_actors(actors_of(a), on=report_day(a))
        if rows["events"]:
            self.con.executemany(_insert_sql("events") + " ON CONFLICT (id) DO NOTHING", rows["events"])

    def upsert_actors(self, actors: Iterable[Actor], on: str | dict[str, str | None] | None = None) -> None:
        """Insert actors, or merge their aliases into the stored ones (first-seen name and codes win, except a
        person's role and sector: those of the most recent report, ``on`` being this report's ISO date, or a
        date per actor id)."""
        actors = list(actors)
        if not actors:
            return
        stored = {r[0]: r[1] for r in self.con.execute(
            "SELECT id, data FROM actors WHERE id IN (SELECT unnest(?))", [[x.id for x in actors]]).fetchall()}
        for x in actors:
            day = on.get(x.id) if isinstance(on, dict) else on
            if x.id in stored:
                was = role_on(stored[x.id])
                merged = merge_actor(from_dict(Actor, json.loads(stored[x.id])), x, was, day)
                if merged is None:
                    continue
                row = actor_row(merged, later(was, day))
                self.con.execute("UPDATE actors SET aliases = ?, role = ?, sector = ?, data = ? WHERE id = ?",
                                 [row[7], merged.role, merged.sector, row[8], x.id])
                stored[x.id] = row[8]
            else:
                row = actor_row(x, day)
                self.con.execute(_insert_sql("actors"), row)
                stored[x.id] = row[8]

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


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float | None = None) -> Store:
    """Open (creating and migrating when writable) the store at ``path``.

    While another process holds the file for writing, DuckDB lets no other process open it, not even to read.
    Then this waits up to ``wait`` seconds (default: the ``CHRONICLER_WAIT`` environment variable, else 0) for
    the file to be released, and raises :class:`StoreBusy` naming the holder's PID if it is not.
    """
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store; run `chronicler ingest` first")
    if read_only and is_empty_file(path):
        raise StoreError(f"{path}: the store file is empty (its first ingest was stopped before anything was "
                         "stored); run `chronicler ingest` to create it")
    if not read_only and remove_abandoned(path):
        log.warning("%s: removed an empty store file left by an ingest stopped while creating it", path)
    if wait is None:
        wait = _env_wait()
    deadline = time.monotonic() + max(0.0, wait)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            break
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" not in msg.lower():
                raise StoreError(f"{path}: cannot open store: {msg}") from exc
            if time.monotonic() + delay > deadline:
                raise StoreBusy(_busy_message(path, msg, wait)) from exc
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
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


def _env_wait() -> float:
    try:
        return float(os.environ.get("CHRONICLER_WAIT", "0") or 0)
    except ValueError:
        return 0.0


def _busy_message(path: str, msg: str, wait: float) -> str:
    holder = re.search(r"PID (\d+)", msg)
    who = f"process {holder.group(1)}" if holder else "another process"
    waited = f" (waited {wait:g} s)" if wait > 0 else ""
    return (f"{path}: the store is in use by {who}{waited}. DuckDB allows one process to open a store while it is "
            "being written, so other ingests and readers must wait until that process ends. Retry later, or "
            "pass --wait SECONDS (or set CHRONICLER_WAIT) to wait for it.")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
