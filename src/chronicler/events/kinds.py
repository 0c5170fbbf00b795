"""Loans from a word's kinds: an unlisted word takes the type its more specific words agree on (session 24).

The loans of ``borrow.py`` look up (synonyms, hypernyms) and across (derivations). Many political verbs lie above
the lexicon's words instead: "praise" has no listed synonym or hypernym, but its kinds (WordNet troponyms) "laud",
"extol", "applaud", "commend" are all SUPPORT; "criticize" is over "censure", "rebuke", "reprimand" (ACCUSE);
"promise" over "pledge", "guarantee" (AGREE). A word borrows from its kinds only where the other loans give nothing
(a gap filler), and only when at least ``MIN_KINDS`` distinct kinds of one trusted sense lend the same type and
that type holds ``MIN_SHARE`` of the sense's lending kinds; senses vote weighted by their rank.

The kinds of a sense are read from WordNet once (lexicon-independent, cached); the lexicon is asked at run time,
so a word taken out of the lexicon (``eval/events_unseen.py``) lends nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from chronicler.events.lexicon import spelling_variants
from chronicler.nlp import wordnet

#: Least number of distinct kinds of one sense that lend the winning type, and their least share of the sense's
#: lending kinds (a general verb's kinds scatter over many types: "set", "move").
MIN_KINDS = 3
MIN_SHARE = 0.6
#: Weight of a sense's vote (by its rank for the token's use), below a synonym's and a hypernym's: a kind is
#: more specific than the word, and may add a manner the word lacks.
KIND_WEIGHT = 0.5
#: Least weight of the winning type over all senses.
MIN_VOTE = 0.25


@lru_cache(maxsize=16384)
def kinds(word: str, pos: str, trusted: frozenset[str], limit: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """For each of ``word``'s first ``limit`` senses in the ``trusted`` lexicographer files: (sense number, the
    single-word lemmas of the synsets directly below it, ``word`` itself left out)."""
    out = []
    for raw, syn in enumerate(wordnet.synsets(word, pos)[:limit]):
        if syn.lexname not in trusted:
            continue
        below = tuple(dict.fromkeys(w for o in wordnet.hyponyms(syn) for w in wordnet.synset(o, pos).words
                                    if w != word and "_" not in w))
        if below:
            out.append((raw, below))
    return tuple(out)


#: :func:`may_lend_below`'s answers by (word, part of speech), each with the lending words and stop words it was
#: computed from (renewed when the lexicon's lending words are: a word taken out by an eval or a test).
_MAY: dict[tuple[str, str], tuple[frozenset[str], frozenset[str], bool]] = {}


def may_lend_below(word: str, pos: str, trusted: frozenset[str], limit: int, lending: frozenset[str],
                   stop: frozenset[str], types: Callable[[str], frozenset[str]]) -> bool:
    """Whether some trusted sense of ``word`` has ``MIN_KINDS`` kinds among the ``lending`` words (a typed lexicon
    row) that could lend one type (``types``: every type a word's rows give): else :func:`kinds_vote` would find
    nothing, whatever the token (token-independent: memoized)."""
    memo = _MAY.get((word, pos))
    if memo is None or memo[0] is not lending or memo[1] is not stop:
        possible = False
        for _, below in kinds(word, pos, trusted, limit):
            counts: Counter[str] = Counter()
            seen: set[str] = set()
            for w in below:
                if w in lending and w not in stop and w not in seen:
                    seen.update(spelling_variants(w))
                    counts.update(types(w))
            possible |= bool(counts) and max(counts.values()) >= MIN_KINDS
        memo = (lending, stop, possible)
        if len(_MAY) > 65536:
            _MAY.clear()
        _MAY[(word, pos)] = memo
    return memo[2]


def kinds_vote(word: str, pos: str, ranks: tuple[int | None, ...], weights: tuple[float, ...],
               trusted: frozenset[str], lend: Callable[[str], Any], stop: frozenset[str]) -> tuple[Any, str] | None:
    """The sense ``word`` borrows from its kinds, with the kind that lent it, or None. ``ranks``: each sense's
    voting rank for the token's use (None: no vote); ``lend(w)``: the lexicon sense a kind ``w`` lends to the
    token (the lender's conditions read on the token), or None."""
    votes: Counter[str] = Counter()
    best: dict[str, tuple[float, Any, str]] = {}
    for raw, below in kinds(word, pos, trusted, len(ranks)):
        rank = ranks[raw]
        if rank is None:
            continue
        lent: dict[str, tuple[Any, str]] = {}
        per_type: Counter[str] = Counter()
        seen: set[str] = set()
        for w in below:
            if w in stop or w in seen or any(v in seen for v in spelling_variants(w)):
                continue  # "endeavor" and "endeavour" are one kind
            sense = lend(w)
            if sense is None or not sense.type:
                continue
            seen.update(spelling_variants(w))
            per_type[sense.type] += 1
            lent.setdefault(sense.type, (sense, w))
        if not per_type:
            continue
        typ, n = per_type.most_common(1)[0]
        if n < MIN_KINDS or n < MIN_SHARE * sum(per_type.values()):
            continue
        weight = weights[rank] * KIND_WEIGHT
        votes[typ] += weight
        if typ not in best or weight > best[typ][0]:
            best[typ] = (weight, *lent[typ])
    if not votes:
        return None
    winner, weight = votes.most_common(1)[0]
    if weight < MIN_VOTE or weight < 0.75 * sum(votes.values()):
        return None
    return best[winner][1], best[winner][2]
