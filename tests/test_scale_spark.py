"""Spark local mode gives exactly the store local ingest gives (same ids, same rows), bad files as error rows.

One Spark run (``chronicler scale ingest --master local[2]``) through the real CLI, then ``chronicler load``
twice (idempotent), compared with ``chronicler ingest`` of the same corpus.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from chronicler.ingest.run import ingest
from chronicler.pipeline import Pipeline
from chronicler.scale.load import load
from conftest import EXAMPLES, run_cli

pytestmark = pytest.mark.spark

REPORTS = [
    "TOKYO — Japan's prime minister met the visiting U.S. defense secretary on Tuesday and agreed to speed up "
    "the relocation of a Marine air base on Okinawa, officials said.\n",
    "WASHINGTON (AP) — The United States and Japan signed a revised security agreement on Friday, two years "
    "after talks began in 2004.\n\nThe pact will take effect next April, the State Department said.\n",
    "SEOUL — South Korea protested on Monday against a Japanese textbook, summoning the ambassador.\n",
]


def _tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
               for t in ("sentences", "mentions", "timexes", "actors", "clusters")}
        out["documents"] = con.execute("SELECT * EXCLUDE (run_id, ingested_at) FROM documents ORDER BY ALL").fetchall()
        out["events"] = con.execute("SELECT * FROM events ORDER BY ALL").fetchall()
        out["errors"] = con.execute("SELECT source, reason, stage, seen FROM errors ORDER BY ALL").fetchall()
    finally:
        con.close()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("spark") / "corpus"
    root.mkdir()
    for i, text in enumerate(REPORTS):
        (root / f"report{i}.txt").write_text(text, encoding="utf-8")
    (root / "copy_of_report0.txt").write_text(REPORTS[0].upper(), encoding="utf-8")  # same id as report0
    (root / "feed.jsonl").write_text(
        json.dumps({"id": "a", "published": "2006-05-01", "text": REPORTS[1]}) + "\n{broken json\n"
        + json.dumps({"id": "b", "text": "NAHA, Okinawa — Residents rallied on Sunday against the base plan."}) + "\n")
    wire = ("TOKYO (Kyodo) — The governments of Japan and the United States agreed on Thursday to review the "
            "plan for moving the Futenma air station within Okinawa, the foreign ministry said, adding that working "
            "level talks would begin next month in Washington and conclude before the summer summit of leaders.\n")
    (root / "wire_a.txt").write_text(wire, encoding="utf-8")
    (root / "wire_b.txt").write_text(wire.replace("Thursday", "Friday").replace("(Kyodo)", "(AP)"), encoding="utf-8")
    # Three reports of one outlet sharing a furniture line: learned boilerplate, on both paths.
    for i, place in enumerate(("Naha", "Nago", "Ginowan")):
        (root / f"star{i}.txt").write_text(
            f"{place.upper()} (Ryukyu Evening Star) — Residents of {place} met city officials on Saturday to discuss "
            f"the noise of helicopters over schools.\n\nMore from the Ryukyu Evening Star desk in Okinawa\n",
            encoding="utf-8")
    (root / "corrupt.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (root / "empty.txt").write_bytes(b"")
    if EXAMPLES.is_dir():  # a few reports of the bundled example corpus, when present
        for f in sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html"})[:2]:
            shutil.copy(f, root / f"example_{f.name}")
    return root


def test_spark_and_local_ingest_agree(corpus: Path, tmp_path: Path):
    local_db, spark_db, out = tmp_path / "local.duckdb", tmp_path / "spark.duckdb", tmp_path / "parquet"
    local = ingest([corpus], local_db)
    assert len(local.errors) >= 3  # the planted bad files fail, the rest is stored
    scale = run_cli("scale", "ingest", str(corpus), "--out", str(out), "--master", "local[2]", "--partitions", "2",
                    "--format", "json")
    assert scale.returncode == 0, scale.stderr
    summary = json.loads(scale.stdout)
    assert summary["duplicates"] >= 1 and summary["failed"] >= 3
    for table in ("documents", "sentences", "events", "clusters", "errors"):
        assert list((out / table).glob("*.parquet")), table
    first = run_cli("load", str(out), "--db", str(spark_db), "--format", "json", check=True)
    loaded = json.loads(first.stdout)
    assert loaded["added"] == len(local.added) and loaded["unchanged"] == 0

    a, b = _tables(local_db), _tables(spark_db)
    if "events" in Pipeline.default().names:  # once the events stage runs, the comparison must cover events
        assert a["events"], "no events extracted from the test corpus"
    assert [r[0] for r in a["documents"]] == [r[0] for r in b["documents"]]
    assert [r[0] for r in a["events"]] == [r[0] for r in b["events"]]
    for table in a:
        assert a[table] == b[table], table
    learned = [r for r in b["documents"] if r[3] == "Ryukyu Evening Star" and '"learned"' in r[12]]
    assert len(learned) == 3, "the outlet's repeated line was not learned on the Spark path"
    assert any(r[11] for r in b["documents"])  # duplicate_of: the wire copy was marked, as by local ingest
    assert {r[0] for r in b["errors"]} >= {str(corpus / "corrupt.txt"), str(corpus / "empty.txt"),
                                            f"{corpus / 'feed.jsonl'}#L2"}

    again = load(out, spark_db)  # the same folder again, through the Python API: nothing added
    assert again.added == 0 and again.unchanged == loaded["added"]
    c = _tables(spark_db)
    assert {t: c[t] for t in c if t != "errors"} == {t: b[t] for t in b if t != "errors"}

