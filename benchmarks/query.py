"""Query latency: the timeline query over 1M synthetic stored events (goal p95 < 100 ms).

    python benchmarks/query.py [--events 1000000] [--queries 50]

Synthetic events (random types, 40 country actors, dates over 25 years, in random order so that no zone map
helps) are generated inside DuckDB by SQL. The timeline query is ``store.queries.list_events`` for one
actor over one year, a page of 200 events by date (the query behind ``chronicler events`` and a timeline
view), timed end to end including JSON decoding. Baseline in the same run: the same filter as a bare SQL
``count(*)``. Needs no ../shared data.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import _common  # noqa: F401 - puts src/ on the path

from chronicler.model import PLOVER_TYPES, Event, from_dict
from chronicler.store.db import open_store
from chronicler.store.queries import event_json, list_events

COUNTRIES = ["USA", "JPN", "CHN", "KOR", "PRK", "RUS", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "IRQ", "ISR", "EGY",
             "SYR", "TUR", "UKR", "BRA", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "SAU", "ARE", "NGA", "ZAF",
             "KEN", "ETH", "ARG", "CHL", "COL", "VEN", "CUB", "ITA", "ESP", "POL"]
START = date(2000, 1, 1)
DAYS = 25 * 365


def generate(db: Path, n: int) -> None:
    """Fill a fresh store with ``n`` synthetic events and their country actors, by SQL."""
    with open_store(db) as st:
        con = st.con
        countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
        types = "[" + ", ".join(f"'{t}'" for t in PLOVER_TYPES) + "]"
        con.execute(f"""INSERT INTO actors SELECT 'country:' || c, c, 'country', c, NULL, NULL, NULL, '[]',
            '{{"id": "country:' || c || '", "name": "' || c || '", "kind": "country", "country": "' || c || '"}}'
            FROM (SELECT unnest({countries}) AS c)""")
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT i, 'ev' || lpad(i::VARCHAR, 9, '0') AS id, 'doc' || lpad((i // 8)::VARCHAR, 8, '0') AS doc,
                   (i % 8)::INTEGER AS sent, {types}[1 + (hash(i) % {len(PLOVER_TYPES)})::INTEGER] AS type,
                   {countries}[1 + (hash(i + 1) % {len(COUNTRIES)})::INTEGER] AS src,
                   {countries}[1 + (hash(i + 2) % {len(COUNTRIES)})::INTEGER] AS tgt,
                   DATE '{START}' + (hash(i + 3) % {DAYS})::INTEGER AS d
            FROM range({n}) t(i) ORDER BY hash(i + 4)""")
        con.execute("""
            INSERT INTO events SELECT id, doc, sent, type, NULL, NULL, NULL, 'country:' || src, 'country:' || tgt,
                   src, tgt, NULL, d, d, d, 'day', 'timex', 'occurred', 0.9, NULL,
                   '{"id": "' || id || '", "type": "' || type || '", "provenance": {"document": "' || doc ||
                   '", "sentence": ' || sent || ', "text": "A synthetic sentence.", "spans": []}, ' ||
                   '"source": {"id": "country:' || src || '", "name": "' || src || '", "kind": "country", "country": "'
                   || src || '"}, "target": {"id": "country:' || tgt || '", "name": "' || tgt ||
                   '", "kind": "country", "country": "' || tgt || '"}, "date": {"earliest": "' || d ||
                   '", "latest": "' || d || '", "best": "' || d || '", "granularity": "day", "evidence": []}, ' ||
                   '"date_source": "timex", "status": "occurred", "confidence": 0.9}'
            FROM gen""")
        con.execute("DROP TABLE gen")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--queries", type=int, default=50)
    p.add_argument("--page", type=int, default=200)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="chronicler-bench-"))
    try:
        db = tmp / "events.duckdb"
        t = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f}s")
        rng = random.Random(7)
        plans = []
        for _ in range(args.queries):
            start = START + timedelta(days=rng.randrange(DAYS - 365))
            plans.append((rng.choice(COUNTRIES), start, start + timedelta(days=365)))
        with open_store(db, read_only=True) as st:
            list_events(store=st, actor=["JPN"], limit=10)  # warm-up
            api, raw, full, sizes, decode = [], [], [], [], []
            for country, d0, d1 in plans:
                t = time.perf_counter()
                rows = list_events(store=st, actor=[country], date_from=d0, date_to=d1, limit=args.page)
                api.append(time.perf_counter() - t)
                t = time.perf_counter()
                st.query("SELECT count(*) FROM events WHERE (source_country = ? OR target_country = ?) "
                         "AND date_latest >= ? AND date_earliest <= ?", [country, country, d0, d1])
                raw.append(time.perf_counter() - t)
                t = time.perf_counter()
                sizes.append(len(list_events(store=st, actor=[country], date_from=d0, date_to=d1)))
                full.append(time.perf_counter() - t)
                assert len(rows) == min(args.page, sizes[-1])
                data = [r[0] for r in st.query("SELECT data FROM events WHERE id IN (SELECT unnest(?))",
                                               [[r["id"] for r in rows]])]
                t = time.perf_counter()
                [event_json(from_dict(Event, json.loads(d))) for d in data]
                decode.append(time.perf_counter() - t)

        def p95(xs: list[float]) -> float:
            return statistics.quantiles(xs, n=20)[-1]

        print(f"{args.queries} timeline queries (one actor, one year): page of {args.page}, "
              f"matching events per query median {statistics.median(sizes):.0f}")
        for name, xs in (("timeline page (list_events)", api), ("bare SQL count(*), same filter", raw),
                         ("whole year unpaged (list_events)", full),
                         ("  of a page: JSON -> Event -> JSON", decode)):
            print(f"  {name:34} p50 {1000 * statistics.median(xs):7.1f} ms   p95 {1000 * p95(xs):7.1f} ms")
        print(f"timeline page p95 / bare SQL p95: {p95(api) / p95(raw):.2f}")
        print(_common.ratio_line("timeline page p95 / 100 ms", p95(api) / 0.1, "< 1.0", p95(api) < 0.1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
