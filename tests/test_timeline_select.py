"""One timeline selection for the CLI/Python API and the HTTP API, checked on the example corpus against a
reference: the former Python implementation (load every cluster, filter in Python), with the agreed filter
semantics, compared field by field; then the HTTP API's pages against the same entries."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from chronicler.store.filters import BadRequest, Filters, decode_key, encode_key
from chronicler.store.queries import country_code
from chronicler.timeline.build import build_timeline, cluster_date, singleton_cluster, timeline_entry
from chronicler.model import Event, EventCluster, from_dict
from conftest import copy_store

CASES = [
    {}, {"actor": ["JPN", "USA"]}, {"actor": ["Japan"]}, {"actor": ["China"]}, {"actor": ["United States", "Japan"]},
    {"actor": ["Abe"]}, {"actor": ["person:abe-shinzo", "USA"]}, {"actor": ["jp", "cn"]}, {"actor": ["nobody"]},
    {"types": ["AGREE", "consult"]}, {"status": ["planned"]}, {"min_mentions": 2}, {"query": "defense minister"},
    {"query": "alliance"}, {"date_from": date(2006, 1, 1), "date_to": date(2006, 12, 31)},
    {"date_from": date(2010, 6, 1)}, {"date_to": date(2001, 1, 1)}, {"limit": 5},
    {"actor": ["JPN"], "types": ["CONSULT"], "min_mentions": 2, "date_from": date(2005, 1, 1)},
]


@pytest.fixture(scope="module")
def store(alliance_ingest, tmp_path_factory) -> str:
    """This module's copy of the session's real-CLI ingest of the example corpus."""
    return str(copy_store(alliance_ingest.db, tmp_path_factory.mktemp("sel")))


# ----------------------------------------------------------------------------------- the Python reference

def _matches(actor: dict | None, value: str) -> bool:
    """Python reference of actor matching, on the stored actor record (id, name, aliases, country)."""
    if actor is None:
        return False
    v = value.casefold()
    if v in {actor["id"].casefold(), actor["name"].casefold(), *(a.casefold() for a in actor["aliases"])}:
        return True
    country = (actor["country"] or "").casefold()
    return bool(country) and country in {v, (country_code(value) or "").casefold()}


def _reference(db: str, actor=(), types=(), query=None, date_from=None, date_to=None, status=(), min_mentions=1,
               limit=None) -> list[dict]:
    con = duckdb.connect(db, read_only=True)
    try:
        actors = {r[0]: {"id": r[0], "name": r[1], "country": r[2], "aliases": json.loads(r[3])}
                  for r in con.execute("SELECT id, name, country, aliases FROM actors").fetchall()}
        events = {r[0]: from_dict(Event, json.loads(r[1])) for r in con.execute("SELECT id, data FROM events").fetchall()}
        clusters = [from_dict(EventCluster, json.loads(r[0])) for r in con.execute("SELECT data FROM clusters").fetchall()]
        stored = {c.id for c in clusters}
        clusters += [singleton_cluster(e) for e in events.values() if e.cluster is None or e.cluster not in stored]
        outlets = dict(con.execute("SELECT d.id, coalesce(d.outlet, c.outlet, d.source) FROM documents d "
                                   "LEFT JOIN documents c ON c.id = d.duplicate_of").fetchall())
    finally:
        con.close()

    def side(a, value):
        return a is not None and (_matches(actors.get(a.id), value) or a.id == value)

    def keep(c: EventCluster) -> bool:
        if len(actor) == 2:
            a, b = actor
            if not ((side(c.source, a) and side(c.target, b)) or (side(c.source, b) and side(c.target, a))):
                return False
        elif not all(side(c.source, v) or side(c.target, v) for v in actor):
            return False
        if types and c.type.upper() not in {t.upper() for t in types}:
            return False
        if status and c.status.lower() not in {s.lower() for s in status}:
            return False
        if c.mention_count < min_mentions:
            return False
        d = c.date
        if date_from and (d is None or (d.latest or d.best or d.earliest) < date_from):
            return False
        if date_to and (d is None or (d.earliest or d.best or d.latest) > date_to):
            return False
        texts = [events[e].provenance.text.lower() for e in c.events if e in events]
        return all(any(w.lower() in t for t in texts) for w in (query or "").split())

    kept = sorted(filter(keep, clusters), key=lambda c: (cluster_date(c) or date.max, c.first_reported or date.max, c.id))
    kept = kept[:limit] if limit is not None else kept
    return [timeline_entry(c, events.get(c.events[0]) if c.events else None,
                           list(dict.fromkeys(outlets.get(d, d) for d in c.documents))) for c in kept]


# ----------------------------------------------------------------------------------- the tests

@pytest.mark.parametrize("case", CASES, ids=[json.dumps(c, default=str) for c in CASES])
def test_sql_selection_equals_the_python_reference_field_by_field(store, case):
    new, ref = build_timeline(store, **case), _reference(store, **case)
    assert [r["cluster"] for r in new] == [r["cluster"] for r in ref]
    for a, b in zip(new, ref):
        assert set(a) == set(b)
        for field in b:
            assert a[field] == b[field], (a["cluster"], field)


def test_the_pair_is_between_the_two_actors(store):
    rows = build_timeline(store, actor=["Japan", "United States"])
    assert rows and all({r["source"]["country"], r["target"]["country"]} == {"JPN", "USA"} for r in rows)


@pytest.mark.parametrize("case", [{}, {"actor": ["Japan", "USA"]}, {"actor": ["Abe"], "date_from": date(2006, 1, 1)},
                                  {"query": "alliance", "min_mentions": 2}])
def test_api_pages_hold_the_same_entries_in_the_same_order(store, case):
    from chronicler.api import queries

    cli = build_timeline(store, **case)
    f = Filters(actor=case.get("actor", []), text=case.get("query"), date_from=case.get("date_from"),
                min_mentions=case.get("min_mentions", 1))
    con = duckdb.connect(store, read_only=True)
    items, cursor = [], None
    try:
        while True:
            page = queries.timeline(con, f, limit=7, cursor=cursor)
            items += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
    finally:
        con.close()
    assert [i["cluster"] for i in items] == [r["cluster"] for r in cli]
    for i, r in zip(items, cli):
        for field in ("type", "status", "mentions", "source_count", "documents", "events"):
            assert i[field] == r[field], (r["cluster"], field)
        keys = ("earliest", "latest", "best", "granularity")
        assert [(i["date"] or {}).get(k) for k in keys] == [(r["date"] or {}).get(k) for k in keys]
        assert (i["source"] or {}).get("id") == (r["source"] or {}).get("id")
        assert (i["target"] or {}).get("id") == (r["target"] or {}).get("id")


def test_cursor_keys_round_trip_and_reject_garbage():
    key = [date(2006, 5, 1), None, "c1"]
    assert decode_key(encode_key(key), 3) == key
    for bad in ("W1siYSJdXQ", "not-a-cursor", encode_key([None, "x"])):
        with pytest.raises(BadRequest):
            decode_key(bad, 3)


def test_cli_min_mentions_and_country_name(store, cli_inprocess):
    # test_timeline.test_timeline_cli runs the real `timeline` command
    out = json.loads(cli_inprocess("timeline", "--db", store, "--actor", "Japan", "--min-mentions", "3",
                                   "--format", "json", check=True).stdout)
    assert out and all(r["mentions"] >= 3 for r in out)
    assert Path(store).exists()


def test_http_timeline_takes_the_same_filters(store):
    from fastapi.testclient import TestClient

    from chronicler.api import create_app

    with TestClient(create_app(store)) as client:
        def clusters(**params):
            r = client.get("/api/timeline", params={"limit": 1000, **params})
            assert r.status_code == 200, r.text
            return [i["cluster"] for i in r.json()["items"]]

        pair = [r["cluster"] for r in build_timeline(store, actor=["Japan", "United States"])]
        assert pair and clusters(actor=["Japan", "United States"]) == pair == clusters(actor="JPN,USA")
        busy = [r["cluster"] for r in build_timeline(store, min_mentions=3, query="alliance")]
        assert busy and clusters(min_mentions=3, text="alliance") == busy
        r = client.get("/api/timeline", params={"min_mentions": 0})
        assert r.status_code in (400, 422) and "min_mentions" in r.text
