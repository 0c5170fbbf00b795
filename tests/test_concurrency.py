"""Two writers, and readers beside a writer: clear refusal (exit 75) or serialization with --wait; readers in the
writer's process see only whole batches."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from reliability import CHEAP_CONFIG, ROOT, WarmCLI, cli_env, runs, snapshot


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "cheap.toml"
    path.write_text(CHEAP_CONFIG, encoding="utf-8")
    return path


def _ingest(db: Path, config: Path, *extra: str) -> WarmCLI:
    return WarmCLI("ingest", str(EXAMPLES), "--db", str(db), "--config", str(config), "--no-progress",
                   "--format", "json", *extra)


#: Holds the store open for writing through the product's own ``open_store`` until a line arrives on stdin, so a
#: test does not race a real ingest that may finish before the other processes get to the lock.
_HOLD = """
import sys
from chronicler.store.db import open_store
with open_store(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
"""


def _hold(db: Path) -> subprocess.Popen:
    """A process holding ``db`` for writing until :func:`_release`."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=cli_env(), cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == b"held", line + (proc.stderr.read() if proc.stderr else b"")
    return proc


def _release(proc: subprocess.Popen) -> None:
    assert proc.stdin is not None
    proc.stdin.write(b"\n")
    proc.stdin.flush()
    assert proc.wait(timeout=60) == 0


def test_second_writer_fails_clearly_then_waits_when_asked(tmp_path: Path, config: Path):
    db = tmp_path / "s.duckdb"
    second, patient, reader = (_ingest(db, config), _ingest(db, config, "--wait", "120"),
                               WarmCLI("docs", "--db", str(db), "--format", "json"))
    holder = _hold(db)
    code, out, err = second.go().wait()
    rcode, _, rerr = reader.go().wait()
    assert code == 75 and rcode == 75, (code, err, rcode, rerr)
    for message in (err, rerr):
        assert "in use by process" in message and "--wait" in message and "Traceback" not in message
    patient.go()
    time.sleep(0.5)  # the patient writer is up and finds the store held
    assert patient.proc.poll() is None  # still waiting, not refused
    _release(holder)
    pcode, pout, perr = patient.wait()
    assert pcode == 1 and json.loads(pout)["added"] > 0, perr  # 1: the corpus's two planted broken files
    assert [r["status"] for r in runs(db)] == ["done"]  # the refused writer left no run behind
    assert snapshot(db)["documents"]


def test_readers_in_the_writers_process_see_only_whole_batches(tmp_path: Path):
    """The API reads in the process that ingests uploads: its reads must never see part of a batch."""
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    db = tmp_path / "s.duckdb"
    with open_store(db) as st:
        st.begin_run(["seed"])  # the schema exists before the reader starts
    states: list[tuple[int, int, int]] = []  # documents, orphan signatures, committed count
    stop = threading.Event()
    failures: list[str] = []

    def poll() -> None:
        import duckdb

        con = duckdb.connect(str(db))  # same process: DuckDB shares the database; each query sees one snapshot
        while not stop.is_set():
            docs, orphans, runs_added = con.execute(
                "SELECT (SELECT count(*) FROM documents), "
                "(SELECT count(*) FROM doc_signatures WHERE document_id NOT IN (SELECT id FROM documents)), "
                "(SELECT coalesce(sum(added), 0) FROM ingest_runs)").fetchone()
            states.append((docs, orphans, runs_added))
            if orphans:
                failures.append(f"{orphans} signatures without their documents")
            if docs != runs_added:
                failures.append(f"documents {docs} != committed count {runs_added}")
            time.sleep(0.002)
        con.close()

    with open_store(db) as st:
        reader = threading.Thread(target=poll)
        reader.start()
        try:
            ingest([EXAMPLES], store=st, config={"pipeline": {"stages": ["clean"]}, "ingest": {"batch_size": 4}})
        finally:
            stop.set()
            reader.join()
    assert not failures, failures[:5]
    seen = sorted({s[0] for s in states})
    assert all(n % 4 == 0 or n == seen[-1] for n in seen), seen  # only whole batches of 4 ever visible
    assert len(seen) >= 3, seen  # the reader really watched the ingest progress
