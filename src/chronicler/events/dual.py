"""A dual national acted on by one of their two states ("Iran freed a British-Iranian aid worker"): the target is
the other state, whose national the act befalls, as the PLOVER records and our sets code such detentions and
releases. The actors stage codes a hyphenated pair of nationalities ("British-Iranian") with one of the two; when
that one is the source's own country, the act would read as domestic, which it is not."""

from __future__ import annotations

import dataclasses
import re

from chronicler.events.fillers import Filler

#: A hyphenated pair of capitalised words ("British-Iranian", "Iranian-American").
_PAIR = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")


def _demonym_country(word: str) -> str | None:
    """The country of a nationality adjective ("British" → GBR), from the actors lexicon when installed."""
    try:
        from chronicler.actors.lexicon import default_lexicon
    except ImportError:  # the actors stage is optional
        return None
    entry = default_lexicon().lookup_name(word)
    if entry is None or entry.kind != "demonym" or not entry.country:
        return None
    return entry.country


def dual_national_side(text: str, source: Filler | None, target: Filler | None) -> Filler | None:
    """The target recoded to the other nationality of a dual national (its mention's words in ``text``), when
    the actors stage coded it with the source's own country; else None."""
    if source is None or target is None or source.actor is None or target.actor is None:
        return None
    home = source.actor.country
    if not home or target.actor.country != home:
        return None
    for m in _PAIR.finditer(text[target.start:target.end]):
        codes = [_demonym_country(w) for w in m.groups()]
        if home in codes and None not in codes:
            other = next((c for c in codes if c != home), None)
            if other is not None:
                actor = target.actor
                kind, _, rest = actor.id.partition(":")
                new_id = f"{kind}:{other.lower()}-{rest.split('-', 1)[1]}" if kind == "group" and "-" in rest \
                    else f"{actor.id}@{other}"
                return Filler(dataclasses.replace(actor, id=new_id, country=other), target.start, target.end,
                              target.confidence)
    return None
