"""Latency of ``/api/timeline`` and ``/api/events`` on a store of 1M synthetic events (goal: p95 < 100 ms for a
filtered page of 100).

The store is generated with DuckDB SQL straight into the tables (not through the pipeline): 1M events over
300 actors and ten years, 40 % of them merged into 100k four-event clusters. The server runs in-process
(uvicorn on 127.0.0.1, a free port) and is queried over HTTP with a keep-alive connection. Baseline, measured in
the same run: the very SQL each endpoint executes, run directly on a read-only DuckDB cursor, alternating with
the requests; the ratio (API / SQL) is the cost of the HTTP layer, JSON and the Python around the queries.
``cpu p50`` is the process CPU time per request (all threads; DuckDB may use both cores), a figure that
depends less on what else the machine runs than wall-clock latency does; the load average is printed too.

    python benchmarks/api.py [--events 1000000] [--repeat 40] [--keep store.duckdb]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from chronicler.model import PLOVER_TYPES  # noqa: E402
from chronicler.store.db import open_store  # noqa: E402

N_ACTORS = 300


def generate(path: Path, n_events: int) -> None:
    """Fill a fresh store with ``n_events`` synthetic events, their documents, actors and clusters."""
    types = list(PLOVER_TYPES)
    n_docs = max(1, n_events // 10)
    n_clustered = (n_events * 4 // 10) // 4 * 4
    with open_store(path) as st:
        c = st.con
        c.execute("BEGIN TRANSACTION")
        c.execute(f"""INSERT INTO actors SELECT 'country:C' || lpad(i::VARCHAR, 3, '0'), 'Country ' || i, 'country',
            'C' || lpad(i::VARCHAR, 3, '0'), 'GOV', NULL, NULL, '[]',
            json_object('id', 'country:C' || lpad(i::VARCHAR, 3, '0'), 'name', 'Country ' || i, 'kind', 'country')::VARCHAR
            FROM range({N_ACTORS}) t(i)""")
        c.execute(f"""INSERT INTO documents (id, source, title, language, published_earliest, published_latest,
            published_best, published_granularity, data)
            SELECT 'd' || lpad(i::VARCHAR, 9, '0'), '/bench/' || i || '.txt', 'Report ' || i, 'en',
                   DATE '2015-01-01' + (i * 7 % 3650)::INTEGER, DATE '2015-01-01' + (i * 7 % 3650)::INTEGER,
                   DATE '2015-01-01' + (i * 7 % 3650)::INTEGER, 'day',
                   json_object('id', 'd' || lpad(i::VARCHAR, 9, '0'), 'source', '/bench/' || i || '.txt',
                               'text', 'Synthetic report ' || i, 'meta', json_object())::VARCHAR
            FROM range({n_docs}) t(i)""")
        c.execute(f"""CREATE TEMP TABLE g AS SELECT i,
                'e' || lpad(i::VARCHAR, 8, '0') AS id,
                'd' || lpad((i // 10)::VARCHAR, 9, '0') AS doc,
                (?::VARCHAR[])[1 + (hash(i) % {len(types)})::INTEGER] AS type,
                'country:C' || lpad((hash(i * 3 + 1) % {N_ACTORS})::VARCHAR, 3, '0') AS src,
                'country:C' || lpad((hash(i * 3 + 2) % {N_ACTORS})::VARCHAR, 3, '0') AS tgt,
                CASE WHEN i % 25 = 0 THEN NULL ELSE DATE '2015-01-01' + (hash(i * 5) % 3650)::INTEGER END AS d,
                CASE WHEN i % 7 = 0 THEN 'planned' ELSE 'occurred' END AS status,
                CASE WHEN i < {n_clustered} THEN 'k' || lpad((i // 4)::VARCHAR, 7, '0') END AS cluster
            FROM range({n_events}) t(i)""", [types])
        c.execute("""INSERT INTO events SELECT id, doc, (i % 10)::INTEGER, type, NULL, NULL, NULL, src, tgt,
                substr(src, 9), substr(tgt, 9), NULL, d, d, d, CASE WHEN d IS NULL THEN NULL ELSE 'day' END,
                'timex', status, 0.9, cluster,
                json_object('id', id, 'type', type, 'status', status, 'trigger', 'did',
                    'provenance', json_object('document', doc, 'sentence', (i % 10)::INTEGER,
                        'text', 'Country ' || src || ' did ' || lower(type) || ' towards ' || tgt || ' (event ' || i || ').',
                        'spans', json_array()),
                    'source', json_object('id', src, 'name', src), 'target', json_object('id', tgt, 'name', tgt),
                    'date', CASE WHEN d IS NULL THEN NULL ELSE json_object('earliest', d, 'latest', d, 'best', d,
                        'granularity', 'day', 'evidence', json_array()) END,
                    'cluster', cluster)::VARCHAR
            FROM g ORDER BY d NULLS LAST, id""")
        c.execute("""INSERT INTO clusters SELECT cluster, any_value(type), any_value(src), any_value(tgt), min(d), max(d),
                min(d), 'day', 'occurred', count(*), count(DISTINCT doc), min(d), max(d),
                'Cluster ' || cluster,
                json_object('id', cluster, 'events', list(id ORDER BY id), 'documents', list(DISTINCT doc))::VARCHAR
            FROM g WHERE cluster IS NOT NULL GROUP BY cluster ORDER BY min(d) NULLS LAST""")
        c.execute("COMMIT")
        c.execute("CHECKPOINT")


class _Recorder:
    """A connection wrapper that records every (sql, params) it executes."""

    def __init__(self, con):
        self.con, self.calls = con, []

    def execute(self, sql, params=()):
        self.calls.append((sql, list(params)))
        return self.con.execute(sql, params)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--keep", type=Path, default=None, help="Build (or reuse) the store here instead of a temp dir.")
    args = ap.parse_args()

    import duckdb
    import uvicorn

    from chronicler.api import create_app, queries
    from chronicler.api.filters import Filters

    tmp = tempfile.TemporaryDirectory(prefix="chronicler-bench-")
    path = args.keep or Path(tmp.name) / "bench.duckdb"
    if not path.exists():
        t = time.perf_counter()
        generate(path, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    with open_store(path):  # a kept store from an older schema: migrate it first
        pass

    actor = "country:C042"
    cases = [
        ("timeline", "/api/timeline", {"limit": 100}),
        ("timeline", "/api/timeline", {"actor": actor, "limit": 100}),
        ("timeline", "/api/timeline", {"type": "ACCUSE", "from": "2020-01-01", "to": "2020-12-31", "limit": 100}),
        ("timeline", "/api/timeline", {"quad": "material_conflict", "status": "occurred", "from": "2019-06", "limit": 100}),
        ("events", "/api/events", {"limit": 100}),
        ("events", "/api/events", {"actor": actor, "limit": 100}),
        ("events", "/api/events", {"type": "ACCUSE", "from": "2020-01-01", "to": "2020-12-31", "limit": 100}),
        ("events", "/api/events", {"country": "C007", "from": "2018-01-01", "limit": 100}),
    ]
    # the SQL each case runs, recorded once, for the baseline
    raw = duckdb.connect(str(path), read_only=True)
    orphans = queries.has_orphans(raw)
    sqls = []
    for kind, _, params in cases:
        f = Filters.parse(actor=[params["actor"]] if "actor" in params else None,
                          country=[params["country"]] if "country" in params else None,
                          type=[params["type"]] if "type" in params else None,
                          quad=[params["quad"]] if "quad" in params else None,
                          status=[params["status"]] if "status" in params else None,
                          date_from=params.get("from"), date_to=params.get("to"))
        rec = _Recorder(raw)
        if kind == "timeline":
            queries.timeline(rec, f, limit=100, orphans=orphans)
        else:
            queries.events(rec, f, limit=100)
        sqls.append(rec.calls)
    raw.close()

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(url: str) -> dict:
        conn.request("GET", url)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise SystemExit(f"{url}: HTTP {resp.status} {body[:300]!r}")
        return json.loads(body)

    api_times: dict[str, list[float]] = {"timeline": [], "events": []}
    sql_times: dict[str, list[float]] = {"timeline": [], "events": []}
    print(f"{'case':78} {'items':>5} {'api p50':>8} {'api p95':>8} {'sql p95':>8} {'ratio':>6} {'cpu p50':>8}")
    for (kind, endpoint, params), calls in zip(cases, sqls):
        url = endpoint + "?" + urlencode(params)
        body = get(url)  # warm-up
        # API request and baseline alternate, so both see the same machine load
        ts, base, cpu = [], [], []
        handle = server.config.app.state.handle
        for _ in range(args.repeat):
            t, c0 = time.perf_counter(), time.process_time()
            get(url)
            ts.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            with handle.read() as cur:  # baseline: the same SQL straight on a read-only cursor
                t = time.perf_counter()
                for sql, p in calls:
                    cur.execute(sql, p).fetchall()
                base.append((time.perf_counter() - t) * 1000)
        api_times[kind] += ts
        sql_times[kind] += base
        print(f"{url[:78]:78} {len(body['items']):5d} {statistics.median(ts):7.1f}ms {_pct(ts, 95):7.1f}ms "
              f"{_pct(base, 95):7.1f}ms {_pct(ts, 95) / max(_pct(base, 95), 1e-6):5.2f}x {statistics.median(cpu):7.1f}ms")
    conn.close()
    server.should_exit = True
    thread.join(timeout=10)
    print()
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min)")
    for kind in ("timeline", "events"):
        a, b = api_times[kind], sql_times[kind]
        p95 = _pct(a, 95)
        print(f"/api/{kind}: p50 {statistics.median(a):.1f} ms, p95 {p95:.1f} ms over {len(a)} requests "
              f"(goal p95 < 100 ms: {'met' if p95 < 100 else 'NOT met'}); baseline SQL p95 {_pct(b, 95):.1f} ms, "
              f"ratio {p95 / max(_pct(b, 95), 1e-6):.2f}x")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
