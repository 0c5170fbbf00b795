"""The server's access to the store: reads share one read-only DuckDB connection (a cursor per request);
a write (an upload) briefly takes the store for itself, opens it writable, then reopens it read-only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from chronicler.store.db import Store, StoreError, open_store


class _ReadWriteLock:
    """Many readers or one writer; a waiting writer is not starved by new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class StoreHandle:
    """Opens ``path`` read-only for the server's lifetime (migrating an older store once, writable, first)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such store; run `chronicler ingest` first")
        self._lock = _ReadWriteLock()
        self._con: Any = None
        self._open_read_only()

    def _open_read_only(self) -> None:
        try:
            with open_store(self.path, read_only=True):
                pass
        except StoreError as exc:
            if "schema version" not in str(exc):
                raise
            with open_store(self.path):  # an older store: migrate it once
                pass
        try:
            self._con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store read-only: {exc}") from exc
        self._check()

    def _check(self) -> None:
        # Only this server writes while it holds the store open, so the answer holds until its next write.
        from chronicler.api.queries import has_orphans

        self.orphans = has_orphans(self._con)

    @contextmanager
    def read(self) -> Iterator[Any]:
        """A read-only cursor, for one request."""
        with self._lock.read():
            cur = self._con.cursor()
            try:
                yield cur
            finally:
                cur.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The store opened writable; readers wait until the write is done."""
        with self._lock.write():
            self._con.close()
            try:
                with open_store(self.path) as store:
                    yield store
            finally:
                self._con = duckdb.connect(self.path, read_only=True)
                self._check()

    def close(self) -> None:
        """Close the connection."""
        with self._lock.write():
            try:
                self._con.close()
            except duckdb.Error:
                pass
