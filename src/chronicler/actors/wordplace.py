"""Countries for proper names our tables lack, read from WordNet 3.0's named individuals (a fallback).

WordNet lists a few thousand places, people and organisations as instance nouns ("Grozny", "Havel", "Shining
Path") with a gloss ("the capital of Chechnya in southwestern Russia", "Czech dramatist and statesman ...") and
pointers: part holonyms ("Peshawar" is part of Pakistan) and domain regions ("Shining Path": Peru). A name gets a
country only when WordNet names exactly one, over every instance sense of the name:

- a place (``noun.location``): the countries its part holonyms lead to (up to ``MAX_HOPS`` steps); when they name
  none, the countries and demonyms of its gloss's definition (the text before the first ";");
- a person (``noun.person``): the demonym or country opening the gloss (WordNet's "Indian statesman", "Soviet
  physicist"), else one the gloss places them "in" or "of" ("king of Jordan"); any other name in a person's
  gloss is often another party ("his invasion of Kuwait");
- an organisation (``noun.group``): its domain region or holonyms; else a country the gloss places it "in" or
  "of", or a demonym opening the gloss (never any country the gloss merely mentions: "opposes peace with Israel").

Words are turned into countries by the lexicon (country names and demonyms only, never an IGO or a region), so
WordNet's old names count only as far as our tables know them. The result is less sure than any table
(``CONFIDENCE``) and carries a note naming the evidence; callers ask only when the tables gave no country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronicler.actors.lexicon import Lexicon, default_lexicon
from chronicler.nlp import wordnet

#: How sure a WordNet country is (any table, and the office-holder KB, is surer).
CONFIDENCE = 0.5
#: Part-holonym steps walked up from a place ("Grozny" → Russia is one; a district → province → country two).
MAX_HOPS = 3
KINDS = {"noun.location": "place", "noun.person": "person", "noun.group": "organization"}
SMALL = {"of", "the", "and", "de", "du", "del", "al"}
NOT_STATES = {"IGO", "NGO", "IMG"}


@dataclass(frozen=True)
class NameCountry:
    """A country WordNet gives a name, what kind of thing WordNet says the name is, and the evidence."""

    country: str
    kind: str  # place | person | organization
    confidence: float
    note: str


def _words_country(words: tuple[str, ...], lex: Lexicon) -> str | None:
    """The country one of a synset's words names ("islamic_republic_of_pakistan", "pakistan" → PAK), else None."""
    for w in words:
        text = " ".join(p if p in SMALL else p.capitalize() for p in w.replace("_", " ").split())
        e = lex.lookup_name(text)
        if e is not None and e.kind in {"country", "demonym"} and e.country and e.country not in NOT_STATES \
                and e.confidence >= 0.8:
            return e.country
    return None


def _holonym_countries(s: wordnet.Synset, lex: Lexicon) -> set[str]:
    """Countries reached by following part holonyms (``#p``) and domain regions (``;r``) up from ``s``."""
    found: set[str] = set()
    frontier, seen = [s], {s.offset}
    for _ in range(MAX_HOPS):
        nxt = []
        for x in frontier:
            for symbol, target, pos in x.pointers:
                if symbol not in {"#p", ";r"} or pos != "n" or target in seen:
                    continue
                seen.add(target)
                up = wordnet.synset(target, "n")
                code = _words_country(up.words, lex) if _is_country(up) else None
                if code is not None:
                    found.add(code)  # a country: the walk stops on this path
                else:
                    nxt.append(up)
        frontier = nxt
    return found


def _is_country(s: wordnet.Synset) -> bool:
    """True when WordNet makes ``s`` an instance of a country or nation ("asian_country"), not a region or a
    continent ("america" the land, "central_america" an isthmus) whose name our tables may give a state."""
    return any(w.endswith(("country", "nation")) for h in s.hypernyms for w in wordnet.synset(h, "n").words)


CAPS = re.compile(r"[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*")


def _gloss_countries(gloss: str, lex: Lexicon, where: str) -> set[str]:
    """Countries named in a gloss's definition: ``where`` "any" (every name), "opening" (a name opening the
    gloss), or "placed" (a name after "in"/"of", or opening the gloss)."""
    text = gloss.split(";")[0].strip().strip('"')
    found: set[str] = set()
    for m in CAPS.finditer(text):
        name = m.group(0)
        words = name.split()
        codes = {c for c in (_name_country(" ".join(words[:k]), lex) for k in range(len(words), 0, -1)) if c}
        if not codes:
            continue
        before = text[:m.start()].lower().split()
        opening = not [w for w in before if w not in {"a", "an", "the"}]
        placed = before[-1:] in (["in"], ["of"]) or before[-2:-1] in (["in"], ["of"])
        if where == "any" or opening or (where == "placed" and placed):
            found |= {sorted(codes, key=lambda c: -len(c))[0]}
    return found


def _name_country(text: str, lex: Lexicon) -> str | None:
    e = lex.lookup_name(text)
    if e is not None and e.kind in {"country", "demonym"} and e.country and e.country not in NOT_STATES \
            and e.confidence >= 0.8:
        return e.country
    return None


@lru_cache(maxsize=4096)
def _lookup(name: str) -> NameCountry | None:
    lex = default_lexicon()
    senses = [s for s in wordnet.synsets(name.replace(" ", "_"), "n") if s.instance and s.lexname in KINDS]
    if not senses:
        return None
    countries: set[str] = set()
    evidence: list[str] = []
    for s in senses:
        kind = KINDS[s.lexname]
        if kind == "person":  # "Iraqi leader ..."; else "king of Jordan ...", so two namesakes refuse
            got = _gloss_countries(s.gloss, lex, "opening")
            why = "the gloss opens with it"
            if not got:
                got = _gloss_countries(s.gloss, lex, "placed")
                why = "named in the gloss"
        elif _is_country(s) and _words_country(s.words, lex):
            got, why = {_words_country(s.words, lex)}, "a country itself"  # type: ignore[arg-type]
        else:
            got = _holonym_countries(s, lex)
            why = "part of / region of"
            if not got:
                got = _gloss_countries(s.gloss, lex, "any" if kind == "place" else "placed")
                why = "named in the gloss"
        if not got:
            continue
        countries |= got
        evidence.append(f"{s.words[0]} ({kind}, {why} {'/'.join(sorted(got))}: {s.gloss.split(';')[0][:60]!r})")
    if len(countries) != 1:
        return None  # WordNet names no country, or several (two namesakes, a border town)
    kinds = {KINDS[s.lexname] for s in senses}
    return NameCountry(next(iter(countries)), kinds.pop() if len(kinds) == 1 else "unknown", CONFIDENCE,
                       "wordnet: " + "; ".join(evidence))


def name_country(name: str) -> NameCountry | None:
    """The one country WordNet gives the proper name ``name`` (see the module docstring), else None. Without the
    WordNet files, None."""
    name = " ".join(name.split())
    if not name or not name[:1].isupper() or not wordnet.available():
        return None
    return _lookup(name)
