"""Timeline summarisation on the Timeline17 dev topics: date F1 and align+ m:1 ROUGE-1/2 F (news-tls style).

For each topic: the articles are split into sentences (one per line in this packaging), each article is
timex-tagged with its given publication date (``time``) as the DCT, sentences are dated by their day-granular
timexes (lead sentences without one by the publication day), and ``summarize`` picks the gold's number of
dates and round(mean sentences per gold date) sentences per date, dates restricted to the gold timeline's
first..last date (``--extend N`` widens it by N days each side; news-tls restricts to the reference span too). Only sentence splitting and timex tagging run here, not the event
pipeline (speed; see docs). Compare with news-tls DATEWISE: date F1 0.544, ROUGE-1 0.120, ROUGE-2 0.035.

Usage: python eval/timeline17.py [--topics A,B] [--json] [--extend DAYS] [--weights doc=1,mention=0,published=0.25]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "eval" / "timeline17"
if not DATA.is_dir():
    DATA = Path("/work/shared/eval/timeline17")

from chronicler.timeline.metrics import align_m1_rouge, date_prf  # noqa: E402
from chronicler.timeline.summarize import DatedSentence, dated_sentences, day_of, summarize  # noqa: E402


def load_topic(folder: Path) -> tuple[list[dict], list[dict[date, list[str]]]]:
    """The articles and the gold timelines of one topic."""
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    golds = []
    for line in (folder / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            golds.append({date.fromisoformat(d[:10]): [s.strip() for s in sents] for d, sents in json.loads(line)})
    return articles, golds


def article_items(article: dict, tag) -> list[DatedSentence]:
    """Dated sentences of one article: timex days per line, publication day for undated lead lines."""
    text = article["text"]
    published = date.fromisoformat(article["time"][:10])
    timexes = tag(text, published)
    lines, pos = [], 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        if raw.strip():
            lines.append((start, start + len(raw), raw.strip()))
    sents = []
    for start, end, line in lines:
        days = [d for t in timexes if start <= t.start < end and (d := day_of(t.interval)) is not None]
        sents.append((line, days))
    return dated_sentences(str(article["id"]), published, sents)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topics", default="")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--weights", default="",
                    help="date-score weights other than the tuned defaults, e.g. mention=0.15,published=0.5")
    ap.add_argument("--extend", type=int, default=0,
                    help="widen the date window by this many days on each side of the gold's first..last date")
    args = ap.parse_args()
    if not DATA.is_dir():
        print("skipped: data absent")
        return 0
    try:
        from chronicler.time.tagger import tag
    except ImportError:
        print("skipped: the timex tagger (chronicler.time.tagger) is not installed")
        return 0
    weights = {k: float(v) for k, v in (kv.split("=") for kv in args.weights.split(",") if kv)}
    topics = sorted(p for p in DATA.iterdir() if p.is_dir())
    if args.topics:
        topics = [p for p in topics if p.name in args.topics.split(",")]
    rows = []
    t0 = time.perf_counter()
    n_articles = 0
    for folder in topics:
        articles, golds = load_topic(folder)
        n_articles += len(articles)
        items = [it for a in articles for it in article_items(a, tag)]
        for gold in golds:
            start, end = min(gold) - timedelta(days=args.extend), max(gold) + timedelta(days=args.extend)
            n = len(gold)
            k = max(1, round(statistics.mean(len(s) for s in gold.values())))
            window = [it for it in items if start <= it.date <= end]
            tl = summarize(window, n, k, weights=weights or None)
            pred = {date.fromisoformat(e["date"]): e["sentences"] for e in tl}
            _, _, df = date_prf(pred, [gold])
            # Baseline in the same run: the N days on which most articles of the window were published.
            pubs: dict[date, int] = {}
            for a in articles:
                p = date.fromisoformat(a["time"][:10])
                if start <= p <= end:
                    pubs[p] = pubs.get(p, 0) + 1
            base = {d: [] for d in sorted(pubs, key=lambda d: (-pubs[d], d))[:n]}
            bf = date_prf(base, [gold])[2]
            r1 = align_m1_rouge(pred, [gold], 1)[2]
            r2 = align_m1_rouge(pred, [gold], 2)[2]
            rows.append({"topic": folder.name, "dates": n, "k": k, "date_f1": df, "rouge1": r1, "rouge2": r2,
                         "baseline_date_f1": bf})
            if not args.json:
                print(f"{folder.name:22} dates={n:3} k={k} date F1={df:.3f} ROUGE-1 F={r1:.3f} ROUGE-2 F={r2:.3f}"
                      f"   (baseline date F1={bf:.3f})")
    mean = {m: statistics.mean(r[m] for r in rows) for m in ("date_f1", "rouge1", "rouge2", "baseline_date_f1")}
    secs = time.perf_counter() - t0
    if args.json:
        print(json.dumps({"topics": rows, "mean": mean, "articles": n_articles, "seconds": secs}, indent=2))
    else:
        print(f"{'MEAN (' + str(len(rows)) + ' timelines)':22} date F1={mean['date_f1']:.3f} "
              f"ROUGE-1 F={mean['rouge1']:.3f} ROUGE-2 F={mean['rouge2']:.3f}   ({n_articles} articles, {secs:.0f} s)")
        print(f"baseline (most-published days in the window): date F1={mean['baseline_date_f1']:.3f}")
        print("news-tls DATEWISE (Timeline17): date F1 0.544, ROUGE-1 0.120, ROUGE-2 0.035")
    return 0


if __name__ == "__main__":
    sys.exit(main())
