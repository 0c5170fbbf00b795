"""Scale machinery without Spark: JSONL streaming, partition functions, actor folding, merge blocking, --workers."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date
from pathlib import Path

import duckdb
import pytest

from chronicler.ingest.run import ingest
from chronicler.ingest.sources import RawRecord, read_bytes, read_file
from chronicler.model import Actor, Document, EventCluster, IngestError
from chronicler.pipeline import AnnotatedDocument, stage
from chronicler.scale import merge, partition
from chronicler.store.db import open_store
from chronicler.store.rows import COLUMNS, actor_row, column_types, document_rows

REPORT = ("TOKYO — The foreign minister of Japan met his American counterpart on Monday to discuss the "
          "alliance, officials said. They agreed to meet again in the spring.\n")


@stage("test-boom", requires={"clean"}, provides={"boom"})
def _make_boom(config):
    """Fails on documents containing BOOM (a test stage)."""
    def run(d):
        if "BOOM" in d.document.text:
            raise RuntimeError("planted failure")
        return d.with_({"boom"})
    return run


def _jsonl(path: Path, n: int, pad: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": str(i), "text": f"Report number {i}. " + "x" * pad}) + "\n")


def test_jsonl_larger_than_max_bytes_is_streamed_not_refused(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    _jsonl(path, 2000, pad=100)
    assert path.stat().st_size > 100_000
    recs = list(read_file(path, max_bytes=100_000))
    assert len(recs) == 2000 and all(isinstance(r, RawRecord) for r in recs)
    assert recs[5].source == f"{path}#5"


def test_jsonl_streaming_memory_does_not_grow_with_the_file(tmp_path: Path):
    path = tmp_path / "huge.jsonl"
    _jsonl(path, 4_000, pad=1000)  # ~4 MB
    tracemalloc.start()
    n = sum(1 for _ in read_file(path, max_bytes=1_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 4_000 and peak < 1_000_000, peak


def test_jsonl_line_errors_are_per_line(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "Fine."}).encode() + b"\r\n"
                     + b'{"text": "caf\xe9"}\n' + json.dumps({"text": "y" * 300}).encode() + b"\n"
                     + b"\n" + json.dumps({"id": "z", "text": "Last."}).encode())
    out = list(read_file(path, max_bytes=200))
    assert [type(r).__name__ for r in out] == ["RawRecord", "IngestError", "IngestError", "RawRecord"]
    assert "UTF-8" in out[1].reason and out[1].source.endswith("#L2")
    assert "too large" in out[2].reason and out[3].source.endswith("#z")
    # the in-memory reader (used on Spark) gives exactly the same records
    assert list(read_bytes(str(path), path.read_bytes(), 200)) == out


def test_non_jsonl_over_the_limit_is_still_refused(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    (err,) = read_file(path, max_bytes=100)
    assert "too large" in err.reason
    (err,) = read_bytes(str(path), path.read_bytes(), 100)
    assert "too large" in err.reason


def test_read_partition_keeps_order_and_turns_bad_files_into_error_rows():
    files = [(0, "a.txt", REPORT.encode()), (1, "b.bin", b"\x00\x01\x02binary"), (2, "c.txt", None),
             (3, "d.jsonl", (json.dumps({"text": REPORT}) + "\n{bad\n").encode())]
    out = list(partition.read_partition(files, 10_000))
    docs = [(k, v[0]) for k, v in out if k]
    errs = [v[2] for k, v in out if not k]
    assert docs[0][0] == docs[1][0] and docs[0][1] < docs[1][1]  # same content, first in input order sorts first
    assert [e[0] for e in errs] == ["b.bin", "c.txt", "d.jsonl#L2"]
    assert all(len(e) == len(COLUMNS["errors"]) for e in errs)


def test_analyse_partition_failing_document_is_an_error_row():
    cfg = json.dumps({"pipeline": {"stages": ["clean", "test-boom"]}})
    docs = [((0, i, 0), Document(f"id{i}", f"s{i}.txt", t)) for i, t in enumerate(["fine", "BOOM here", "ok"])]
    rows = list(partition.analyse_partition(iter(docs), cfg, batch_size=8))
    assert sorted(r[2][0] for r in rows if r[0] == "documents") == ["id0", "id2"]
    (err,) = [r[2] for r in rows if r[0] == "errors"]
    assert err[0] == "s1.txt" and "planted failure" in err[1] and err[2] == "pipeline"


def test_rows_match_column_types():
    types = column_types()
    for table, cols in COLUMNS.items():
        assert set(cols) <= set(types[table]), table
    a = AnnotatedDocument(Document("d", "s", "text"))
    rows = document_rows(a)
    assert len(rows["documents"][0]) == len(COLUMNS["documents"])


def test_fold_actors_equals_store_upsert(tmp_path: Path):
    versions = [Actor("person:x", "Taro Aso", "person", "JPN", aliases=("Aso",)),
                Actor("person:x", "Mr. Aso", "person", "USA", aliases=("Taro",)),
                Actor("person:x", "Aso", "person", None)]
    with open_store(tmp_path / "s.duckdb") as st:
        for v in versions:
            st.upsert_actors([v])
        stored = st.query(f"SELECT {', '.join(COLUMNS['actors'])} FROM actors")[0]
    rows = [((i, 0, 0), partition.coerce("actors", actor_row(v))) for i, v in enumerate(versions)]
    assert partition.fold_actors(reversed(rows)) == tuple(stored)


def test_blocking_key_and_merge_hook():
    row = [None] * len(COLUMNS["events"])
    col = {c: i for i, c in enumerate(COLUMNS["events"])}
    row[col["type"]], row[col["source_id"]], row[col["target_id"]] = "CONSULT", "country:USA", "country:JPN"
    row[col["date_best"]] = date(2009, 4, 24)
    assert merge.blocking_key(tuple(row)) == ("CONSULT", "country:JPN", "country:USA", "2009-04")
    row[col["date_best"]] = None
    assert merge.blocking_key(tuple(row))[3] == "undated"
    assert list(merge.merge_block([tuple(row)], "")) == []
    with pytest.raises(ValueError):
        merge.load_merger("no_function_named")
    assert merge.load_merger("test_scale:one_cluster_per_block") is one_cluster_per_block


def one_cluster_per_block(events):
    """A merge function for the hook test: one cluster holding every event of the block."""
    return [EventCluster("c", events[0].type, None, None, None, "occurred", tuple(e.id for e in events), (), len(events), 1)]


def _dump(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {t: con.execute(f"SELECT * EXCLUDE (run_id, ingested_at) FROM {t} ORDER BY ALL" if t == "documents"
                          else f"SELECT * FROM {t} ORDER BY ALL").fetchall()
           for t in ("documents", "sentences", "mentions", "timexes", "actors", "events")}
    out["errors"] = con.execute("SELECT source, reason, stage, seen FROM errors ORDER BY ALL").fetchall()
    con.close()
    return out


def test_workers_give_the_same_store_as_one_process(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"r{i}.txt").write_text(REPORT.replace("Monday", f"Monday {i}"))
    (corpus / "dup.txt").write_text(REPORT.replace("Monday", "Monday 0").upper())
    (corpus / "bad.txt").write_bytes(b"\x00\x01 binary")
    cfg = {"pipeline": {"stages": ["clean", "nlp"]}, "ingest": {"batch_size": 2}, "stages": {}}
    one = ingest([corpus], tmp_path / "one.duckdb", config=cfg)
    two = ingest([corpus], tmp_path / "two.duckdb", config=cfg, workers=2)
    assert one.added == two.added and len(one.added) == 5 and len(two.unchanged) == 1
    assert [e.reason for e in two.errors] == [e.reason for e in one.errors] != []
    assert _dump(tmp_path / "one.duckdb") == _dump(tmp_path / "two.duckdb")


def test_load_refuses_a_folder_without_tables(tmp_path: Path, cli):
    proc = cli("load", str(tmp_path), "--db", str(tmp_path / "x.duckdb"))
    assert proc.returncode == 1 and "no Parquet tables" in " ".join(proc.stderr.split())
