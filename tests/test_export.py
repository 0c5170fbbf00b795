"""Exports round-trip (JSONL, CSV, Parquet, GDELT) and fail cleanly on unwritable paths; pictures render."""

from __future__ import annotations

import os

import pytest

from _storefixture import make_store
from chronicler.export.atomic import ExportError
from chronicler.export.gdelt import COLUMNS, export_gdelt, read_gdelt
from chronicler.export.tables import event_key, export_jsonl, export_table, read_events
from chronicler.model import Event
from chronicler.store.db import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(make_store(tmp_path_factory.mktemp("ex") / "x.duckdb"))


def stored_events(db) -> list[str]:
    import json

    from chronicler.model import from_dict
    with open_store(db, read_only=True) as st:
        return sorted(event_key(from_dict(Event, json.loads(r[0]))) for r in st.query("SELECT data FROM events"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_round_trip(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    n = export_jsonl(out, db) if fmt == "jsonl" else export_table(out, fmt, db)
    back = read_events(out, fmt)
    assert n == len(back) == 7
    assert sorted(event_key(e) for e in back) == stored_events(db)
    assert all(e.cluster for e in back)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temp file left


def test_gdelt_shape_and_values(db, tmp_path):
    out = tmp_path / "events.tsv"
    n = export_gdelt(out, db)
    rows = read_gdelt(out)
    assert n == len(rows) == 5  # 7 events, 5 real-world events
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    agree = next(r for r in rows if r["EventCode"] == "057")
    assert agree["SQLDATE"] == 20060501 and agree["NumMentions"] == 2 and agree["NumSources"] == 2
    assert agree["QuadClass"] == 1 and agree["GoldsteinScale"] == 8.0 and agree["EventRootCode"] == "05"
    assert {agree["Actor1CountryCode"], agree["Actor2CountryCode"]} == {"JPN", "USA"}
    assert agree["SOURCEURL"].startswith("https://example.org/") and agree["DATEADDED"] > 20200101000000
    coerce = next(r for r in rows if r["EventCode"] == "170")
    assert coerce["ActionGeo_FullName"] == "Senkaku Islands" and coerce["QuadClass"] == 4
    plan = next(r for r in rows if r["EventCode"] == "060")
    assert plan["SQLDATE"] is None and plan["Year"] is None  # 2006..2014: no single day or year
    # written again, read again: identical
    out2 = tmp_path / "again.tsv"
    export_gdelt(out2, db)
    assert read_gdelt(out2) == rows


def test_gdelt_reader_reads_gdelt_sample(shared):
    rows = read_gdelt(shared / "eval" / "gdelt" / "events-sample.tsv")
    assert len(rows) == 100 and set(rows[0]) == set(COLUMNS) and isinstance(rows[0]["SQLDATE"], int)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_non_root(db, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(ExportError, match="cannot write"):
        export_jsonl(ro / "x.jsonl", db)
    assert list(ro.iterdir()) == []


def test_missing_folder_and_failed_write_leave_nothing(db, tmp_path, monkeypatch):
    with pytest.raises(ExportError, match="does not exist"):
        export_gdelt(tmp_path / "nope" / "x.tsv", db)
    target = tmp_path / "keep.jsonl"
    target.write_text("old\n")
    import chronicler.export.tables as tables

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(tables.json, "dumps", boom)
    with pytest.raises(OSError):
        export_jsonl(target, db)
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_export_and_plot_cli(cli, cli_inprocess, db, tmp_path):
    # The first export and the first plot run the real CLI; the rest run the same commands in-process.
    for fmt, run in (("jsonl", cli), ("csv", cli_inprocess), ("parquet", cli_inprocess), ("gdelt", cli_inprocess)):
        out = tmp_path / f"e.{fmt}"
        proc = run("export", "--format", fmt, "--db", db, str(out), check=True)
        assert out.stat().st_size > 0 and "wrote" in proc.stdout
    bad = cli_inprocess("export", "--format", "csv", "--db", db, str(tmp_path / "missing" / "e.csv"))
    assert bad.returncode == 1 and "does not exist" in bad.stderr
    for what, name, run in (("timeline", "t.png", cli), ("graph", "g.svg", cli_inprocess)):
        proc = run("plot", what, str(tmp_path / name), "--db", db, check=True)
        assert (tmp_path / name).stat().st_size > 1000, proc.stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_field = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_field, min_size=61, max_size=61), min_size=1, max_size=5))
def test_read_gdelt_parses_any_61_field_rows_strictly(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("g") / "rows.tsv"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    try:
        back = read_gdelt(path)
    except ValueError:
        return  # a non-numeric value in an integer/float column is refused, not mis-read
    assert len(back) == len(rows)
    for r, b in zip(rows, back):
        for name, v in zip(COLUMNS, r):
            assert (b[name] is None) == (v == "")
            if isinstance(b[name], str):
                assert b[name] == v
