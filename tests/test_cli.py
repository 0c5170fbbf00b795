"""End-to-end: the real CLI on the example corpus (twice, for idempotence), its broken files, and the listings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES, copy_store

BROKEN = {"corrupt_upload.txt": "binary", "empty_report.txt": "empty"}


@pytest.fixture(scope="module")
def demo_store(alliance_ingest, tmp_path_factory) -> Path:
    """This module's own copy of the session's real-CLI ingest of the example corpus (it re-ingests into it)."""
    first = alliance_ingest
    assert first.returncode == 1, first.stderr  # the corpus plants two broken files
    summary = json.loads(first.stdout)
    gold = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))
    good = [d for d in gold["documents"] if not d.get("broken")]
    assert summary["added"] == len(good) and summary["unchanged"] == 0
    failed = {Path(e["source"]).name: e["reason"] for e in summary["errors"]}
    assert set(failed) == set(BROKEN)
    for name, word in BROKEN.items():
        assert word in failed[name]
    return copy_store(first.db, tmp_path_factory.mktemp("store"))


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "sentences", "events", "actors", "mentions", "timexes", "errors")}
    finally:
        con.close()


def test_reingest_changes_nothing(demo_store, cli):
    before = table_counts(demo_store)
    again = cli("ingest", str(EXAMPLES), "--db", str(demo_store), "--format", "json", "--no-progress")
    summary = json.loads(again.stdout)
    assert summary["added"] == 0 and summary["unchanged"] == before["documents"] and summary["failed"] == 2
    assert table_counts(demo_store) == before
    con = duckdb.connect(str(demo_store), read_only=True)
    seen = dict(con.execute("SELECT source, seen FROM errors").fetchall())
    runs = con.execute("SELECT status, added, failed FROM ingest_runs ORDER BY id").fetchall()
    con.close()
    assert sorted(Path(s).name for s in seen) == sorted(BROKEN) and set(seen.values()) == {2}
    assert [r[0] for r in runs] == ["done", "done"] and runs[1][1] == 0


def test_docs_json_contract(demo_store, cli):
    out = cli("docs", "--db", str(demo_store), "--format", "json", check=True)
    rows = json.loads(out.stdout)
    assert rows and all({"id", "source", "url", "outlet", "dateline", "title", "published"} <= set(r) for r in rows)
    jsonl = [r for r in rows if "#wf-" in r["source"]]
    assert len(jsonl) == 5 and all(r["published"]["granularity"] == "day" for r in jsonl)
    assert all(set(r["published"]) >= {"earliest", "latest", "best", "granularity", "evidence"} for r in jsonl)
    with_outlet = [r for r in rows if r["outlet"]]
    assert len(with_outlet) >= len(rows) * 0.6


def test_docs_table_and_csv(demo_store, cli):
    table = cli("docs", "--db", str(demo_store), check=True).stdout
    assert "documents" in table and "Pacific Wire Service" in table
    csv_out = cli("docs", "--db", str(demo_store), "--format", "csv", check=True).stdout
    assert csv_out.splitlines()[0].startswith("id,published,outlet,dateline")


def test_events_and_actors_listings_run(demo_store, cli):
    for cmd in ("events", "actors", "errors"):
        out = cli(cmd, "--db", str(demo_store), "--format", "json", check=True)
        assert isinstance(json.loads(out.stdout), list)
    bad = cli("events", "--db", str(demo_store), "--from", "yesterday")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_missing_store_and_bad_format(tmp_path, cli):
    out = cli("docs", "--db", str(tmp_path / "none.duckdb"))
    assert out.returncode == 1 and "no such store" in out.stderr
    out = cli("docs", "--db", str(tmp_path / "none.duckdb"), "--format", "xml")
    assert out.returncode == 2 and "unknown format" in out.stderr


def test_stages_lists_the_default_pipeline(cli):
    out = cli("stages", check=True).stdout
    assert "clean" in out and "nlp" in out


def test_demo(alliance_ingest, tmp_path, cli):
    """The real `demo` command: on the ingested example corpus (``--keep``: every report is already stored, as
    the session's ingest stored it), then without ``--keep``, which re-creates the store (a corpus of the two
    broken files: nothing is left of the example reports)."""
    db = copy_store(alliance_ingest.db, tmp_path, "demo.duckdb")
    out = cli("demo", "--db", str(db), "--corpus", str(EXAMPLES), "--keep", check=True)
    assert "documents" in out.stdout and "FAILED" in out.stdout and "Pacific Wire Service" in out.stdout
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in BROKEN:
        shutil.copyfile(EXAMPLES / name, broken / name)
    out = cli("demo", "--db", str(db), "--corpus", str(broken), check=True)
    assert "0 added, 0 unchanged, 2 failed" in out.stdout and out.stdout.count("FAILED") == 2
    assert "Pacific Wire Service" not in out.stdout and table_counts(db)["documents"] == 0


def test_events_listing_is_the_model_json(demo_store):
    """`list_events` returns the stored JSON as is; it must equal the Event dataclass's own JSON."""
    from chronicler.model import Event, from_dict
    from chronicler.store.queries import event_json, list_events

    rows = list_events(demo_store)
    con = duckdb.connect(str(demo_store), read_only=True)
    ref = {i: event_json(from_dict(Event, json.loads(d))) for i, d in con.execute("SELECT id, data FROM events").fetchall()}
    con.close()
    assert rows and len(rows) == len(ref)
    assert all(ref[r["id"]] == r for r in rows)
