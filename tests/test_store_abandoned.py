"""A first ingest killed while DuckDB was creating the store file leaves a zero-byte file: the next writer must
create the store afresh, a reader must say what happened, and a file its creator still holds must be left alone."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from chronicler.store.abandoned import remove_abandoned
from chronicler.store.db import StoreError, open_store
from chronicler.store.schema import LATEST_VERSION


def test_a_writer_creates_the_store_over_an_empty_file(tmp_path):
    db = tmp_path / "killed.duckdb"
    db.touch()
    store = open_store(db)
    try:
        assert store.version() == LATEST_VERSION
        assert store.count("documents") == 0
    finally:
        store.close()
    assert db.stat().st_size > 0


def test_a_reader_names_the_empty_file(tmp_path):
    db = tmp_path / "killed.duckdb"
    db.touch()
    with pytest.raises(StoreError, match="empty"):
        open_store(db, read_only=True)
    assert db.exists()  # a reader never removes anything


def test_an_empty_file_its_creator_still_locks_is_left_alone(tmp_path):
    db = tmp_path / "being-created.duckdb"
    db.touch()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys, time\n"
         f"fh = open({str(db)!r}, 'rb+')\n"
         "fcntl.lockf(fh, fcntl.LOCK_EX)\n"
         "print('locked', flush=True)\n"
         "time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert remove_abandoned(db) is False
        assert db.exists()
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    assert remove_abandoned(db) is True
    assert not db.exists()


def test_a_file_with_content_is_never_removed(tmp_path):
    db = tmp_path / "real.duckdb"
    open_store(db).close()
    size = db.stat().st_size
    assert remove_abandoned(db) is False
    assert db.stat().st_size == size
