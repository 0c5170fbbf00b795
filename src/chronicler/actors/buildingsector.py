"""Organisations named by a building or a kind of paper: "a Czech brewery", "an oil refinery in Nigeria", "a
Spanish daily". WordNet files these under artifacts (a brewery is a plant, a sanatorium a hospital, a daily a
newspaper), so the people-noun borrowing of :mod:`.wordsense` never reads them. Such a noun acts as the body that
runs it only when it is a clause's subject or object and the sentence places it (a country or demonym before
it, "in <place>" after it); it then takes the
sector of the nearest listed noun above it in WordNet ("hospital" MED, "newspaper" JRN, "monastery" REL) or of a
class of ``CLASSES`` (a plant or shop is a business, a farm a farmer's). A bare "the refinery" stays a thing, and
a building of no such class ("observatory", "hospice", WordNet's lodging) gives nothing: no guess. Session 17.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.actors.lexicon import Entry, Lexicon, default_lexicon
from chronicler.nlp import wordnet

#: WordNet classes (a lemma of the synset) whose kinds are run by a body of one sector.
CLASSES = {"plant": "BUS", "factory": "BUS", "shop": "BUS", "mercantile_establishment": "BUS", "farm": "AGR",
           "plantation": "AGR", "medical_building": "MED", "newspaper": "JRN", "print_media": "JRN",
           "periodical": "JRN", "place_of_worship": "REL", "religious_residence": "REL"}
#: First-sense lexicographer files read, and how far up a walk goes.
LEXNAMES = frozenset({"noun.artifact", "noun.communication"})
DEPTH = 3
CONFIDENCE = 0.6
#: Kinds of component that place a building: a country, its people, a capital, a city.
PLACING = frozenset({"country", "demonym", "capital", "city", "place", "region"})


@lru_cache(maxsize=4096)
def building_sector(word: str) -> tuple[str, str] | None:
    """(sector, the word it comes from) for a building or paper noun, else None."""
    sense = wordnet.first_sense(word, "n")
    if sense is None or sense.lexname not in LEXNAMES or sense.instance:
        return None
    lex = default_lexicon()
    for depth, s in wordnet.hypernym_paths(sense, DEPTH):
        for w in s.words:
            listed = lex.nouns.get(w.replace("_", " "))
            if listed is not None and listed.kind in {"group", "institution"} and listed.sector:
                return listed.sector, w.replace("_", " ")
            if w in CLASSES:
                return CLASSES[w], w.replace("_", " ")
    return None


def building_entry(tok: Any, lex: Lexicon, placed: set[int]) -> Entry | None:
    """The entry of a building or paper noun token the sentence places (``placed``: token indices of place
    components), else None."""
    if not _argument(tok) or not _placed(tok, placed, lex):
        return None
    found = building_sector(tok.lemma_.lower())
    if found is None:
        return None
    sector, via = found
    return Entry("group", tok.lower_, None, sector, tok.lower_, CONFIDENCE, f"wordnet: a building, a kind of {via!r}")


#: Dependency labels of a clause's doers and undergoers: a building anywhere else ("killed at his ranch in
#: Montana", "a blast at a refinery in Texas") is where something happened, not who.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})


def _argument(tok: Any) -> bool:
    """True when the noun is a clause's subject or object, or the agent after "by"."""
    return tok.dep_ in ARGUMENT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _placed(tok: Any, placed: set[int], lex: Lexicon) -> bool:
    """True when a place component modifies the noun ("Czech brewery") or follows it after "in" ("in Nigeria")."""
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < tok.i and c.i in placed:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and _place(g, placed, lex) for g in c.children):
            return True
    return False


def _place(tok: Any, placed: set[int], lex: Lexicon) -> bool:
    """A place component, or a town (not yet a component here: spaCy's tag or the city table says so)."""
    return tok.i in placed or tok.ent_type_ == "GPE" or (tok.pos_ == "PROPN" and lex.big_city(tok.text) is not None)
