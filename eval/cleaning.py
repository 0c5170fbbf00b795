"""Cleaning against hand-made gold: outlet, dateline, title, boilerplate removed, body kept, near-duplicates.

Gold: ``examples/alliance/gold.json`` (55 readable reports: outlet, dateline, title, boilerplate lines,
duplicate_group) and ``eval/data/samples_clean_gold.json`` (the two samples in ../shared: outlet, dateline,
first and last three body words — their text stays in ../shared).

Figures:
- outlet / dateline accuracy: exact match after case folding (None must match None);
- title accuracy: the cleaned title equals the gold title with an outlet suffix (" | Outlet", " - Outlet") removed;
- boilerplate recall: share of gold boilerplate lines none of whose characters is left in the body (a line the
  HTML extractor already dropped counts as removed);
- body kept: share of the gold body's non-space characters inside the body spans. The gold body is every line
  that is not gold boilerplate, minus the credit line, the dateline prefix and a repeated headline when the
  cleaner found them correctly (those belong in ``outlet``/``dateline``/``title``, not in the body);
- near-duplicates: pairwise precision and recall of "same cluster" against gold ``duplicate_group``.

Run: ``python eval/cleaning.py [--show]``. The samples part prints "skipped: data absent" without ../shared.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicler.clean.dedup import Deduper  # noqa: E402
from chronicler.clean.learned import LineCounts, apply_learned  # noqa: E402
from chronicler.clean.stage import clean_document  # noqa: E402
from chronicler.ingest.run import make_document  # noqa: E402
from chronicler.ingest.sources import RawRecord, read_file  # noqa: E402
from chronicler.model import Document  # noqa: E402

CORPUS = ROOT / "examples" / "alliance"
SAMPLES = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared")) / "samples" / "news"
SAMPLE_GOLD = ROOT / "eval" / "data" / "samples_clean_gold.json"


def load_corpus(folder: Path = CORPUS) -> list[tuple[dict, Document]]:
    """(gold entry, cleaned document) for every readable document of the example corpus."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["documents"]
    records: dict[str, RawRecord] = {}
    for path in sorted(folder.iterdir()):
        for r in read_file(path, 50 * 1024 * 1024):
            if isinstance(r, RawRecord):
                key = Path(r.source).name if r.format == "jsonl" else path.name
                records[key] = r
    out = []
    for g in gold:
        if g.get("broken"):
            continue
        out.append((g, clean_document(make_document(records[g["file"]]))))
    return out


def _fold(x: str | None) -> str | None:
    return None if x is None else " ".join(x.casefold().split())


def strip_outlet_suffix(title: str | None, outlet: str | None) -> str | None:
    """A gold page title without its " | Outlet" / " - Outlet" suffix (the cleaned title has none)."""
    if title is None or not outlet:
        return title
    m = re.match(r"^(.*?)\s+[|\-–—:]\s+" + re.escape(outlet) + r"\s*$", title, re.I)
    return m.group(1) if m else title


def _in_body(doc: Document) -> list[bool]:
    mask = [False] * len(doc.text)
    for s in doc.body_spans:
        mask[s.start:s.end] = [True] * (s.end - s.start)
    return mask


def boilerplate_and_body(g: dict, doc: Document) -> tuple[int, int, int, int]:
    """(gold boilerplate lines removed, gold boilerplate lines, gold body chars kept, gold body chars)."""
    mask = _in_body(doc)
    text = doc.text
    removed = total = 0
    gold_lines = [b.strip() for b in g.get("boilerplate", [])]
    bp_chars: set[int] = set()
    for line in gold_lines:
        total += 1
        hits = [m.start() for m in re.finditer(re.escape(line), text)]
        if not hits:
            removed += 1  # the extractor dropped it already
            continue
        ok = all(not any(mask[h:h + len(line)]) for h in hits)
        removed += ok
        for h in hits:
            bp_chars.update(range(h, h + len(line)))
    excused: set[int] = set()
    for s in doc.boilerplate_spans:  # a correctly found credit line or dateline is not lost body
        if (s.label == "credit" and _fold(doc.outlet) == _fold(g.get("outlet"))) or \
                (s.label == "dateline" and _fold(doc.dateline) == _fold(g.get("dateline"))) or \
                (s.label == "title" and _fold(doc.title) == _fold(strip_outlet_suffix(g.get("title"), g.get("outlet")))):
            excused.update(range(s.start, s.end))
    kept = body = 0
    for i, ch in enumerate(text):
        if ch.isspace() or i in bp_chars or i in excused:
            continue
        body += 1
        kept += mask[i]
    return removed, total, kept, body


def near_duplicates(pairs: list[tuple[dict, Document]]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of the near-duplicate clusters, with the gold and predicted pair counts."""
    marked = Deduper(None).assign([d for _, d in pairs])
    cluster = {d.id: d.duplicate_of or d.id for d in marked}
    gold_pairs, pred_pairs = set(), set()
    for (ga, a), (gb, b) in itertools.combinations(pairs, 2):
        key = (ga["file"], gb["file"])
        if ga.get("duplicate_group") and ga.get("duplicate_group") == gb.get("duplicate_group"):
            gold_pairs.add(key)
        if cluster[a.id] == cluster[b.id]:
            pred_pairs.add(key)
    tp = len(gold_pairs & pred_pairs)
    return (tp / len(pred_pairs) if pred_pairs else 1.0, tp / len(gold_pairs) if gold_pairs else 1.0,
            len(gold_pairs), len(pred_pairs))


def score_corpus(show: bool) -> dict[str, float]:
    """Print and return the example-corpus figures."""
    pairs = load_corpus()
    n = len(pairs)
    outlet = sum(_fold(d.outlet) == _fold(g.get("outlet")) for g, d in pairs)
    dateline = sum(_fold(d.dateline) == _fold(g.get("dateline")) for g, d in pairs)
    title = sum(_fold(d.title) == _fold(strip_outlet_suffix(g.get("title"), g.get("outlet"))) for g, d in pairs)
    removed = total = kept = body = 0
    for g, d in pairs:
        r, t, k, b = boilerplate_and_body(g, d)
        removed, total, kept, body = removed + r, total + t, kept + k, body + b
        if show and (r < t or k < b or _fold(d.outlet) != _fold(g.get("outlet"))
                     or _fold(d.dateline) != _fold(g.get("dateline"))
                     or _fold(d.title) != _fold(strip_outlet_suffix(g.get("title"), g.get("outlet")))):
            print(f"   {g['file']}: outlet {d.outlet!r}/{g.get('outlet')!r} dateline {d.dateline!r}/"
                  f"{g.get('dateline')!r} title {d.title!r} boilerplate {r}/{t} body {k}/{b}")
    counts = LineCounts()  # learned boilerplate, counted over the whole corpus as one ingest batch would
    marked = counts.mark([d for _, d in pairs])
    lr = lt = lk = lb = 0
    for (g, _), d in zip(pairs, marked):
        r_, t_, k_, b_ = boilerplate_and_body(g, apply_learned(d))
        lr, lt, lk, lb = lr + r_, lt + t_, lk + k_, lb + b_
    p, r, ng, npred = near_duplicates(pairs)
    res = {"docs": n, "outlet": outlet / n, "dateline": dateline / n, "title": title / n,
           "boilerplate_recall": removed / total if total else 1.0, "body_kept": kept / body if body else 1.0,
           "dup_precision": p, "dup_recall": r}
    print(f"example corpus: {n} docs, outlet {res['outlet']:.1%}, dateline {res['dateline']:.1%}, title "
          f"{res['title']:.1%}, boilerplate removed {removed}/{total} ({res['boilerplate_recall']:.1%}), body kept "
          f"{res['body_kept']:.1%}; near-duplicate pairs: precision {p:.1%}, recall {r:.1%} "
          f"({npred} predicted, {ng} gold)")
    print(f"  with learned boilerplate (min {counts.min_docs} docs per outlet): boilerplate removed {lr}/{lt} "
          f"({lr / lt if lt else 1:.1%}), body kept {lk / lb if lb else 1:.1%}")
    res.update(learned_boilerplate_recall=lr / lt if lt else 1.0, learned_body_kept=lk / lb if lb else 1.0)
    return res


def score_samples() -> dict[str, float] | None:
    """Print and return the figures on the two samples (None when ../shared is absent)."""
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))["documents"]
    if not SAMPLES.is_dir():
        print("samples: skipped: data absent")
        return None
    ok = {"outlet": 0, "dateline": 0, "first": 0, "last": 0}
    for name, g in gold.items():
        records = [r for r in read_file(SAMPLES / name, 50 * 1024 * 1024) if isinstance(r, RawRecord)]
        doc = clean_document(make_document(records[0]))
        words = doc.body.split()
        ok["outlet"] += _fold(doc.outlet) == _fold(g["outlet"])
        ok["dateline"] += _fold(doc.dateline) == _fold(g["dateline"])
        ok["first"] += words[:3] == g["first_words"]
        ok["last"] += words[-3:] == g["last_words"]
    n = len(gold)
    print(f"samples: {n} docs, outlet {ok['outlet']}/{n}, dateline {ok['dateline']}/{n}, body starts right "
          f"{ok['first']}/{n}, body ends right {ok['last']}/{n}")
    return {k: v / n for k, v in ok.items()}


def main() -> int:
    """Score the example corpus and the samples."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every document with an error")
    args = ap.parse_args()
    score_corpus(args.show)
    score_samples()
    return 0


if __name__ == "__main__":
    sys.exit(main())
