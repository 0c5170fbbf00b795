""""The two countries", "both sides", "the two governments": a pair named by count, resolved to the two
countries the text has just spoken of.

The actors stage codes names and titles, not such phrases. When a role's phrase is one of them, the two nearest
distinct countries of the coded mentions before it (in its sentence and the two before) stand for the pair, in
the order the text first names them, with a low confidence; with fewer than two such countries in sight, the two
countries the text has named most often before it (when two stand out), with less; else the role stays empty.
"""

from __future__ import annotations

from typing import Any, Callable

from chronicler.actors.mentionindex import MentionIndex
from chronicler.model import Actor
from chronicler.nlp.memo import token_indices
from chronicler.nlp.view import DocView

#: Nouns that, counted as two or "both", name a pair of states or their sides.
PAIR_NOUNS = frozenset({"country", "nation", "side", "government", "ally", "state", "capital", "neighbor",
                        "neighbour", "partner", "party", "leader", "minister", "chief", "delegation", "premier",
                        "president", "envoy"})
#: How many sentences before the phrase's own may name the pair.
SENTENCES_BACK = 2
PAIR_CONFIDENCE = 0.5
#: The words that count a pair noun as two (``is_pair_phrase``'s children).
PAIR_COUNTS = frozenset({"two", "both"})


def is_pair_phrase(tok: Any) -> bool:
    """True for "the two countries", "both sides", "the two allies" (a plural pair noun counted as two)."""
    if tok.lemma_.lower() not in PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet", "preconj")
                                                               and c.lower_ == "both") for c in tok.children)


def has_pair_phrase(span: Any) -> bool:
    """``any(is_pair_phrase(t) for t in span)``. On a parse view only the heads of the words "two" and "both" are
    read (a pair phrase has one as a child), so that a sentence without them makes no token objects."""
    doc = span.doc
    if doc.__class__ is not DocView:
        return any(is_pair_phrase(t) for t in span)
    heads = {doc.head_index(j) for j in token_indices(doc, "LOWER", PAIR_COUNTS)}
    return any(is_pair_phrase(doc[h]) for h in sorted(heads) if span.start <= h < span.end)


def is_bare_pair(tok: Any) -> bool:
    """True for a bare "the two" or "both" standing as a subject ("when the two meet", "both agreed")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("CD", "DT", "PDT", "NN"):
        return False
    if tok.lower_ == "both":
        return True
    return tok.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def two_before(tok: Any, index: MentionIndex, resolve: Callable[[int, int], Actor | None]) -> list[Actor]:
    """The two nearest distinct coded actors (people included) named before ``tok`` in its sentence, in text
    order; nothing when fewer than two are in sight."""
    lo, hi = tok.sent.start_char, tok.idx
    nearest: list[Actor] = []
    for m in reversed(index.inside(lo, hi)):
        actor = resolve(m.start, m.end)
        if actor is not None and all(a.id != actor.id for a in nearest):
            nearest.append(actor)
        if len(nearest) == 2:
            return nearest[::-1]
    return []


def _window_start(tok: Any) -> int:
    """Character offset where the search for the pair begins: ``SENTENCES_BACK`` sentences before ``tok``'s."""
    sent = tok.sent
    for _ in range(SENTENCES_BACK):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start_char


def country_actor(code: str, confidence: float) -> Actor:
    """A country as an actor, named from the actors lexicon when it is installed."""
    name = code
    try:
        from chronicler.actors.lexicon import default_lexicon

        name = default_lexicon().country_name(code) or code
    except ImportError:  # the actors stage is optional
        pass
    return Actor(f"country:{code}", name, "country", code, confidence=confidence)


def pair_before(tok: Any, index: MentionIndex, resolve: Callable[[int, int], Actor | None]) -> list[Actor]:
    """The two nearest distinct countries of the coded mentions before ``tok``, ordered by where the window first
    names each (the side a report leads with first), or nothing."""
    lo, hi = _window_start(tok), tok.idx
    first: dict[str, int] = {}
    nearest: list[str] = []
    for m in reversed(index.inside(lo, hi)):
        actor = resolve(m.start, m.end)
        code = actor.country if actor is not None else None
        if not code or code in ("IGO", "NGO"):
            continue
        first[code] = m.start
        if code not in nearest and len(nearest) < 2:
            nearest.append(code)
    if len(nearest) < 2:
        return _most_named(tok, index, resolve)
    return [country_actor(code, PAIR_CONFIDENCE) for code in sorted(nearest, key=lambda c: first[c])]


def _most_named(tok: Any, index: MentionIndex, resolve: Callable[[int, int], Actor | None]) -> list[Actor]:
    """The two countries named most often before ``tok`` in the whole text (a report's two sides), when two stand
    out: each named at least twice, and a third, if any, less often than the second. Lower confidence."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in index.up_to(tok.idx):
        if m.end > tok.idx:
            break
        actor = resolve(m.start, m.end)
        code = actor.country if actor is not None else None
        if code and code not in ("IGO", "NGO"):
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, m.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if len(ranked) < 2 or counts[ranked[1]] < 2 or (len(ranked) > 2 and counts[ranked[2]] == counts[ranked[1]]):
        return []
    return [country_actor(code, PAIR_CONFIDENCE * 0.8) for code in sorted(ranked[:2], key=lambda c: first[c])]
