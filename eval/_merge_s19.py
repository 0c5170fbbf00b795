"""Scorer of the blind merge set of session 19 (`eval/data/merge_blind_s19/`: reports.jsonl + gold.tsv).

Two runs, as `eval/merge.py` does for the example corpus:
1. oracle: the gold mentions themselves (type, country actors, own date, own status, the sentence around the
   snippet, the report's publication date) are merged by ``merge.cluster.Merger`` and built by
   ``merge.build.build_cluster``;
2. end to end: the reports are ingested into a scratch store with the default pipeline (merging runs after the
   batch), each gold mention is aligned to an extracted event of its report whose sentence contains the
   snippet (one of the gold type first) and the stored clusters are scored.
Figures: pairwise P/R/F1 (``merge.metrics.pairwise_prf``) and status accuracy: the displayed status of the
predicted cluster of each aligned mention against the gold ``cluster_status``. Story s with s % 3 == 2 is
measure-only. Called by `eval/merge.py --blind-s19` (tune; `--blind-s19-errors` lists the tune part's
clusters) and `--blind-s19-measure` (the measure part's aggregates only).
"""

from __future__ import annotations

import csv
import json
import re
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "data" / "merge_blind_s19"


def gold_rows(part: str) -> list[dict[str, str]]:
    """The gold mentions of one part ("tune", "measure" or "all")."""
    with (SET / "gold.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    if part == "all":
        return rows
    return [r for r in rows if (int(r["story"]) % 3 == 2) == (part == "measure")]


def reports() -> dict[str, dict[str, Any]]:
    """The set's reports by id."""
    lines = (SET / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in (json.loads(x) for x in lines if x.strip())}


def _sentence(text: str, snippet: str) -> str:
    flat = " ".join(text.split())
    i = flat.find(snippet)
    if i < 0:
        return snippet
    starts = [m.end() for m in re.finditer(r"[.!?]\s", flat[:i])]
    m = re.search(r"[.!?](\s|$)", flat[i + len(snippet):])
    return flat[starts[-1] if starts else 0: i + len(snippet) + (m.end() if m else len(flat))].strip()


def oracle(rows: list[dict[str, str]], config: dict[str, Any] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Merge the gold mentions themselves: predicted cluster id and displayed status by mention key."""
    from merge import country, gold_interval  # eval/merge.py

    from chronicler.merge.build import DocInfo, build_cluster
    from chronicler.merge.cluster import Merger
    from chronicler.model import Event, Provenance

    reps = reports()
    docs = {rid: DocInfo(rid, date.fromisoformat(r["published"]), r["url"].split("/")[2]) for rid, r in reps.items()}
    events = []
    for i, g in enumerate(rows):
        events.append(Event(f"{g['report']}#{i}", g["type"],
                            Provenance(g["report"], i, _sentence(reps[g["report"]]["text"], g["text"])),
                            source=country(g["source"]), target=country(g["target"]),
                            date=gold_interval(g["date"], None), status=g["status"]))
    events.sort(key=lambda e: (docs[e.provenance.document].published, e.id))
    m = Merger(config)
    pred = {e.id: m.add(e, docs[e.provenance.document].published) for e in events}
    by_id = {e.id: e for e in events}
    status = {cid: build_cluster(cid, [by_id[x] for x in c.members], docs).status for cid, c in m.clusters.items()}
    return pred, {k: status[c] for k, c in pred.items()}


def end_to_end(rows: list[dict[str, str]], config: dict[str, Any] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Ingest the reports into a scratch store; predicted cluster and its status by aligned mention key."""
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    wanted = {g["report"] for g in rows}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for rid, r in reports().items()
                                if rid in wanted), encoding="utf-8")
        ingest([path], Path(tmp) / "s.duckdb", **({"config": config} if config else {}))
        with open_store(Path(tmp) / "s.duckdb", read_only=True) as st:
            found = st.query("SELECT json_extract_string(d.data, '$.meta.id'), e.cluster_id, e.type, "
                             "json_extract_string(e.data, '$.provenance.text'), c.status, "
                             "json_extract_string(e.data, '$.trigger') FROM events e "
                             "JOIN documents d ON d.id = e.document_id LEFT JOIN clusters c ON c.id = e.cluster_id")
    by_report: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    for rid, cid, etype, sent, status, trigger in found:
        if cid:
            by_report[rid].append((cid, etype, " ".join((sent or "").split()), status, trigger or ""))
    pred, shown = {}, {}
    for i, g in enumerate(rows):  # an event of the gold type first, then one whose trigger is in the snippet
        hits = sorted((etype != g["type"], trig not in g["text"], cid, status)
                      for cid, etype, sent, status, trig in by_report[g["report"]] if g["text"] in sent)
        if hits:
            pred[f"{g['report']}#{i}"], shown[f"{g['report']}#{i}"] = hits[0][2], hits[0][3]
    return pred, shown


def figures(rows: list[dict[str, str]], pred: dict[str, str], shown: dict[str, str]) -> dict[str, float]:
    """Pairwise P/R/F1 and status accuracy over the aligned mentions."""
    from chronicler.merge.metrics import pairwise_prf

    truth = {f"{g['report']}#{i}": g["cluster"] for i, g in enumerate(rows)}
    want = {f"{g['report']}#{i}": g["cluster_status"] for i, g in enumerate(rows)}
    p, r, f = pairwise_prf(truth, pred)
    ok = sum(shown[k] == want[k] for k in shown)
    return {"n": len(rows), "aligned": len(pred), "P": p, "R": r, "F1": f,
            "status": ok / len(shown) if shown else 0.0, "status_ok": ok}


def line(name: str, fig: dict[str, float]) -> str:
    """One printed line of figures."""
    return (f"{name}: {fig['aligned']}/{fig['n']} mentions aligned; pairwise P={fig['P']:.3f} R={fig['R']:.3f} "
            f"F1={fig['F1']:.3f}; status {fig['status_ok']}/{fig['aligned']} = {fig['status']:.3f}")


def errors(rows: list[dict[str, str]], pred: dict[str, str], shown: dict[str, str]) -> list[str]:
    """Per-mention lines of a part (gold cluster, predicted cluster, statuses) for the stories with a miss."""
    keyed = [(f"{g['report']}#{i}", g) for i, g in enumerate(rows)]
    out = []
    for k, g in keyed:
        if k not in pred:
            out.append(f"  {g['cluster']:<22} UNALIGNED {g['report']} {g['type']} '{g['text'][:60]}'")
            continue
        out.append(f"  {g['cluster']:<22} {pred[k][-14:]:<14} {g['report']} {g['type']:<8} {g['status']:<12} "
                   f"shown={shown[k]:<12} want={g['cluster_status']:<12} '{g['text'][:50]}'")
    return out


def run(part: str, show_errors: bool = False, e2e: bool = True) -> None:
    """Print the oracle and end-to-end lines of one part (with its per-mention lines when asked; tune only)."""
    rows = gold_rows(part)
    runs = [("oracle", oracle)] + ([("end to end", end_to_end)] if e2e else [])
    for name, fn in runs:
        pred, shown = fn(rows)
        print(line(f"merge blind s19 {part} {name}", figures(rows, pred, shown)))
        if show_errors and part == "tune":
            print("\n".join(errors(rows, pred, shown)))
