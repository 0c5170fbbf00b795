"""Scorer of the blind wire-copy dating set of session 18 (`eval/data/dating_copies_s18/copies.jsonl`).

The set's reports are ingested into a scratch store exactly as `chronicler ingest` would (the pipeline cut to
`clean` and `dating`; near-duplicate marking on; the gold field stripped first), in two ingest runs (the first
half of the rows, then the rest: wire copies that arrive in different runs). The undated reports are then scored:
containment of the true date, exact best day, median width (open intervals count as infinitely wide). Cluster
index c with c % 3 == 2 is measure-only. Called by `eval/dating.py --copies-s18` (tune; `--copies-s18-errors`
lists the tune misses) and `--copies-s18-measure` (tune, then the measure part's aggregate only).
"""

from __future__ import annotations

import json
import math
import statistics
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "data" / "dating_copies_s18" / "copies.jsonl"


def rows() -> list[dict[str, Any]]:
    """The set's rows (with their gold)."""
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def date_rows(all_rows: list[dict[str, Any]], config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Ingest the rows (gold stripped) into a scratch store in two runs; the stored ``published`` by row id."""
    from chronicler.ingest.run import ingest
    from chronicler.pipeline import default_config
    from chronicler.store.db import open_store

    cfg = config or default_config()
    cfg = {**cfg, "pipeline": {**cfg.get("pipeline", {}), "stages": ["clean", "dating"]}}
    with tempfile.TemporaryDirectory() as tmp:
        half = len(all_rows) // 2
        for k, part in enumerate((all_rows[:half], all_rows[half:])):
            path = Path(tmp) / f"copies{k}.jsonl"
            path.write_text("".join(json.dumps({f: v for f, v in r.items() if f != "gold"}) + "\n" for r in part),
                            encoding="utf-8")
            ingest([path], Path(tmp) / "s.duckdb", config=cfg)
        with open_store(Path(tmp) / "s.duckdb") as st:
            out = {}
            for (data,) in st.query("SELECT data FROM documents"):
                d = json.loads(data)
                out[d["meta"]["id"]] = d
    return out


def _interval(doc: dict[str, Any]) -> tuple[date | None, date | None, date | None]:
    p = doc.get("published") or {}
    f = lambda k: date.fromisoformat(p[k]) if p.get(k) else None  # noqa: E731
    return f("earliest"), f("latest"), f("best")


def score(part: str, show_errors: bool = False, config: dict[str, Any] | None = None) -> dict[str, float]:
    """Score the undated reports of one part ("tune" or "measure"); print its line (tune misses when asked)."""
    want = (lambda c: c % 3 == 2) if part == "measure" else (lambda c: c % 3 != 2)
    all_rows = rows()
    dated = date_rows(all_rows, config)
    n = held = exact = 0
    widths: list[float] = []
    by_kind: Counter[str] = Counter()
    misses = []
    for r in all_rows:
        g = r["gold"]
        if g["given"] or not want(g["cluster"]):
            continue
        gold = date.fromisoformat(g["date"])
        lo, hi, best = _interval(dated.get(r["id"], {}))
        ok = (lo is None or lo <= gold) and (hi is None or gold <= hi)
        n += 1
        held += ok
        exact += best == gold
        widths.append(math.inf if lo is None or hi is None else (hi - lo).days + 1)
        by_kind[g["kind"] + (":held" if ok else ":out")] += 1
        by_kind[g["kind"] + (":exact" if best == gold else ":inexact")] += 1
        if show_errors and (not ok or best != gold):
            ev = [(e["kind"], e["text"]) for e in (dated.get(r["id"], {}).get("published") or {}).get("evidence", [])]
            misses.append(f"  {r['id']} ({g['kind']}) gold {gold} got [{lo}, {hi}] best {best}  {ev}")
    res = {"n": n, "containment": 100 * held / max(n, 1), "exact": 100 * exact / max(n, 1),
           "median_width": statistics.median(widths) if widths else math.nan}
    print(f"Copies s18 {part}: {n} undated reports, containment {res['containment']:.1f}%, exact day "
          f"{res['exact']:.1f}%, median width {res['median_width']} days")
    if part == "tune":
        kinds = sorted({k.split(':')[0] for k in by_kind})
        print("  by kind: " + "; ".join(f"{k} held {by_kind[k + ':held']}/{by_kind[k + ':held'] + by_kind[k + ':out']}"
                                         f" exact {by_kind[k + ':exact']}" for k in kinds))
    for m in misses:
        print(m)
    return res


def t17_study(t17_docs: list[tuple[str, str, date]]) -> None:
    """Copies on real news whose errors were never read: in each Timeline17 topic, every other article keeps its
    true date as given metadata, the rest are undated; the topic is dated as one batch with and without copies.
    Printed for the undated articles that get ``copy`` evidence: containment, exact day, median width, both ways."""
    from chronicler.clean.stage import clean_document
    from chronicler.model import DateInterval, Document
    from chronicler.pipeline import AnnotatedDocument
    from chronicler.time.dating.stage import DatingComponent, load_kb

    kb = load_kb({})
    topics: dict[str, list[tuple[str, str, date]]] = {}
    for name, text, truth in t17_docs:
        topics.setdefault(name.split("#")[0], []).append((name, text, truth))
    rows: dict[bool, list[tuple[DateInterval | None, date]]] = {False: [], True: []}
    lending = 0
    for docs in topics.values():
        batch = []
        for k, (name, text, truth) in enumerate(docs):
            given = DateInterval(truth, truth, truth, "day") if k % 2 == 0 else None
            batch.append(AnnotatedDocument(clean_document(Document(id=name, source=name, text=text, published=given))))
        out = {on: list(DatingComponent(kb, {}, False, copies=on).pipe(batch, batch_size=len(batch)))
               for on in (False, True)}
        for k, (with_copies, without) in enumerate(zip(out[True], out[False])):
            p = with_copies.document.published
            if k % 2 == 0 or p is None or "copy" not in {e.kind for e in p.evidence}:
                continue
            lending += any(e.kind == "copy" and e.implies.best is not None for e in p.evidence)
            rows[True].append((p, docs[k][2]))
            rows[False].append((without.document.published, docs[k][2]))
    for on in (False, True):
        xs = rows[on]
        n = len(xs) or 1
        held = sum(1 for p, t in xs if p is None or p.contains(t))
        exact = sum(1 for p, t in xs if p is not None and p.best == t)
        widths = [math.inf if p is None or p.width_days() is None else p.width_days() for p, _ in xs]
        print(f"Timeline17 copies study [copies {'on' if on else 'off'}]: {len(xs)} undated articles with a copy "
              f"({lending} with a dated one), containment {100 * held / n:.1f}%, exact day {100 * exact / n:.1f}%, "
              f"median width {statistics.median(widths) if widths else 'n/a'} days")
