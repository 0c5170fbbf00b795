""""The North" and "the South" of a divided country as actors.

In a report about Korea, a capitalised "the North" used as a noun phrase (subject, object, possessor) is North
Korea and "the South" South Korea; likewise Sudan and South Sudan, and the former halves of Yemen and Vietnam.
Which pair a report means is read from the names it gives: the pair named in the same sentence, else the one
named nearest before (then after) the phrase. A report naming no pair gets no actor: "the North" of England or
of a war is a region, never a guessed state. Regions of a country ("in the North") are places, not actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import Entry, Lexicon
from chronicler.nlp.memo import doc_text, token_indices


@dataclass(frozen=True)
class Pair:
    """A divided country: the lexicon names of its northern and southern state, the words that name the pair
    in a report, and the day the southern state began (None: no limit)."""

    north: str
    south: str
    names: str  # a regular expression alternation
    south_since: date | None = None


PAIRS = (
    Pair("North Korea", "South Korea", r"(?:North |South |N\. |S\. )?Korea(?:ns?)?|DPRK|ROK|Pyongyang|Seoul"),
    Pair("Sudan", "South Sudan", r"(?:North |South |Northern |Southern )?Sudan(?:ese)?|Khartoum|Juba",
         date(2011, 7, 9)),
    Pair("North Yemen", "South Yemen", r"(?:North |South )?Yemeni?|Sanaa|Aden"),
    Pair("North Vietnam", "South Vietnam", r"(?:North |South )?Vietnam(?:ese)?|Hanoi|Saigon"),
)
_NAMED = [re.compile(rf"\b(?:{p.names})\b") for p in PAIRS]
#: The lower-case forms of the two words (the tokens a report's halves can be).
_HALF_WORDS = frozenset({"north", "south"})
#: Prepositions after which "the North" is where something happens, not who acts.
_LOCATIVE = {"in", "into", "across", "throughout", "within", "inside", "near", "over", "around", "through"}
#: Dependencies of a noun phrase that is an argument: subject, object, possessor, agent, apposition.
_ARGUMENT = {"nsubj", "nsubjpass", "dobj", "poss", "pobj", "agent", "dative", "appos", "attr"}


def half_components(sdoc: Any, lex: Lexicon, on: date | None = None) -> list[Comp]:
    """A country component for every capitalised "the North"/"the South" noun phrase of a report that names a
    divided country, coded as that country's half (as of ``on``, the report's date, for a state not yet born)."""
    # only the words "north"/"south" in any case are made Tokens (from the per-Doc column of lower-case forms)
    words = [t for t in map(sdoc.__getitem__, token_indices(sdoc, "LOWER", _HALF_WORDS))
             if t.text in {"North", "South"} and _argument(sdoc, t)]
    if not words:
        return []
    text = doc_text(sdoc)  # once per Doc (spaCy joins the tokens anew on each read)
    named = sorted((m.start(), k) for k, rx in enumerate(_NAMED) for m in rx.finditer(text))
    out = []
    for t in words:
        pair = _pair_for(sdoc, t, named)
        if pair is None:
            continue
        name = pair.north if t.text == "North" else pair.south
        if t.text == "South" and pair.south_since and on is not None and on < pair.south_since:
            continue  # a region of one state then, not yet a state of its own
        entry = lex.lookup_name(name)
        if entry is None or not entry.country:
            continue
        out.append(Comp(t.i, t.i + 1, "country", t.text,
                        Entry("country", t.text, entry.country, None, entry.name, min(entry.confidence, 0.9),
                              f"the {t.text} of {pair.north} and {pair.south}")))
    return out


def _argument(sdoc: Any, t: Any) -> bool:
    """True when ``t`` is "the North"/"the South" standing alone as a noun phrase that is a clause argument."""
    if t.i == 0 or sdoc[t.i - 1].lower_ != "the":
        return False
    nxt = sdoc[t.i + 1] if t.i + 1 < len(sdoc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return False  # "the North Atlantic", "the South China Sea", "the North Korean leader"
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"} and t.dep_ in {"compound", "amod", "nmod"}:
        return False  # "the South side"
    head = t
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "the North and the South": the first conjunct's place in the clause
    if head.dep_ not in _ARGUMENT:
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE)


def _pair_for(sdoc: Any, t: Any, named: list[tuple[int, int]]) -> Pair | None:
    """The pair named in ``t``'s sentence, else the one named nearest before it, else nearest after it."""
    if not named:
        return None
    sent = t.sent
    lo, hi = sent.start_char, sent.end_char
    here = [k for pos, k in named if lo <= pos < hi]
    if here:
        return PAIRS[here[0]] if len(set(here)) == 1 else None  # two pairs in one sentence: say nothing
    before = [k for pos, k in named if pos < t.idx]
    if before:
        return PAIRS[before[-1]]
    return PAIRS[named[0][1]]
