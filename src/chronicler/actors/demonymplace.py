"""Countries for sub-national demonyms our tables lack ("Bavarian police", "Glaswegian dockworkers"), through WordNet.

WordNet ties such a word to its place twice: the adjective "pertains to" the place noun ("bavarian" → Bavaria), and
the people noun's gloss defines it as "a native or inhabitant of" the place ("breton": Brittany). The place then
gets its country from our tables (a country's region, a capital, a city or subdivision no other country shares) or
from WordNet's own placing of it (:mod:`.wordplace`). Only a capitalised word before a noun or standing for people,
that no table lists, is read; a place in two countries, or none, gives nothing (no guess). Session 17.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import Entry, Lexicon, default_lexicon
from chronicler.nlp import wordnet
from chronicler.nlp.memo import token_indices

#: How sure such a country is: less than a listed demonym (0.9), as a WordNet place is.
CONFIDENCE = 0.6
#: Adjective and noun senses read (WordNet orders them by frequency; "Muscovite" is a mineral first).
SENSES = 2
_NATIVE = re.compile(r"\b(?:native|inhabitant|resident|citizen)s? of (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")


#: Parts of speech of a demonym's word ("Bavarian police", "Californians").
_KINDS = frozenset({"ADJ", "PROPN", "NOUN"})


def demonym_components(sdoc: Any, lex: Lexicon, cands: list[Comp]) -> list[Comp]:
    """A capitalised word no component covers, before a noun ("Bavarian police") or heading a people phrase
    ("Californians"), whose WordNet place lies in one country: a demonym component of that country."""
    covered = {i for c in cands for i in c.tokens()}
    out = []
    for i in token_indices(sdoc, "POS", _KINDS):  # only these can pass the test below: no Token for the others
        if i in covered:
            continue
        t = sdoc[i]
        if not t.is_title or t.i == len(sdoc) - 1 and t.pos_ == "ADJ":
            continue
        if t.ent_type_ not in {"", "NORP"} or not (t.dep_ in {"amod", "compound"} or t.ent_type_ == "NORP"):
            continue
        entry = demonym_entry(t.text, lex)
        if entry is not None:
            out.append(Comp(t.i, t.i + 1, "demonym", t.text, entry))
    return out


def demonym_entry(word: str, lex: Lexicon | None = None) -> Entry | None:
    """The demonym entry WordNet gives an unlisted word ("Bavarian" → DEU), or None."""
    lex = lex or default_lexicon()
    if lex.lookup_name(word) is not None:
        return None  # the tables know it (as a demonym, or as something else): they decide
    found = _place_country(word.lower()) or (_place_country(word.lower()[:-1]) if word.endswith("s") else None)
    if found is None:
        return None
    code, place = found
    return Entry("demonym", word, code, None, place, CONFIDENCE, f"wordnet: {word!r} names people of {place}")


@lru_cache(maxsize=4096)
def _place_country(word: str) -> tuple[str, str] | None:
    places = [w for o in wordnet.sense_offsets(word, "a")[:SENSES]
              for p in wordnet.pertainyms(wordnet.synset(o, "a")) for w in p.words[:1]]
    for o in wordnet.sense_offsets(word, "n")[:SENSES]:
        s = wordnet.synset(o, "n")
        m = _NATIVE.search(s.gloss) if s.lexname in {"noun.person", "noun.group"} else None
        if m is not None:
            places.append(m.group(1))
    codes = {}
    for p in places:
        code = _country(" ".join(w.capitalize() for w in p.replace("_", " ").split()))
        if code is not None:
            codes[code] = p.replace("_", " ").title()
    return next(iter(codes.items())) if len(codes) == 1 else None


def _country(place: str) -> str | None:
    """The one country a place name is in: our tables first, then WordNet's placing of it."""
    from chronicler.actors.wordplace import name_country

    lex = default_lexicon()
    known = lex.lookup_name(place)
    if known is not None and known.kind in {"country", "capital"} and known.country and known.confidence >= 0.8:
        return known.country
    city = lex.city(place)
    if city is not None and city.country and city.confidence >= 0.6:
        return city.country
    found = name_country(place)
    return found.country if found is not None and found.kind == "place" else None
