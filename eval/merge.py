"""Event merging on the example corpus gold (examples/alliance/gold.json, ``events[].cluster`` labels).

Two measurements of pairwise clustering precision/recall/F1 (pairs of gold events put in one cluster):
1. oracle: the gold events themselves (type, actors, own date, status, the sentence around the gold text,
   document publication date, outlet and near-duplicate group) are merged by ``merge.cluster.Merger`` —
   the merging step alone, given perfect extraction;
2. end to end (when the pipeline has an ``events`` stage): the corpus is ingested into a temporary store
   (merging runs after each batch), each gold event is aligned to an extracted event of its document whose
   sentence contains its text (one of the gold type first), and the clusters of the aligned events are scored.

Usage: python eval/merge.py [--no-e2e] [--blind-s19[-errors|-measure]] [--blind-s21[-errors|-measure]]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "examples" / "alliance"

from chronicler.merge.build import DocInfo, build_cluster  # noqa: E402
from chronicler.merge.cluster import Merger  # noqa: E402
from chronicler.merge.metrics import pairwise_prf  # noqa: E402
from chronicler.model import Actor, DateInterval, Event, Provenance  # noqa: E402


def gold_interval(value: str | None, granularity: str | None) -> DateInterval | None:
    """The interval of a gold date string (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not value:
        return None
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        return DateInterval.day(date(*parts))
    if len(parts) == 2:
        y, m = parts
        end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
        return DateInterval(date(y, m, 1), date.fromordinal(end), None, "month")
    return DateInterval(date(parts[0], 1, 1), date(parts[0], 12, 31), None, granularity or "year")


def doc_text(name: str) -> str:
    """The raw text of a corpus file, or of one record of a .jsonl file (``file.jsonl#id``)."""
    if "#" in name:
        fname, rid = name.split("#", 1)
        for line in (CORPUS / fname).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if str(rec.get("id")) == rid:
                    return rec.get("text", "")
        return ""
    path = CORPUS / name
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def sentence_around(text: str, snippet: str) -> str:
    """The sentence of ``text`` containing ``snippet`` (the snippet itself when not found)."""
    flat = " ".join(text.split())
    i = flat.find(" ".join(snippet.split()))
    if i < 0:
        return snippet
    starts = [m.end() for m in re.finditer(r"[.!?]\s", flat[:i])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?](\s|$)", flat[i + len(snippet):])
    end = i + len(snippet) + (m.end() if m else len(flat))
    return flat[start:end].strip()


def country(code: str | None) -> Actor | None:
    return Actor(f"country:{code}", code, "country", code) if code else None


def oracle(gold: dict) -> tuple[float, float, float, dict]:
    """Merge the gold events themselves; return P, R, F1 and the clusters' details."""
    events, truth, docs = [], {}, {}
    for d in gold["documents"]:
        pub = gold_interval(d.get("published"), None)
        docs[d["file"]] = DocInfo(d["file"], pub.best if pub else None, d.get("outlet"), d.get("duplicate_group"))
        text = doc_text(d["file"])
        for i, g in enumerate(d.get("events", [])):
            eid = f"{d['file']}#{i}"
            events.append(Event(eid, g["type"], Provenance(d["file"], i, sentence_around(text, g["text"])),
                                source=country(g.get("source")), target=country(g.get("target")),
                                date=gold_interval(g.get("date"), g.get("granularity")), status=g.get("status", "occurred")))
            truth[eid] = g["cluster"]
    events.sort(key=lambda e: (docs[e.provenance.document].published or date.max, e.id))
    m = Merger()
    pred = {e.id: m.add(e, docs[e.provenance.document].published) for e in events}
    by_id = {e.id: e for e in events}
    clusters = {cid: build_cluster(cid, [by_id[x] for x in c.members], docs) for cid, c in m.clusters.items()}
    return (*pairwise_prf(truth, pred), {"events": len(events), "gold_clusters": len(set(truth.values())),
                                         "predicted_clusters": len(clusters), "clusters": clusters, "truth": truth,
                                         "pred": pred})


def end_to_end(gold: dict) -> tuple[float, float, float, dict] | None:
    """Ingest the corpus with the default pipeline and score the clusters of the aligned extracted events."""
    from chronicler.pipeline import default_config

    if "events" not in default_config().get("pipeline", {}).get("stages", []):
        return None
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "e2e.duckdb"
        ingest([str(CORPUS)], db)
        return score_store(db, gold)


def score_store(db: Path, gold: dict) -> tuple[float, float, float, dict]:
    """Pairwise scores of a store's clusters on the gold events aligned to its extracted events."""
    from chronicler.store.db import open_store

    with open_store(db, read_only=True) as st:
        rows = st.query("SELECT d.source, d.meta_id, e.id, e.cluster_id, json_extract_string(e.data, "
                        "'$.provenance.text'), e.type FROM events e JOIN (SELECT id, source, json_extract_string(data, "
                        "'$.meta.id') AS meta_id FROM documents) d ON d.id = e.document_id")
    by_file: dict[str, list[tuple[str, str, str, str]]] = {}
    for source, meta_id, eid, cid, sent, etype in rows:
        key = Path(source).name + (f"#{meta_id}" if source.endswith(".jsonl") and meta_id else "")
        by_file.setdefault(key, []).append((eid, cid, " ".join((sent or "").split()), etype))
    truth, pred, aligned, total = {}, {}, 0, 0
    for d in gold["documents"]:
        for i, g in enumerate(d.get("events", [])):
            total += 1
            snippet = " ".join(g["text"].split())
            hits = [(etype != g["type"], eid, cid) for eid, cid, sent, etype in by_file.get(d["file"], [])
                    if snippet in sent and cid]
            hits.sort()  # an extracted event of the gold type first
            if hits:
                aligned += 1
                key = f"{d['file']}#{i}"
                truth[key], pred[key] = g["cluster"], hits[0][2]
    return (*pairwise_prf(truth, pred), {"gold_events": total, "aligned": aligned})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-e2e", action="store_true")
    ap.add_argument("--blind-s19", action="store_true", help="the blind merge set s19 alone (tune part)")
    ap.add_argument("--blind-s19-errors", action="store_true", help="... and list its tune mentions")
    ap.add_argument("--blind-s19-measure", action="store_true", help="... its measure part's aggregates only")
    ap.add_argument("--blind-s21", action="store_true", help="the blind merge set s21 alone (tune part)")
    ap.add_argument("--blind-s21-errors", action="store_true", help="... and list its tune mentions")
    ap.add_argument("--blind-s21-measure", action="store_true", help="... its measure part's aggregates only")
    args = ap.parse_args()
    if args.blind_s21 or args.blind_s21_errors or args.blind_s21_measure:
        sys.path.insert(0, str(ROOT / "eval"))  # eval/_merge_s21.py alone
        from _merge_s21 import run as s21_run
        s21_run("measure" if args.blind_s21_measure else "tune", args.blind_s21_errors, not args.no_e2e)
        return 0
    if args.blind_s19 or args.blind_s19_errors or args.blind_s19_measure:
        sys.path.insert(0, str(ROOT / "eval"))  # eval/_merge_s19.py alone
        from _merge_s19 import run as s19_run
        s19_run("measure" if args.blind_s19_measure else "tune", args.blind_s19_errors, not args.no_e2e)
        return 0
    gold_path = CORPUS / "gold.json"
    if not gold_path.exists():
        print("skipped: data absent")
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    p, r, f, info = oracle(gold)
    print(f"oracle events: {info['events']} events, {info['gold_clusters']} gold clusters, "
          f"{info['predicted_clusters']} predicted; pairwise P={p:.3f} R={r:.3f} F1={f:.3f}")
    big = max(info["clusters"].values(), key=lambda c: c.mention_count)
    print(f"  largest predicted cluster: {big.type} {big.mention_count} mentions, {big.source_count} sources, "
          f"date {big.date.earliest if big.date else None}..{big.date.latest if big.date else None}: {big.summary[:90]}")
    if not args.no_e2e:
        res = end_to_end(gold)
        if res is None:
            print("end to end: skipped (no events stage in the default pipeline yet)")
        else:
            p2, r2, f2, info2 = res
            print(f"end to end: {info2['aligned']}/{info2['gold_events']} gold events aligned to extracted events; "
                  f"pairwise P={p2:.3f} R={r2:.3f} F1={f2:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
