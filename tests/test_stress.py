"""The stress corpus through the real CLI and the default pipeline: every file ends stored or as a reasoned error,
in bounded time and memory, and one bad document never sinks its batch."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from reliability import cli_env, runs, snapshot
from stress_corpus import write_stress_corpus

#: Bounds for the whole stress ingest (spaCy load included), generous for a loaded 2-core CI machine.
MAX_SECONDS = 240
MAX_RSS_MB = 1500


def _run_measured(args: list[str]) -> tuple[int, str, str, float, float]:
    """Run the CLI, sampling its resident memory; exit code, stdout, stderr, seconds and peak RSS in MB."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "chronicler", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=cli_env())
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, ps.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.05)
        assert time.monotonic() - start < MAX_SECONDS * 2, "stress ingest hung"
    out, err = proc.communicate()  # the summary and messages are small: the pipes cannot fill up meanwhile
    return proc.returncode, out.decode(), err.decode(), time.monotonic() - start, peak / 1e6


@pytest.fixture(scope="module")
def stressed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stress")
    expect = write_stress_corpus(folder / "corpus")
    db = folder / "stress.duckdb"
    code, out, err, seconds, rss = _run_measured(["ingest", str(folder / "corpus"), "--db", str(db), "--format",
                                                  "json", "--no-progress"])
    print(f"stress ingest: {len(expect)} files, {seconds:.1f} s, peak RSS {rss:.0f} MB")
    return folder / "corpus", db, expect, code, json.loads(out) if out else None, err, seconds, rss


def test_every_stress_file_is_stored_or_a_reasoned_error(stressed):
    corpus, db, expect, code, summary, err, seconds, rss = stressed
    assert code == 1 and summary is not None, err  # 1: some files failed, as planted; no crash
    assert "Traceback" not in err
    snap = snapshot(db)
    stored = {Path(r[1].split("#", 1)[0]).name for r in snap["documents"]}
    errors: dict[str, list[str]] = {}
    for source, reason, _ in snap["errors"]:
        errors.setdefault(Path(source.split("#", 1)[0]).name, []).append(reason)
    for name, outcome in expect.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        assert shown in stored or shown in errors, f"{name!r} vanished"
        if outcome == "stored":
            assert shown in stored, (name, errors.get(shown))
        elif outcome == "error":
            assert shown not in stored and all(r.strip() for r in errors[shown]), name
    assert summary["added"] == len(snap["documents"])
    assert runs(db)[-1]["status"] == "done"


def test_stress_ingest_is_bounded(stressed):
    *_, seconds, rss = stressed
    assert seconds < MAX_SECONDS and rss < MAX_RSS_MB, (seconds, rss)


def test_stress_reingest_changes_nothing(stressed):
    corpus, db, expect, *_ = stressed
    before = snapshot(db)
    proc = subprocess.run([sys.executable, "-m", "chronicler", "ingest", str(corpus), "--db", str(db), "--format",
                           "json", "--no-progress"],
                          capture_output=True, text=True, env=cli_env(), timeout=300)
    summary = json.loads(proc.stdout)
    assert summary["added"] == 0 and summary["unchanged"] == len(before["documents"])
    assert snapshot(db) == before


def test_a_document_the_store_refuses_costs_only_itself(tmp_path: Path, monkeypatch):
    from chronicler.ingest.run import ingest
    from chronicler.store.db import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"r{i}.txt").write_text(f"TOKYO — Report {i}: officials met on Tuesday and agreed to talk again.")
    real = Store._insert

    def picky(self, a, run_id):
        if a.document.source.endswith("r2.txt"):
            raise ValueError("simulated constraint violation")
        real(self, a, run_id)

    monkeypatch.setattr(Store, "_insert", picky)
    summary = ingest([folder], tmp_path / "s.duckdb", config={"pipeline": {"stages": ["clean"]},
                                                               "ingest": {"batch_size": 4}})
    assert len(summary.added) == 5 and [e.stage for e in summary.errors] == ["store"]
    snap = snapshot(tmp_path / "s.duckdb")
    assert sorted(Path(r[1]).name for r in snap["documents"]) == [f"r{i}.txt" for i in (0, 1, 3, 4, 5)]
    assert [(Path(s).name, st) for s, r, st in snap["errors"]] == [("r2.txt", "store")]
    assert "simulated constraint violation" in snap["errors"][0][1]
    assert runs(tmp_path / "s.duckdb")[0]["added"] == 5  # the batch's count matches what was committed
