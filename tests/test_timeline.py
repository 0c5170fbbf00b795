"""Timelines, summary timelines, the actor graph and their commands, on a hand-made store."""

from __future__ import annotations

import json

import pytest

from _storefixture import make_store
from chronicler.timeline.build import build_timeline
from chronicler.timeline.graph import build_graph, graph_json

FIELDS = {"date", "cluster", "type", "source", "target", "status", "mentions", "sources", "documents", "summary"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(make_store(tmp_path_factory.mktemp("tl") / "t.duckdb"))


def test_clusters_merge_across_documents(db):
    rows = build_timeline(db)
    agree = [r for r in rows if r["type"] == "AGREE"]
    assert len(agree) == 1 and agree[0]["mentions"] == 2 and agree[0]["source_count"] == 2
    assert sorted(agree[0]["sources"]) == ["Kyodo", "Reuters"]
    assert agree[0]["day"] == "2006-05-01" and agree[0]["date"]["earliest"] == agree[0]["date"]["latest"] == "2006-05-01"
    protest = [r for r in rows if r["type"] == "PROTEST"]
    assert len(protest) == 1 and protest[0]["mentions"] == 2
    assert [r["day"] for r in rows if r["day"]] == sorted(r["day"] for r in rows if r["day"])
    assert FIELDS <= set(rows[0])


def test_filters(db):
    assert {r["type"] for r in build_timeline(db, actor=["CHN"])} == {"COERCE", "PROTEST"}
    assert {r["type"] for r in build_timeline(db, actor=["Japan", "United States"])} >= {"AGREE", "CONSULT"}
    assert [r["type"] for r in build_timeline(db, types=["protest"])] == ["PROTEST"]
    assert [r["type"] for r in build_timeline(db, query="trawler captain arrested")] == ["COERCE"]
    assert {r["status"] for r in build_timeline(db, status=["planned"])} == {"planned"}


def test_unclustered_events_appear_as_single_entries(tmp_path):
    db = str(make_store(tmp_path / "u.duckdb", merge=False))
    rows = build_timeline(db)
    assert len(rows) == 7 and all(r["mentions"] == 1 for r in rows)


def test_graph_json(db):
    data = graph_json(build_graph(db))
    ids = {n["id"] for n in data["nodes"]}
    assert {"country:JPN", "country:USA", "country:CHN"} <= ids
    e = next(x for x in data["edges"] if x["source"] == "country:CHN")
    assert e["events"] == 1 and e["mentions"] == 2 and e["verbal conflict"] == 1


def test_timeline_cli(cli, cli_inprocess, db):
    out = cli("timeline", "--db", db, "--format", "json", check=True).stdout
    rows = json.loads(out)
    assert FIELDS <= set(rows[0]) and any(r["mentions"] == 2 for r in rows)
    summ = json.loads(cli_inprocess("timeline", "--db", db, "--summarize", "--dates", "2", "--sentences", "1",
                          "--format", "json", check=True).stdout)
    assert [set(x) for x in summ] == [{"date", "sentences"}] * 2
    assert {x["date"] for x in summ} == {"2006-05-01", "2010-09-09"}
    graph = json.loads(cli("graph", "--db", db, "--format", "json", check=True).stdout)
    assert graph["nodes"] and graph["edges"]
    bad = cli_inprocess("timeline", "--db", db + ".missing", "--format", "json")
    assert bad.returncode == 1 and "no such store" in bad.stderr


def test_merge_cli(cli, cli_inprocess, tmp_path):
    db = str(make_store(tmp_path / "m.duckdb", merge=False))
    out = json.loads(cli("merge", "--db", db, "--format", "json", check=True).stdout)
    assert out == {"events": 7, "clusters": 5, "multi_report_clusters": 2}
    again = json.loads(cli_inprocess("merge", "--db", db, "--rebuild", "--format", "json", check=True).stdout)
    assert again == out
