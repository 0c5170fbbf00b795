"""How a verb token is used, and which of its WordNet senses fit that use (the loans' sense ranking, ``borrow.py``;
moved here in session 18 to keep borrow.py small)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.nlp import wordnet

#: How many of a word's senses vote, and each rank's weight (the rank among the senses that fit the token's use).
SENSE_WEIGHTS = (1.0, 0.5, 0.33, 0.25)
#: How many of a word's senses are read at all (a verb's senses that do not fit its use give way to later ones).
MAX_SENSES = 8
#: WordNet's verb frames with a direct object ("Somebody ----s something", "... somebody PP") and those without one
#: ("Somebody ----s", "Somebody ----s PP", "Somebody ----s to somebody").
TRANSITIVE_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})
INTRANSITIVE_FRAMES = frozenset({1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27})


def usage(kind: str, tok: Any) -> str:
    """How a verb token is used: "transitive" (a direct object, or a passive), "intransitive" (neither, nor a
    clause of its own), else "" (a noun, or a verb with a clause: every sense may fit)."""
    if kind != "verb":
        return ""
    deps = {c.dep_ for c in tok.children}
    if deps & {"dobj", "nsubjpass", "auxpass", "dative"}:
        return "transitive"
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return "transitive"  # a passive participle ("lay there, connected to a drip")
    if deps & {"ccomp", "xcomp", "conj"} or tok.dep_ in ("acl", "relcl", "xcomp", "amod", "conj"):
        return ""  # a clause; a participle or relative whose object may be the noun it modifies; verbs sharing
        # one object ("shock and awe the critics")
    return "intransitive"


@lru_cache(maxsize=16384)
def sense_ranks(word: str, pos: str, use: str) -> tuple[int | None, ...]:
    """For each of ``word``'s first ``MAX_SENSES`` senses, its voting rank once the senses whose verb frames fit
    ``use`` are put before those that do not, each group in WordNet's order (None: after the voting ranks). The
    frames are incomplete, so a sense that does not fit is put back, not dropped."""
    senses = wordnet.synsets(word, pos)[:MAX_SENSES]
    wanted = {"transitive": TRANSITIVE_FRAMES, "intransitive": INTRANSITIVE_FRAMES}.get(use)
    fits = [wanted is None or bool(wordnet.verb_frames(s, word) & wanted) for s in senses]
    order = [i for i, fit in enumerate(fits) if fit] + [i for i, fit in enumerate(fits) if not fit]
    ranks: list[int | None] = [None] * len(senses)
    for rank, i in enumerate(order[: len(SENSE_WEIGHTS)]):
        ranks[i] = rank
    return tuple(ranks)


def _has_clause(kind: str, tok: Any) -> bool:
    """Whether a verb token has a clause of its own (a that-clause or a to-infinitive)."""
    return kind == "verb" and any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in tok.children)
