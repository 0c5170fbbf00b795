"""HTTP API tests with FastAPI's TestClient over the synthetic store of ``api_store`` (no spaCy)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from api_store import N_TIMELINE, N_TIMELINE_CHINA, build_store
from chronicler.api import create_app
from chronicler.api.exports import _safe_cell
from chronicler.api.upload import safe_name

ROOT = Path(__file__).resolve().parents[1]
INJECTIONS = [
    "' OR '1'='1", "x'); DROP TABLE events; --", "\" OR \"\"=\"", "1; SELECT * FROM documents", "%", "_",
    "country:CHN' OR 1=1 --", "') UNION SELECT data FROM documents --", "\\'; DELETE FROM clusters; --",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def _error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]


def _all_pages(client, path: str, **params) -> list[dict]:
    items, cursor = [], None
    for _ in range(100):
        r = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


# ------------------------------------------------------------------------------------------- reads

def test_health_meta_and_page(client):
    assert client.get("/api/health").json() == {"status": "ok", "writes": False, "documents": 4, "events": 9,
                                                "clusters": 2, "actors": 5}
    meta = client.get("/api/meta").json()
    assert meta["quad_classes"]["material_conflict"] == ["SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"] and 'id="timeline"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/api/openapi.json").json()["paths"]["/api/timeline"]


def test_timeline_entries_and_filters(client):
    items = _all_pages(client, "/api/timeline")
    assert len(items) == N_TIMELINE
    assert [x["cluster"] for x in items][-1] == "e8"  # undated last
    c1 = next(x for x in items if x["cluster"] == "c1")
    assert set(c1) >= {"date", "cluster", "type", "source", "target", "status", "mentions", "sources", "documents",
                       "summary", "quad", "events"}
    assert (c1["type"], c1["quad"], c1["mentions"], c1["source_count"]) == ("AGREE", "verbal_cooperation", 2, 2)
    assert c1["sources"] == ["Test Wire"]
    assert c1["source"]["id"] == "country:JPN" and c1["target"]["name"] == "Philippines"
    assert sorted(c1["events"]) == ["e1", "e3"] and len(c1["documents"]) == 2
    china = client.get("/api/timeline", params={"actor": "country:CHN"}).json()["items"]
    assert {x["cluster"] for x in china} == {"c2", "e5", "e7"} and len(china) == N_TIMELINE_CHINA
    assert len(client.get("/api/timeline", params={"actor": "China"}).json()["items"]) == N_TIMELINE_CHINA
    assert {x["cluster"] for x in client.get("/api/timeline", params={"country": "chn"}).json()["items"]} == {"c2", "e5", "e7"}
    assert [x["cluster"] for x in client.get("/api/timeline", params={"quad": "material_conflict"}).json()["items"]] == ["e9"]
    assert [x["cluster"] for x in client.get("/api/timeline", params={"status": "planned"}).json()["items"]] == ["e6"]
    assert {x["cluster"] for x in client.get("/api/timeline", params={"type": "accuse,protest"}).json()["items"]} == {"c2", "e5"}
    aug = client.get("/api/timeline", params={"from": "2024-08", "to": "2024-08-31"}).json()["items"]
    assert [x["cluster"] for x in aug] == ["e7"]
    paged = _all_pages(client, "/api/timeline", limit=2)
    assert [x["cluster"] for x in paged] == [x["cluster"] for x in items]


def test_events_pages_filters_and_detail(client):
    items = _all_pages(client, "/api/events", limit=2)
    assert len(items) == 9 and len({x["id"] for x in items}) == 9
    assert {x["cluster"] for x in items} == {"c1", "c2", None}
    assert [x["id"] for x in client.get("/api/events", params={"text": "BEIJING"}).json()["items"]] == ["e4", "e5"]
    assert {x["id"] for x in client.get("/api/events", params={"actor": "country:USA"}).json()["items"]} == {"e6", "e8"}
    jpn = _all_pages(client, "/api/events", limit=2, actor="country:JPN")
    assert [x["id"] for x in jpn] == [x["id"] for x in client.get("/api/events", params={"actor": "Japan"}).json()["items"]]
    assert {x["id"] for x in jpn} == {"e1", "e2", "e3", "e4", "e7", "e8"}
    both = client.get("/api/events", params={"actor": ["country:JPN", "country:CHN"]}).json()["items"]
    assert {x["id"] for x in both} == {"e2", "e4", "e7"}
    assert {x["id"] for x in client.get("/api/events", params={"actor": "country:JPN", "country": "PHL"}).json()["items"]} == {"e1", "e3"}
    timeline_jpn = _all_pages(client, "/api/timeline", limit=1, actor="country:JPN")
    assert [x["cluster"] for x in timeline_jpn] == ["c1", "c2", "e7", "e8"]
    detail = client.get("/api/events/e3").json()
    assert detail["sentence"]["text"].startswith("On July 8")
    spans = {s["label"]: s["text"] for s in detail["spans"]}
    assert spans == {"trigger": "signed", "source": "Japan", "target": "Philippines", "time": "July 8"}
    assert detail["source_document"]["title"] == "Manila pact signed"
    assert [m["id"] for m in detail["members"]] == ["e1"]
    assert detail["cluster_entry"]["cluster"] == "c1"
    single = client.get("/api/events/e7").json()
    assert single["members"] == [] and single["cluster_entry"]["cluster"] == "e7"


def test_cluster_detail_spans_are_sentence_relative(client):
    c = client.get("/api/clusters/c2").json()
    assert c["summary"].startswith("China accuses") and len(c["members"]) == 2
    for m in c["members"]:
        text = m["sentence"]["text"]
        for s in m["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]
        assert {s["label"] for s in m["spans"]} == {"trigger", "source", "target"}
    assert client.get("/api/clusters/e9").json()["members"][0]["id"] == "e9"


def test_documents_and_document_detail(client):
    docs = _all_pages(client, "/api/documents", limit=3)
    assert len(docs) == 4 and docs[-1]["published"] is None and docs[0]["events"] == 2
    d = client.get(f"/api/documents/{docs[1]['id']}").json()
    text = d["text"]
    assert d["title"] == "Manila pact signed" and len(d["sentences"]) == 2
    for s in d["sentences"]:
        assert text[s["start"]:s["end"]].startswith(("On July 8", "Beijing"))
    for m in d["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert [t["text"] for t in d["timexes"]] == ["July 8"]
    for e in d["events"]:
        for s in e["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text)
    assert client.get(f"/api/documents/{docs[1]['id'][:10]}").json()["id"] == docs[1]["id"]  # unique prefix


def test_actors_and_graph(client):
    actors = client.get("/api/actors").json()["items"]
    assert actors[0]["id"] == "country:JPN" and actors[0]["events"] == 6
    assert [a["id"] for a in client.get("/api/actors", params={"q": "kish"}).json()["items"]] == ["person:kishida"]
    g = client.get("/api/graph").json()
    assert {n["id"] for n in g["nodes"]} == {"country:JPN", "country:PHL", "country:CHN", "country:USA"}
    edges = {(e["source"], e["target"]): e for e in g["edges"]}
    assert edges[("country:JPN", "country:PHL")]["weight"] == 1 and edges[("country:JPN", "country:PHL")]["mentions"] == 2
    assert edges[("country:CHN", "country:JPN")]["quad"]["verbal_conflict"] == 1
    assert edges[("country:USA", "country:PHL")]["quad"]["material_cooperation"] == 1
    assert sum(e["weight"] for e in g["edges"]) == 6  # 7 clusters, one without a target
    g2 = client.get("/api/graph", params={"max_edges": 2}).json()
    assert len(g2["edges"]) == 2 and g2["truncated"] is True


def test_export_formats(client):
    r = client.get("/api/export", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-disposition"] == 'attachment; filename="chronicler-timeline.csv"'
    lines = r.text.strip().splitlines()
    assert lines[0].startswith("date_best,") and len(lines) == 1 + N_TIMELINE
    js = client.get("/api/export", params={"format": "json", "what": "events", "actor": "country:CHN"}).json()
    assert {x["id"] for x in js["items"]} == {"e2", "e4", "e5", "e7"}
    jl = client.get("/api/export", params={"format": "jsonl", "limit": 3}).text.strip().splitlines()
    assert len(jl) == 3 and json.loads(jl[0])["cluster"] == "e9"
    assert _safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _safe_cell("Japan") == "Japan"


# ------------------------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("path,params,param", [
    ("/api/timeline", {"from": "2024-13-01"}, "from"),
    ("/api/events", {"to": "yesterday"}, "to"),
    ("/api/events", {"from": "2024-09-01", "to": "2024-01-01"}, "from"),
    ("/api/events", {"limit": 0}, "limit"),
    ("/api/events", {"limit": 10**12}, "limit"),
    ("/api/timeline", {"limit": "many"}, "limit"),
    ("/api/documents", {"limit": 100000}, "limit"),
    ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/timeline", {"cursor": "W1siYSJdXQ"}, "cursor"),
    ("/api/events", {"type": "EXPLODE"}, "type"),
    ("/api/events", {"status": "rumoured"}, "status"),
    ("/api/graph", {"quad": "lukewarm"}, "quad"),
    ("/api/graph", {"max_edges": 10**9}, "max_edges"),
    ("/api/export", {"format": "xlsx"}, "format"),
    ("/api/export", {"format": "../../etc/passwd"}, "format"),
    ("/api/export", {"what": "../secrets"}, "what"),
    ("/api/events", {"text": "x" * 500}, "text"),
    ("/api/events", {"actor": ",".join(["a"] * 60)}, "actor"),
])
def test_bad_parameters_are_400_envelopes(client, path, params, param):
    err = _error(client.get(path, params=params), 400)
    assert err["code"] == "bad_request" and err["param"] == param


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/clusters/nope", "/api/documents/nope", "/api/nothing",
                                  "/api/documents/d"])
def test_unknown_ids_are_404_envelopes(client, path):
    assert _error(client.get(path), 404)["code"] == "not_found"


def test_malformed_ids_and_methods(client):
    _error(client.get("/api/events/%01%02"), 400)
    _error(client.get("/api/events/" + "x" * 300), 400)
    _error(client.delete("/api/events/e1"), 405)
    _error(client.post("/api/events", content=b"x" * 200_000), 413)


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_in_every_filter(client, value):
    for path in ("/api/events", "/api/timeline", "/api/graph", "/api/export"):
        for param in ("actor", "country", "text", "from", "to", "type", "status", "quad", "cursor"):
            r = client.get(path, params={param: value})
            assert r.status_code in (200, 400), (path, param, r.text)
            if r.status_code == 400:
                _error(r, 400)
            elif param in ("actor", "country", "text") and path != "/api/export":
                body = r.json()
                assert body.get("items", body.get("edges")) == [], (path, param, value)
    for param in ("q", "country", "sector"):
        r = client.get("/api/actors", params={param: value})
        assert r.status_code in (200, 400)
        assert r.json()["items"] == [] if r.status_code == 200 else _error(r, 400)
    for path in ("/api/events/", "/api/clusters/", "/api/documents/"):
        r = client.get(path + value.replace("/", ""))
        assert r.status_code in (400, 404)
    assert client.get("/api/health").json()["events"] == 9  # nothing dropped or deleted


@pytest.mark.parametrize("path", ["/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2fapi%2fapp.py", "/static/%2e%2e%2fapi/app.py",
                                  "/static//etc/passwd", "/static/....//....//etc/passwd", "/..%2f..%2fetc/passwd"])
def test_static_path_traversal(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404) and "root:" not in r.text and "create_app" not in r.text


def test_reads_are_read_only_and_errors_hide_internals(db, monkeypatch):
    app = create_app(db)
    with app.state.handle.read() as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DELETE FROM events")
    from chronicler.api import queries

    def boom(*a, **k):
        raise RuntimeError("secret internal detail /home/x")

    monkeypatch.setattr(queries, "timeline", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/timeline")
        err = _error(r, 500)
        assert err["message"] == "internal error" and "secret" not in r.text


# ------------------------------------------------------------------------------------------- writes

def _config() -> dict:
    return {"pipeline": {"stages": ["clean"]}, "ingest": {"max_bytes": 100000, "batch_size": 8}, "stages": {"clean": {}}}


def test_ingest_disabled_without_token(client):
    err = _error(client.post("/api/ingest", files={"files": ("a.txt", b"hello")}), 403)
    assert err["code"] == "writes_disabled"


def test_ingest_with_token_and_traversal_names(db, tmp_path):
    store = build_store(tmp_path / "w.duckdb")
    uploads = tmp_path / "uploads"
    app = create_app(store, token="s3cret-token", config=_config(), upload_dir=uploads, max_upload_bytes=50_000)
    report = b"Japan and Vietnam agreed on Tuesday to hold naval talks in the South China Sea next month.\n"
    with TestClient(app) as c:
        _error(c.post("/api/ingest", files={"files": ("a.txt", report)}), 401)
        _error(c.post("/api/ingest", files={"files": ("a.txt", report)}, headers={"authorization": "Bearer wrong"}), 401)
        _error(c.post("/api/ingest", headers={"x-chronicler-token": "s3cret-token"}, content=b"plain"), 415)
        _error(c.post("/api/ingest", files={"files": ("big.txt", b"x" * 60_000)},
                      headers={"x-chronicler-token": "s3cret-token"}), 413)
        r = c.post("/api/ingest", headers={"authorization": "Bearer s3cret-token"},
                   files=[("files", ("../../../escape.txt", report)), ("files", ("..\\..\\win.txt", b"")),
                          ("files", ("/etc/passwd", b"Another report: China protested on Friday about the drills."))])
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["added"] == 2 and body["failed"] == 1 and "win.txt" in body["errors"][0]["source"]
        assert str(uploads) not in r.text
        assert c.get("/api/health").json()["documents"] == 6  # reads work again after the write
        again = c.post("/api/ingest", headers={"authorization": "Bearer s3cret-token"},
                       files={"files": ("copy.txt", report)}).json()
        assert again["added"] == 0 and again["unchanged"] == 1
    saved = sorted(p.relative_to(uploads) for p in uploads.rglob("*") if p.is_file())
    assert len(saved) == 4 and all(len(p.parts) == 2 for p in saved)
    assert not (tmp_path / "escape.txt").exists() and not list(tmp_path.parent.glob("escape.txt"))
    assert safe_name("../../x/../../evil.sh", 1) == "001-evil.sh" and safe_name("..", 2) == "002-upload"


# ------------------------------------------------------------------------------------------- CLI

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_cli_end_to_end(db, tmp_path, cli):
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "chronicler", "serve", "--db", str(db), "--port", str(port)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, body = time.time() + 30, None
        while time.time() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/timeline?limit=2", timeout=2) as resp:
                    body = json.loads(resp.read())
            except OSError:
                time.sleep(0.2)
        assert body is not None and len(body["items"]) == 2 and body["next_cursor"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # a public bind without a token warns (the missing store then stops it before it binds anything)
    r = cli("serve", "--db", str(tmp_path / "missing.duckdb"), "--host", "0.0.0.0", "--port", str(port))
    assert r.returncode == 1 and "warning" in r.stderr and "no token" in r.stderr and "no such store" in r.stderr


def test_event_naming_a_missing_cluster_is_its_own_cluster(tmp_path):
    path = build_store(tmp_path / "orphans.duckdb")
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET cluster_id = 'gone' WHERE id = 'e9'")
    con.close()
    app = create_app(path)
    assert app.state.handle.orphans is True
    with TestClient(app) as c:
        items = c.get("/api/timeline").json()["items"]
        assert len(items) == N_TIMELINE and "e9" in {x["cluster"] for x in items}
        assert c.get("/api/clusters/e9").json()["members"][0]["id"] == "e9"
    assert create_app(build_store(tmp_path / "clean.duckdb")).state.handle.orphans is False


def test_reads_during_an_upload_wait_and_never_fail(tmp_path):
    import threading

    app = create_app(build_store(tmp_path / "rw.duckdb"), token="t", config=_config(), upload_dir=tmp_path / "up")
    files = [("files", (f"r{i}.txt", f"Report {i}: Japan and Vietnam agreed on naval talks, officials said.\n".encode()))
             for i in range(20)]
    statuses, counts = [], []
    with TestClient(app) as c:
        def reader() -> None:
            for _ in range(15):
                r = c.get("/api/health")
                statuses.append(r.status_code)
                counts.append(r.json().get("documents"))

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for t in threads:
            t.start()
        r = c.post("/api/ingest", headers={"authorization": "Bearer t"}, files=files)
        for t in threads:
            t.join()
        assert r.status_code == 200 and r.json()["added"] == 20
    assert set(statuses) == {200} and set(counts) <= {4, 24}  # before or after the batch, never half of it
