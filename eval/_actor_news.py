"""Actor coding on real news we did not write: the Timeline17 standoff gold (eval/data/t17_actors_gold.tsv, drawn
by eval/_t17_actor_sample.py) scored through the real stages (imported by eval/actors.py, ``--news-only``).

Each sampled article is read through ``nlp`` + ``actors`` with its ``time`` as the publication date; each gold
span is coded with ``actor_at`` on that date (a place span the stage leaves unmentioned with ``place_as_actor``, as
for the GSR and our probe sets). Gold country "-" means no country (an unlocated group) and must be coded with
none; gold sector "-" a bare country or IGO (no sector), "*" scored for country only; rows with country "x" were
drawn but are no actor and are not scored. A span found by no coder scores nothing. The articles are split by a
stable hash of topic and id: "tune" (misses may be listed, ``--news-misses``) and "measure" (scored, never listed).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
from _codes import same_code  # noqa: E402 (XKX is our KOS)

from _t17_actor_sample import GOLD, GOLD_B, T17, half, read_gold, sentence_hash
from _t17 import articles_by_key

HALVES = ("tune", "measure")
# Both standoff golds, scored and printed separately: the first (bpoil/H1N1, mostly companies and agencies) and the
# second (political topics: Egyptian protests, Haiti earthquake, the Jackson trial; session 7).
GOLDS = (("first gold (bpoil, H1N1)", GOLD), ("second gold (Egypt, Haiti, MJ)", GOLD_B))
# The gold was first labelled with MED for media and HLH for health; it was renamed to PLOVER's codes (JRN media,
# MED medical, as the GSR and our tables use) after the first scoring run. ``both_first`` scores the labels as first
# written, so the measure half read before the rename stays comparable.
FIRST_NAMING = {"JRN": "MED", "MED": "HLH"}


def _articles(topics: set[str], root: Path) -> dict[tuple[str, str], dict]:
    return articles_by_key(topics, root)


def _sentence_of(adoc: AnnotatedDocument, start: int) -> str | None:
    for s in adoc.nlp.sents if adoc.nlp is not None else ():
        if s.start_char <= start < s.end_char:
            return s.text
    return None


def run_news(pipeline: Pipeline, gold: Path = GOLD, root: Path = T17) -> dict:
    """Counts per half (``n`` scored mentions, right ``country``, ``n_sector`` scored for sector, right ``both``;
    ``none`` spans no coder found; ``drift`` rows whose sentence hash no longer matches), plus ``misses`` of the
    tune half only: (topic, id, start, end, gold country, gold sector, coded country, coded sector, actor id)."""
    rows = [r for r in read_gold(gold) if r[5] != "x"]
    arts = _articles({r[0] for r in rows}, root)
    keys = list(dict.fromkeys((r[0], r[1]) for r in rows))
    docs = []
    for topic, aid in keys:
        a = arts[(topic, aid)]
        pub = DateInterval.day(date.fromisoformat(a["time"][:10]))
        docs.append(AnnotatedDocument(Document(id=f"{topic}/{aid}", source=topic, text=a["text"], published=pub)))
    analysed = dict(zip(keys, pipeline.pipe(docs, batch_size=8)))
    counts: dict = {h: {"n": 0, "country": 0, "n_sector": 0, "both": 0, "both_first": 0, "none": 0, "drift": 0}
                    for h in HALVES}
    misses: list[tuple] = []
    for topic, aid, a, b, shash, country, sector in rows:
        adoc = analysed[(topic, aid)]
        start, end = int(a), int(b)
        sent = _sentence_of(adoc, start)
        c = counts[half(topic, aid)]
        if sent is None or sentence_hash(sent) != shash:
            c["drift"] += 1  # the segmenter or the article changed; the span is still scored by offsets
        on = adoc.document.published.earliest if adoc.document.published else None
        pred = actor_at(adoc, start, end, on) or place_as_actor(adoc, start, end)
        pc, ps = (pred.country, pred.sector) if pred else (None, None)
        want_c = None if country == "-" else same_code(country)  # XKX is our KOS
        ok_c = pred is not None and pc == want_c
        ok_s = ok_c and (sector == "*" or ps == (None if sector == "-" else sector))
        c["n"] += 1
        c["none"] += pred is None
        c["country"] += ok_c
        if sector != "*":
            c["n_sector"] += 1
            c["both"] += ok_s
            c["both_first"] += ok_c and ps == (None if sector == "-" else FIRST_NAMING.get(sector, sector))
        if half(topic, aid) == "tune" and not (ok_c and ok_s):
            misses.append((topic, aid, start, end, country, sector, pc, ps, pred.id if pred else None))
    counts["misses"] = misses
    return counts


def print_news(pipeline: Pipeline, list_misses: bool = False, halves: tuple[str, ...] = HALVES) -> None:
    """Print the news figures of ``halves`` for each gold (and the tune misses with their text when asked)."""
    if not T17.is_dir():
        print("Timeline17 actor gold: skipped: data absent")
        return
    print("Timeline17 actor gold (real news, our standoff labels; tune misses may be inspected, measure never):")
    for name, path in GOLDS:
        if not path.exists():
            continue
        counts = run_news(pipeline, path)
        print(f" {name} [{path.name}]")
        for h in halves:
            c = counts[h]
            pct = lambda k, n: f"{100 * k / n:.1f}% ({k}/{n})" if n else "n/a"  # noqa: E731
            print(f"  {h:7}  country {pct(c['country'], c['n'])}   country+sector {pct(c['both'], c['n_sector'])}   "
                  f"no actor at the span {c['none']}" + (f"   (labels as first named: country+sector "
                  f"{pct(c['both_first'], c['n_sector'])})" if path == GOLD else "")
                  + (f"   drifted sentences {c['drift']}" if c["drift"] else ""))
        if list_misses or os.environ.get("ACTORS_EVAL_NEWS_VERBOSE"):
            arts = _articles({m[0] for m in counts["misses"]}, T17)
            for topic, aid, a, b, gc, gs, pc, ps, pid in counts["misses"]:
                text = arts[(topic, aid)]["text"]
                print(f"  news {topic}/{aid} {text[a:b]!r} gold {gc}/{gs} got {pc}/{ps} ({pid}) "
                      f"| {text[max(0, a - 60):a]!r} ... {text[b:b + 40]!r}")
