"""Two-word people nouns WordNet lists as one ("state trooper", "drug dealer", "civil servant").

A modifier (noun or adjective) and the people noun it modifies can be one lexical item whose sense is not the
head's: a "state trooper" is a policeman, a "trooper" a cavalryman (listed MIL). When WordNet holds the pair as one
noun naming people, the pair borrows the sector of its own sense (``wordsense.borrow_sense``), the head word itself lending
nothing, and covers both words (a longer component wins the overlap) when its sector is not the head word's own.
Pairs our lists hold are left to them.
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import NOUN_KINDS, Lexicon
from chronicler.nlp import wordnet
from chronicler.nlp.memo import token_indices, token_strings

_NOUNS = frozenset({"NOUN"})


def collocation_components(sdoc: Any, lex: Lexicon, cands: list[Comp]) -> list[Comp]:
    """A component over each "<modifier> <people noun>" pair WordNet lists as one people noun, with the sector
    its sense borrows; pairs inside a listed phrase of two words or more are left to it."""
    from chronicler.actors.wordsense import PEOPLE_LEXNAMES, borrow, borrow_sense

    phrased = {i for c in cands if c.kind in NOUN_KINDS and c.end - c.start > 1 for i in c.tokens()}
    out = []
    ent_types = token_strings(sdoc, "ENT_TYPE")
    for i in token_indices(sdoc, "POS", _NOUNS):
        if i == 0 or i in phrased or ent_types[i]:
            continue  # (asked of the memo's columns: no Token is made for these)
        t = sdoc[i]
        mod = sdoc[t.i - 1]
        if mod.dep_ not in {"compound", "amod"} or mod.head.i != t.i or not mod.is_alpha or mod.i in phrased \
                or mod.ent_type_:
            continue
        for base in dict.fromkeys(wordnet.base_forms(t.lower_, "n") or [t.lower_]):
            sense = wordnet.first_sense(f"{mod.lower_}_{base}", "n")
            if sense is None or sense.lexname not in PEOPLE_LEXNAMES or sense.instance:
                continue
            head_forms = frozenset({t.lower_, base, base + "s", base + "es"})
            entry = borrow_sense(sense, f"{mod.lower_} {base}", lex, head_forms)
            alone = lex.lookup_noun(t.lower_) or borrow(t.lower_, lex)
            if entry is not None and (alone is None or alone.sector != entry.sector):  # else the head says it
                out.append(Comp(mod.i, t.i + 1, entry.kind, sdoc[mod.i:t.i + 1].text, entry))
            break
    return out
