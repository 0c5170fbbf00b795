"""Timeline summarisation: pick the N most important dates of a corpus and K sentences for each.

Input is a list of :class:`DatedSentence` — sentences tied to the day they report about: the day of a
day-granular time expression in the sentence, or, for the opening sentences of a report without one, the
report's publication day. A date's importance is the number of distinct reports referring to it (its
mentions counted once per report: spread across sources), plus an optional weight for every further
reference in the same report, with references by publication date counting less than explicit ones
(weights tuned on the Timeline17 dev topics: further references 0, publication-date references 0.25). For each chosen date the K sentences closest to the
TF-IDF centroid of that date's sentences are kept, skipping near-repeats of sentences already chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from chronicler.model import DateInterval

_TOKEN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_STOP = frozenset("""a an the of to in on at for by with from and or but is are was were be been has have had it its
this that these those as he she they we i you his her their our said says say will would can could not no s
""".split())

#: Default weights of the date score; tuned on the Timeline17 dev topics (eval/timeline17.py).
DATE_WEIGHTS = {"doc": 1.0, "mention": 0.0, "published": 0.25}


@dataclass(frozen=True)
class DatedSentence:
    """A sentence and the day it reports about."""

    text: str
    date: date
    doc: str
    published: date | None = None
    explicit: bool = True  # True: the day comes from a time expression in the sentence; False: publication date


def day_of(interval: DateInterval | None) -> date | None:
    """The single day an interval denotes, or None when it is wider than a day (or unknown)."""
    if interval is None or interval.earliest is None or interval.earliest != interval.latest:
        return None
    return interval.earliest


def dated_sentences(doc: str, published: date | None, sentences: Sequence[tuple[str, Sequence[date]]],
                    lead: int = 5, horizon_days: int | None = 3650) -> list[DatedSentence]:
    """The dated sentences of one report: ``sentences`` are (text, days referred to by its time expressions).

    A sentence is dated by each day it refers to (days more than ``horizon_days`` after publication dropped);
    one of the first ``lead`` sentences that refers to no day is dated by the publication day.
    """
    out: list[DatedSentence] = []
    for i, (text, days) in enumerate(sentences):
        kept = [d for d in dict.fromkeys(days)
                if published is None or horizon_days is None or (d - published).days <= horizon_days]
        for d in kept:
            out.append(DatedSentence(text, d, doc, published, True))
        if not kept and published is not None and i < lead:
            out.append(DatedSentence(text, published, doc, published, False))
    return out


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words."""
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP]


def date_scores(items: Iterable[DatedSentence], weights: dict[str, float] | None = None) -> dict[date, float]:
    """Importance of each date: distinct reports referring to it, plus extra references, publication refs discounted."""
    w = {**DATE_WEIGHTS, **(weights or {})}
    refs: dict[date, Counter] = defaultdict(Counter)
    for it in items:
        refs[it.date][(it.doc, it.explicit)] += 1
    scores: dict[date, float] = {}
    for d, per in refs.items():
        s = 0.0
        for (_, explicit), n in per.items():
            base = 1.0 if explicit else w["published"]
            s += base * (w["doc"] + w["mention"] * (n - 1))
        scores[d] = s
    return scores


def select_dates(items: Sequence[DatedSentence], n: int, weights: dict[str, float] | None = None) -> list[date]:
    """The ``n`` most important dates (ties: earlier first), in calendar order."""
    scores = date_scores(items, weights)
    top = sorted(scores, key=lambda d: (-scores[d], d))[:n]
    return sorted(top)


class _Tfidf:
    def __init__(self, texts: Iterable[str]):
        df: Counter = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(tokens(t)))
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
        self.default = math.log(n + 1) + 1

    def vec(self, text: str) -> dict[str, float]:
        tf = Counter(tokens(text))
        v = {w: c * self.idf.get(w, self.default) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def pick_sentences(items: Sequence[DatedSentence], k: int, tfidf: _Tfidf, max_sim: float = 0.5,
                   min_tokens: int = 5, max_tokens: int = 60) -> list[str]:
    """The ``k`` sentences of one date closest to its centroid, explicit references first on near-ties."""
    uniq: dict[str, DatedSentence] = {}
    for it in items:
        key = " ".join(it.text.split())
        if min_tokens <= len(key.split()) <= max_tokens:
            if key not in uniq or (it.explicit and not uniq[key].explicit):
                uniq[key] = it
    if not uniq:
        return []
    vecs = {t: tfidf.vec(t) for t in uniq}
    centroid: Counter = Counter()
    for v in vecs.values():
        centroid.update(v)
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    centroid = {w: x / norm for w, x in centroid.items()}
    ranked = sorted(uniq, key=lambda t: -(_cos(vecs[t], centroid) + (0.1 if uniq[t].explicit else 0.0)))
    chosen: list[str] = []
    for t in ranked:
        if all(_cos(vecs[t], vecs[c]) < max_sim for c in chosen):
            chosen.append(t)
        if len(chosen) >= k:
            break
    return chosen


def summarize(items: Sequence[DatedSentence], n_dates: int, k_sentences: int, query: str | None = None,
              weights: dict[str, float] | None = None) -> list[dict[str, object]]:
    """A summary timeline ``[{"date": "YYYY-MM-DD", "sentences": [...]}, ...]`` of the ``n_dates`` top dates.

    With ``query``, only sentences containing at least one of its words count.
    """
    if query:
        words = set(tokens(query))
        items = [it for it in items if words & set(tokens(it.text))]
    if not items or n_dates <= 0 or k_sentences <= 0:
        return []
    tfidf = _Tfidf(dict.fromkeys(it.text for it in items))
    by_date: dict[date, list[DatedSentence]] = defaultdict(list)
    for it in items:
        by_date[it.date].append(it)
    out = []
    for d in select_dates(items, n_dates, weights):
        sents = pick_sentences(by_date[d], k_sentences, tfidf)
        if sents:
            out.append({"date": d.isoformat(), "sentences": sents})
    return out
