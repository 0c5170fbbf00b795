"""TempEval-3 Task A figures of the tagger on real news: the standoff TIMEX3 gold on Timeline17 sentences.

The gold (``eval/data/t17_timex_gold.tsv``, made by hand from the sample of ``eval/_t17_timex_sample.py``)
holds no text: kind ``S`` rows give a sampled sentence (char range in its article's ``text`` and an 8-hex MD5
of that text, to detect drift), kind ``T`` rows a TIMEX3 inside it (range, type, value, optional flag).
Each article is tagged whole with ``tag(text, dct)`` (its ``time`` as DCT); the timexes that overlap a sampled
sentence are the system's answer for it. An *optional* gold timex counts only when the system finds it
(matched: scored like any other; missed: not a miss). Halves by article: ``tune`` (errors listable) and
``measure`` (scored, never listed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from _t17 import md5_hash, topic_articles

GOLD = Path(__file__).resolve().parent / "data" / "t17_timex_gold.tsv"
HALVES = ("tune", "measure")


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3 of one sampled sentence (offsets into the article's text)."""

    start: int
    end: int
    type: str
    value: str
    optional: bool = False


@dataclass
class GoldSentence:
    """One sampled sentence of an article, with its gold timexes."""

    topic: str
    article: str
    dct: str
    half: str
    start: int
    end: int
    sha: str
    timexes: list[GoldTimex]


def read_gold(path: Path = GOLD) -> list[GoldSentence]:
    """The sampled sentences of the gold file, in file order."""
    sents: list[GoldSentence] = []
    by_key: dict[tuple[str, str, int, int], GoldSentence] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, topic, art, dct, half, start, end, typ, value, opt, sha = line.split("\t")
        if kind == "S":
            s = GoldSentence(topic, art, dct, half, int(start), int(end), sha, [])
            sents.append(s)
            by_key[(topic, art, s.start, s.end)] = s
        else:
            owner = next(s for s in reversed(sents) if s.topic == topic and s.article == art
                         and s.start <= int(start) and int(end) <= s.end)
            owner.timexes.append(GoldTimex(int(start), int(end), typ, value, opt == "1"))
    return sents


def load_articles(data: Path, topic: str) -> dict[str, dict]:
    """The articles of one Timeline17 topic by id."""
    return {str(r["id"]): r for r in topic_articles(topic, data)}


sentence_hash = md5_hash  # as written by the sampler


def reference_for(gold: Sequence[GoldTimex], system: Sequence, match: Callable) -> list[GoldTimex]:
    """The gold timexes that count: every required one, and the optional ones the system found."""
    found = {id(r) for r, _ in match(list(gold), system)}
    return [g for g in gold if not g.optional or id(g) in found]


def tag_sentences(data: Path, sents: Sequence[GoldSentence], tag: Callable) -> list[tuple[GoldSentence, str, list]]:
    """``(sentence, article text, system timexes overlapping it)``, each article tagged once, whole.

    A sentence whose text no longer hashes as recorded (the corpus changed) is skipped with a warning.
    """
    articles: dict[str, dict[str, dict]] = {}
    tagged: dict[tuple[str, str], list] = {}
    out = []
    for s in sents:
        if s.topic not in articles:
            articles[s.topic] = load_articles(data, s.topic)
        art = articles[s.topic].get(s.article)
        text = art["text"] if art else ""
        if art is None or sentence_hash(text[s.start:s.end]) != s.sha:
            print(f"warning: {s.topic}/{s.article} {s.start}-{s.end}: sentence changed or missing, skipped")
            continue
        key = (s.topic, s.article)
        if key not in tagged:
            tagged[key] = tag(text, date.fromisoformat(s.dct))
        system = [t for t in tagged[key] if t.start < s.end and t.end > s.start]
        out.append((s, text, system))
    return out


def error_lines(sent: GoldSentence, text: str, system: Sequence, match: Callable) -> list[str]:
    """Readable errors of one tune sentence (never called for the measure half)."""
    gold = reference_for(sent.timexes, system, match)
    pairs = match(gold, system)
    head = f"{sent.topic}/{sent.article} {sent.dct}"
    seen_r = {id(r) for r, _ in pairs}
    seen_s = {id(s) for _, s in pairs}
    lines = []
    for r, s in pairs:
        if (r.start, r.end, r.type, r.value) != (s.start, s.end, s.type, s.value):
            lines.append(f"{head} MISMATCH gold {text[r.start:r.end]!r} {r.type} {r.value} | ours "
                         f"{text[s.start:s.end]!r} {s.type} {s.value}")
    lines += [f"{head} MISSED {text[r.start:r.end]!r} {r.type} {r.value}" for r in gold if id(r) not in seen_r]
    lines += [f"{head} SPURIOUS {text[s.start:s.end]!r} {s.type} {s.value}" for s in system if id(s) not in seen_s]
    if lines:
        lines.append(f"    :: {text[sent.start:sent.end].strip()}")
    return lines


def run_news(data: Path, score_document: Callable, match: Callable, Counts: type, format_figures: Callable,
             errors: int = 0, gold_path: Path = GOLD, halves: Sequence[str] = HALVES) -> dict[str, object]:
    """Print the figures of ``halves`` (and up to ``errors`` tune error lines); return the counts per half."""
    from chronicler.time.tagger import tag

    sents = [s for s in read_gold(gold_path) if s.half in halves or (errors and s.half == "tune")]
    results = tag_sentences(data, sents, tag)
    totals = {h: Counts() for h in HALVES}
    n = dict.fromkeys(HALVES, 0)  # the measure half is never tagged unless its figures are asked for
    shown = 0
    for sent, text, system in results:
        totals[sent.half].add(score_document(reference_for(sent.timexes, system, match), system))
        n[sent.half] += 1
        if errors and sent.half == "tune" and shown < errors:
            lines = error_lines(sent, text, system, match)
            for line in lines:
                print(line)
            shown += len(lines) - 1 if lines else 0
    for h in halves:
        print(format_figures(f"news {h} half (Timeline17, {n[h]} sentences)", totals[h]))
    return totals
