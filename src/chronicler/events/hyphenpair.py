"""Two sides joined by a hyphen in front of an event noun ("Russian-Ukrainian talks", "Indian-Pakistani
talks"): the actors stage codes the hyphenated phrase as one mention of the first country, so the second side is
lost. This reads the two nationality (or country) words apart: the first is the source, the second the target.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.fillers import Filler
from chronicler.events.pairs import country_actor

#: Hyphens the tokenizer leaves as their own token between two words.
HYPHENS = frozenset({"-", "–"})
#: Lexicon kinds that name one side by country.
SIDE_KINDS = frozenset({"country", "demonym"})
#: Confidence of a side read off one half of a hyphenated pair.
HALF_CONFIDENCE = 0.7


def _country(text: str) -> str | None:
    """The country of one nationality or country word, else None."""
    try:
        from chronicler.actors.lexicon import default_lexicon
    except ImportError:  # the actors stage is optional
        return None
    entry = default_lexicon().lookup_name(text)
    if entry is None or entry.kind not in SIDE_KINDS or not entry.country:
        return None
    return entry.country


def hyphen_pair(mod: Any, own: list[Filler]) -> list[Filler]:
    """The two sides of a modifier ``mod`` that ends a "X-Y" pair of nationalities before its noun, as fillers in
    text order (the mention's own actor, ``own``, kept for the country it was coded with); else nothing."""
    i = mod.i
    if i < 2 or mod.doc[i - 1].text not in HYPHENS:
        return []
    left = mod.doc[i - 2]
    if left.whitespace_ or mod.doc[i - 1].whitespace_:  # "a - b": a dash between clauses, not a compound
        return []
    sides = [(left, _country(left.text)), (mod, _country(mod.text))]
    if any(c is None for _, c in sides) or sides[0][1] == sides[1][1]:
        return []
    out: list[Filler] = []
    for tok, code in sides:
        mine = next((f for f in own if f.actor is not None and f.actor.country == code), None)
        out.append(mine if mine is not None else Filler(country_actor(code, HALF_CONFIDENCE), tok.idx,
                                                        tok.idx + len(tok.text), HALF_CONFIDENCE))
    return out
