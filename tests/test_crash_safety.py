"""Crash safety: `chronicler ingest` killed with SIGKILL at 20 random points, then rerun, equals one clean run.

The pipeline is the cheap one of ``reliability.CHEAP_CONFIG`` (cleaning only, batches of 4): crash safety is a
property of ingest and the store (batch transactions, idempotent ids, DuckDB's WAL), not of the NLP stages,
and a cheap pipeline gives 15 commits per run to land between. Kill points are seeded and spread over the
measured duration of an uninterrupted run.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES
from reliability import CHEAP_CONFIG, WarmCLI, cli_env, duplicates, runs, snapshot

KILLS = 20
SEED = 11


def ingest_args(db: Path, config: Path) -> tuple[str, ...]:
    return ("ingest", str(EXAMPLES), "--db", str(db), "--config", str(config), "--no-progress", "--format", "json")


def committed_state(db: Path) -> dict:
    """What a killed run left, read as a reader would; checks that every commit was a whole batch."""
    if db.stat().st_size == 0:  # killed while DuckDB created the file: nothing was committed (the next writer
        return {"docs": 0, "runs": []}  # creates the store afresh, chronicler.store.abandoned)
    con = duckdb.connect(str(db), read_only=True)  # replays the WAL of the killed writer
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "ingest_runs" not in tables or "doc_signatures" not in tables:
            return {"docs": 0, "runs": []}
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        run_rows = con.execute("SELECT id, status, added FROM ingest_runs ORDER BY id").fetchall()
        orphans = con.execute("SELECT count(*) FROM doc_signatures WHERE document_id NOT IN "
                              "(SELECT id FROM documents)").fetchone()[0]
        per_run = dict(con.execute("SELECT run_id, count(*) FROM documents GROUP BY run_id").fetchall())
    finally:
        con.close()
    # A batch is one transaction: documents, their signatures and the run's committed count move together.
    assert orphans == 0
    for run_id, _, added in run_rows:
        assert per_run.get(run_id, 0) == added
    return {"docs": docs, "runs": run_rows}


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cfg") / "cheap.toml"
    path.write_text(CHEAP_CONFIG, encoding="utf-8")
    return path


def test_sigkill_at_random_points_then_rerun_equals_clean_run(tmp_path: Path, config: Path):
    ref_db = tmp_path / "reference.duckdb"
    ref = WarmCLI(*ingest_args(ref_db, config)).go()
    code, out, err = ref.wait()
    assert code == 1, err  # the corpus plants two broken files
    # The window that matters: from the start signal to the run's recorded end (interpreter teardown excluded).
    (run,) = runs(ref_db)
    duration = (run["finished_at"] - ref.started_wall).total_seconds() * 1.05
    reference = snapshot(ref_db)
    total = len(reference["documents"])
    assert total == json.loads(out)["added"] > 0 and len(reference["errors"]) == 2

    # Kill points stratified over the measured run, in random order. Each kill hits the store the previous
    # kills left (a chain of interrupted resumptions). Once a chain's store holds every document, one more run
    # (not killed) completes it, the store is compared with the reference and the next chain starts afresh.
    rng = random.Random(SEED)
    offsets = [duration * (i + rng.random()) / KILLS for i in range(KILLS)]
    rng.shuffle(offsets)
    db = tmp_path / "victim.duckdb"
    outcomes, chains = [], 0
    print(f"reference run: {total} documents, ingest window {duration:.2f} s")
    warm = WarmCLI(*ingest_args(db, config))
    for i, offset in enumerate(offsets):
        victim, warm = warm, WarmCLI(*ingest_args(db, config))  # the next process imports meanwhile
        victim.go()
        try:
            victim.proc.wait(timeout=offset)
            finished = True
        except subprocess.TimeoutExpired:
            finished = False
        stderr = victim.kill()
        assert "Traceback" not in stderr and "error" not in stderr, stderr
        state = committed_state(db) if db.exists() else {"docs": 0, "runs": []}
        outcomes.append((round(offset, 2), state["docs"], finished))
        if state["docs"] == total or i == KILLS - 1:
            if not finished:
                victim, warm = warm, WarmCLI(*ingest_args(db, config))
                code, _, err = victim.go().wait()
                assert code == 1, err
            check_chain(db, reference)
            chains += 1
            for f in (db, db.with_name(db.name + ".wal")):
                f.unlink(missing_ok=True)
    warm.proc.kill()
    warm.proc.communicate()
    print(f"{KILLS} kills in {chains} chains; (offset s, documents committed at the kill, run finished):", outcomes)
    partial = [o for o in outcomes if 0 < o[1] < total]
    assert len(partial) >= KILLS // 4, f"too few kills landed mid-ingest: {outcomes}"


def check_chain(db: Path, reference: dict) -> None:
    """The store after a chain of killed runs and one complete run equals the reference; the runs tell the story."""
    assert snapshot(db) == reference
    assert set(duplicates(db).values()) == {0}
    history = runs(db)
    assert history[-1]["status"] == "done"
    for run in history[:-1]:  # every killed run was marked by the run after it, with what it had committed
        assert run["status"] in {"interrupted", "done"}, history  # "done": killed between finishing and exit
        if run["status"] == "interrupted":
            assert f"after committing {run['added']} documents" in run["note"]
    assert sum(r["added"] for r in history) == len(reference["documents"])


_KILL_INSIDE_TRANSACTION = textwrap.dedent("""
    import os, signal, sys
    from chronicler.clean.stage import clean_document
    from chronicler.ingest.run import make_document
    from chronicler.ingest.sources import RawRecord
    from chronicler.model import Actor, Mention, Sentence
    from chronicler.pipeline import AnnotatedDocument
    from chronicler.store.db import Store, open_store

    def adoc(n):
        text = f"Report number {n}. The minister met the envoy in Tokyo."
        d = clean_document(make_document(RawRecord(f"r{n}.txt", text, "text")))
        actor = Actor(f"person:envoy-{n}", f"Envoy {n}", "person", "USA", "GOV")
        return AnnotatedDocument(d, sentences=(Sentence(0, 0, 18, text[:18]),),
                                 mentions=(Mention(30, 35, "envoy", actor.id, "person", 1),), actors=(actor,))

    st = open_store(sys.argv[1])
    run = st.begin_run(["x"])
    st.save_batch([adoc(1), adoc(2)], run)          # committed
    real_insert = Store._insert
    def dying_insert(self, a, run_id):
        real_insert(self, a, run_id)
        if a.document.source == "r4.txt":          # documents, sentences, mentions, actors of r3 and r4 written
            os.kill(os.getpid(), signal.SIGKILL)
    Store._insert = dying_insert
    st.save_batch([adoc(3), adoc(4), adoc(5)], run)
""")


def test_kill_inside_a_batch_transaction_leaves_no_part_of_it(tmp_path: Path):
    db = tmp_path / "tx.duckdb"
    proc = subprocess.run([sys.executable, "-c", _KILL_INSIDE_TRANSACTION, str(db)], env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    snap = snapshot(db)  # DuckDB recovers from its WAL on open
    assert sorted(r[1] for r in snap["documents"]) == ["r1.txt", "r2.txt"]
    assert len(snap["sentences"]) == 2 and len(snap["mentions"]) == 2
    assert sorted(r[0] for r in snap["actors"]) == ["person:envoy-1", "person:envoy-2"]
    (run,) = runs(db)
    assert run["status"] == "running" and run["added"] == 2  # counted in the same transaction as the batch
    from chronicler.store.db import open_store

    with open_store(db) as st:  # a later writer marks the dead run
        assert st.mark_interrupted() == [1]
    (run,) = runs(db)
    assert run["status"] == "interrupted" and "after committing 2 documents" in run["note"]
