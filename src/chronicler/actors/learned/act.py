"""Where the learned sector model acts: an actor noun no list holds and WordNet lends no sector.

The rules come first: a listed word, a phrase the lexicon holds, the office-holder KB and WordNet borrowing
(``actors/wordsense.py``) are never overruled. Only a common noun whose first WordNet sense names people or a
body of people (``wordsense.PEOPLE_LEXNAMES``), that is no general word ("people", "group", a generic role whose
sector is its body's; "men" is "man") and that borrowed nothing, and no possessive says whose it is ("its
partners", "his associates": a relation, not a sector), becomes an actor component with the model's likeliest sector,
when the model is sure enough (``THRESHOLD``). Its entry is as weak as a borrowed one (the rules that let a listed
body or modifier win over WordNet let it win over the model too: ``phrasesector._borrowed``), its confidence at most the
model's probability, and its note names the evidence ("learned: MIL 0.71").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from chronicler.actors.learned.features import (
    context_features,
    context_of,
    flag_features,
    part_features,
    word_features,
)
from chronicler.actors.learned.model import SectorModel, best_of, shipped_model
from chronicler.actors.lexicon import Entry, Lexicon, default_lexicon
from chronicler.nlp import wordnet

#: The least probability at which the model gives a sector (session 13: fixed on the leave-set-out figures of our
#: tune rows).
THRESHOLD = 0.5
#: The least probability for a noun whose first sense names people (``noun.person``: "stockbrokers", "tenants"):
#: such a noun is an actor whatever its sector, so a less sure answer pays (session 16: on the word-list
#: leave-one-out and the unlisted-words set s16 more than half the answers between the two were right). A group
#: noun keeps ``THRESHOLD``: many name no body of people ("meeting", "economies", "package"); so does a noun before a
#: person's name, whose office other evidence gives.
PERSON_THRESHOLD = 0.33
#: The most confidence a learned sector's entry carries (a borrowed one has ``wordsense.CONFIDENCE``, 0.6).
CONFIDENCE = 0.55
NOTE = "learned: "

_override: list[tuple[SectorModel | None, frozenset[str]]] = []


def active_model() -> SectorModel | None:
    """The model in use: one set by :func:`using` (the evals' folds), else the shipped one."""
    return _override[-1][0] if _override else shipped_model()


@contextmanager
def using(model: SectorModel | None, masked: frozenset[str] = frozenset()) -> Iterator[None]:
    """Use ``model`` (None: no model) instead of the shipped one inside the block; ``masked`` words give no lemma
    feature (asked as if never seen)."""
    _override.append((model, masked))
    try:
        yield
    finally:
        _override.pop()


def _masked() -> frozenset[str]:
    return _override[-1][1] if _override else frozenset()


@lru_cache(maxsize=16384)
def _candidate(word: str) -> bool:
    """True for a word the model may be asked about: a people noun, no general word (see the module docstring)."""
    return wordnet.available() and word.replace("-", "").isalpha() and len(word) >= 3 and not general(word) \
        and not any(general(b) for b in wordnet.base_forms(word, "n")) and people_noun(word)


@lru_cache(maxsize=16384)
def people_noun(lemma: str) -> bool:
    """True when the noun's first WordNet sense names people or a body of people, and no named one."""
    from chronicler.actors.wordsense import PEOPLE_LEXNAMES

    sense = wordnet.first_sense(lemma, "n")
    return sense is not None and sense.lexname in PEOPLE_LEXNAMES and not sense.instance


@lru_cache(maxsize=16384)
def person_noun(word: str) -> bool:
    """True when the noun's first WordNet sense names people (``noun.person``), not a group."""
    sense = wordnet.first_sense(word, "n")
    return sense is not None and sense.lexname == "noun.person"


def _before_name(tok: Any) -> bool:
    """True for a noun right before a person's name ("incumbent Hiroshi Ueda"): the named person's office (the KB,
    the text's title) says more than a less sure guess from the noun."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "B" and doc[tok.i + 1].ent_type_ == "PERSON"


@lru_cache(maxsize=16384)
def general(word: str) -> bool:
    """True for a word too general for a sector of its own (``wordsense.GENERAL``, a generic role or group)."""
    from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES
    from chronicler.actors.wordsense import GENERAL

    return any(w in GENERAL or w in GENERIC_ROLES or w in GENERIC_GROUPS for w in (word, word.removesuffix("s")))


def predict(tok: Any, lex: Lexicon) -> tuple[str, float] | None:
    """The model's likeliest sector for the actor noun ``tok`` and its probability (None without a model). The model
    is linear, so with the shipped lexicon and nothing masked the scores of the word and of each modifier are cached
    apart (per model) and summed."""
    model = active_model()
    if model is None:
        return None
    masked = _masked()
    key = context_of(tok)
    listed = lambda w: _listed_sector(w, lex)  # noqa: E731
    if masked or lex is not default_lexicon():
        return model.best(context_features(key, tok.lower_ in masked, masked, listed))
    found = model.cache.get(key)
    if found is None:
        lemma, plural, cap, ent, parts = key
        scores = _cached(model, ("w", lemma, plural), lambda: word_features(lemma, plural))
        scores = scores + model.scores(flag_features(cap, ent))
        for part in parts:
            scores = scores + _cached(model, ("p", part), lambda: part_features(part, listed))  # noqa: B023
        found = model.cache[key] = best_of(scores)
    return found


def _cached(model: SectorModel, key: tuple, features: Any) -> Any:
    found = model.cache.get(key)
    if found is None:
        found = model.cache[key] = model.scores(features())
    return found


def _listed_sector(word: str, lex: Lexicon) -> str | None:
    e = lex.nouns.get(word)
    return e.sector if e is not None and e.kind in {"group", "title", "institution"} else None


def learned_entry(tok: Any, lex: Lexicon) -> Entry | None:
    """An entry for an unlisted people noun the rules gave no sector, or None (see the module's docstring)."""
    if not _candidate(tok.lower_) or active_model() is None:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "its partners", "his associates", "Ben Ali's ouster": whose they are says more than the noun
    found = predict(tok, lex)
    if found is None or found[1] < (PERSON_THRESHOLD if person_noun(tok.lower_) and not _before_name(tok)
                                    else THRESHOLD):
        return None
    sector, p = found
    return Entry("group", tok.lower_, None, sector, tok.lower_, round(min(p, CONFIDENCE), 3), f"{NOTE}{sector} {p:.2f}")


def learned_note(phrase: Any, sector: str | None) -> str | None:
    """The note of the learned entry in ``phrase`` (its head or a modifier) that gave ``sector``, if any."""
    if sector is None:
        return None
    for c in (phrase.head, *phrase.mods):
        e = c.entry
        if e is not None and e.sector == sector and e.note.startswith(NOTE):
            return e.note
    return None
