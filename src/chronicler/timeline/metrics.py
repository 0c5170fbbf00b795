"""Timeline summarisation metrics (Martschat & Markert 2017, as reported by news-tls): date F1 and
alignment-based ROUGE-1/2 ("align+ m:1": many-to-one date alignment by date distance × content cost).

ROUGE counts follow the usual recipe: tokens split on white space, lower-cased, punctuation and stop words
dropped, Porter-stemmed (snowballstemmer's "porter"; spaCy's English stop word list stands in for ROUGE's
SMART list, so figures can differ slightly from the Perl script's). The content cost of the alignment uses
the unstemmed approximate ROUGE-1 F of the tilse definition.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache

Timeline = Mapping[date, Sequence[str]]

_PUNCT = frozenset(string.punctuation) | {"``", "''", "--", "-lrb-", "-rrb-"}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a core dependency
        return frozenset()
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _stemmer():
    try:
        import snowballstemmer
    except ImportError:
        return None
    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=100_000)
def _stem(w: str) -> str:
    s = _stemmer()
    return s.stemWord(w) if s is not None else w


def rouge_tokens(sentences: Sequence[str], stem: bool = True, stop: bool = True) -> list[str]:
    """The token sequence ROUGE compares: one list for all sentences of a date."""
    stops = _stop_words() if stop else frozenset()
    out = []
    for s in sentences:
        for t in s.lower().split():
            if t in _PUNCT or all(c in string.punctuation for c in t) or t in stops:
                continue
            out.append(_stem(t) if stem else t)
    return out


def _ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(zip(*(toks[i:] for i in range(n))))


def rouge_counts(pred: Sequence[str], refs: Sequence[Sequence[str]], n: int) -> tuple[int, int, int]:
    """(matches, precision denominator, recall denominator) of ROUGE-n of a summary against references."""
    p = _ngrams(rouge_tokens(pred), n)
    ref_counts = [_ngrams(rouge_tokens(r), n) for r in refs]
    match = sum(min(c, rc[g]) for g, c in p.items() for rc in ref_counts)
    return match, len(ref_counts) * sum(p.values()), sum(sum(rc.values()) for rc in ref_counts)


def _approx_rouge1_f(pred: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    p = Counter(t for s in pred for t in s.split() if t not in string.punctuation)
    rcs = [Counter(t for s in r for t in s.split() if t not in string.punctuation) for r in refs]
    match = sum(min(c, rc[t]) for t, c in p.items() for rc in rcs)
    pd, rd = len(rcs) * sum(p.values()), sum(sum(rc.values()) for rc in rcs)
    prec, rec = (match / pd if pd else 0.0), (match / rd if rd else 0.0)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def date_prf(pred: Timeline, refs: Sequence[Timeline]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the predicted dates against the union of the reference dates."""
    pd = set(pred)
    rd = set().union(*(set(r) for r in refs)) if refs else set()
    both = len(pd & rd)
    p = both / len(pd) if pd else 0.0
    r = both / len(rd) if rd else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ref_at(refs: Sequence[Timeline], d: date) -> list[Sequence[str]]:
    return [r.get(d, []) for r in refs]


def align_m1_rouge(pred: Timeline, refs: Sequence[Timeline], n: int) -> tuple[float, float, float]:
    """align+ m:1 ROUGE-n precision, recall, F1 of a predicted timeline against reference timelines.

    Precision: each predicted date is aligned to the reference date of least cost
    ``(1 - 1/(|Δdays|+1)) × (1 - approxROUGE1F)``; its n-gram matches count with weight 1/(|Δdays|+1).
    Recall: the same from each reference date to its cheapest predicted date.
    """
    pdates = sorted(pred)
    rdates = sorted(set().union(*(set(r) for r in refs))) if refs else []
    if not pdates or not rdates:
        return 0.0, 0.0, 0.0

    def cost(p: date, r: date) -> float:
        factor = 1 - 1 / (abs((p - r).days) + 1)
        return factor * (1 - _approx_rouge1_f(pred[p], _ref_at(refs, r)))

    pn = pdn = rn = rdn = 0.0
    for p in pdates:
        r = min(rdates, key=lambda x: cost(p, x))  # first minimum, as numpy's argmin
        m, pden, _ = rouge_counts(pred[p], _ref_at(refs, r), n)
        pn += m / (abs((p - r).days) + 1)
        pdn += pden
    for r in rdates:
        p = min(pdates, key=lambda x: cost(x, r))
        m, _, rden = rouge_counts(pred[p], _ref_at(refs, r), n)
        rn += m / (abs((p - r).days) + 1)
        rdn += rden
    prec = pn / pdn if pdn else 0.0
    rec = rn / rdn if rdn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
