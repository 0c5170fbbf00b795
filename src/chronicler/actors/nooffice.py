"""People known for no office: entertainment, sport and praise nouns are CVL, never a borrowed state sector.

WordNet files a "goalkeeper" under athletes, a "rapper" under entertainers, a "hero" as a person of courage; no
listed word is their synonym, so the sister and hyponym votes of :mod:`.wordsense` used to lend them whatever
their neighbours held ("champion" took GOV from "king", its sister under "contestant"; the learned model gave a
"folk hero" GOV). The conventions code people known for no office as civilians (CVL, the prize laureates' row of
docs/stages.md), so:

- an unlisted noun whose first people sense lies under one of ``CLASSES`` (entertainer, athlete, a player of a
  game, celebrity, a title-holder, hero) is CVL, unless a listed word is its synonym (the lists win) or another of
  its first ``SENSES`` people senses would lend a sector of its own ("striker": a footballer, and a worker on
  strike; "champion": a title-holder, and a defender): then it gets none, and the learned model is not asked;
- a noun whose first sense is a thing ("star", "idol") is left alone even when a modifier names a sport or a show
  ("comedy star"): tried in session 17 and dropped (see docs/stages.md).

Session 17 (issue 6).
"""

from __future__ import annotations

from functools import lru_cache

from chronicler.actors.lexicon import Entry
from chronicler.nlp import wordnet

#: (word, a second word of the same synset or None for the first sense): the classes of people known for no office.
CLASSES = (("entertainer", None), ("athlete", None), ("celebrity", None), ("hero", None),
           ("player", "participant"), ("champion", "title-holder"))
#: How many people senses of a word are compared; how far up a walk goes.
SENSES = 2
DEPTH = 7
CONFIDENCE = 0.6
#: Lexicographer files of things: a word with more such senses than people senses is not read as people.
THINGS = frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.plant", "noun.animal"})


@lru_cache(maxsize=1)
def _class_offsets() -> frozenset[int]:
    out = set()
    for word, other in CLASSES:
        for o in wordnet.sense_offsets(word, "n"):
            if other is None or other in wordnet.synset(o, "n").words:
                out.add(o)
                break
    return frozenset(out)


def known_for_no_office(sense: wordnet.Synset) -> str | None:
    """The class word when ``sense`` lies under a class of people known for no office, else None."""
    classes = _class_offsets()
    for _, s in wordnet.hypernym_paths(sense, DEPTH):
        if s.offset in classes:
            return s.words[0].replace("_", " ")
    return None


def no_office_entry(word: str, sense: wordnet.Synset, why: str = "") -> Entry | None:
    """CVL for ``word`` when its people ``sense`` is known for no office, else None; None too when the word names
    things more often than people ("tumbler": an acrobat first, then two kinds of glass)."""
    cls = known_for_no_office(sense)
    senses = wordnet.synsets(word, "n")
    things = sum(s.lexname in THINGS for s in senses)
    if cls is None or things > sum(s.lexname == "noun.person" for s in senses):
        return None
    return Entry("group", word, None, "CVL", word, CONFIDENCE, f"wordnet: a kind of {cls!r}{why}, no office")


def people_senses(word: str) -> list[wordnet.Synset]:
    """The first ``SENSES`` people senses of ``word`` (named individuals left out)."""
    return [s for s in wordnet.synsets(word, "n") if s.lexname == "noun.person" and not s.instance][:SENSES]


@lru_cache(maxsize=4096)
def no_office_word(word: str) -> bool:
    """True when ``word``'s first noun sense names people known for no office (see the module's docstring)."""
    first = wordnet.first_sense(word, "n")
    return first is not None and first.lexname == "noun.person" and known_for_no_office(first) is not None
