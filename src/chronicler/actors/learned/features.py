"""Features of an actor noun for the learned sector model.

The model must carry to nouns no list holds, so most features are not the word itself but what WordNet says of it
(lexicographer file, its synsets and those above them, several senses weighted by rank and distance, and the
synsets of its derivationally related words: "epidemiologist" shares features with "epidemiology"), its ending
("-ist", "-man"), and its context in the phrase: its compound and adjective modifiers (their lemma, WordNet
class, the sector the lexicon lists for them: "police" in "police detectives"), the noun of its "of"/"for"
phrase, its entity type and capitalisation. The word's own lemma is one feature among them; a ``masked`` word
gives no lemma feature (the evals' leave-one-out asks for a word as if never seen).

Reads spaCy tokens (``lemma_``, ``lower_``, ``pos_``, ``tag_``, ``dep_``, ``ent_type_``, ``is_title``, ``i``,
``children``, ``sent``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.nlp import wordnet

#: How many of a word's senses give features, and each rank's weight.
SENSE_WEIGHTS = (1.0, 0.6, 0.4)
#: Weight of a synset by its distance up the hypernym graph from the sense (0 = the sense itself).
DISTANCE_WEIGHTS = (1.0, 0.7, 0.5, 0.35, 0.25)
#: Derivationally related words count at this share of the word's own senses.
DERIVED_SHARE = 0.5
#: Modifier and of-phrase nouns: their first sense and the synsets up to this distance above it.
CONTEXT_DEPTH = 2
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
OF_PREPS = frozenset({"of", "for"})


@lru_cache(maxsize=16384)
def noun_senses(word: str) -> tuple[tuple[str, float], ...]:
    """WordNet features of the noun ``word``: lexicographer files, synsets and hypernym synsets, weighted by sense
    rank and distance (the highest weight of a feature kept), and the synsets of its derivationally related words
    at ``DERIVED_SHARE``. Token-independent, so cached."""
    out: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        if weight > out.get(key, 0.0):
            out[key] = weight

    for rank, syn in enumerate(wordnet.synsets(word, "n")[: len(SENSE_WEIGHTS)]):
        w = SENSE_WEIGHTS[rank]
        add(f"lex={syn.lexname}", w)
        for dist, s in wordnet.hypernym_paths(syn, len(DISTANCE_WEIGHTS) - 1):
            add(f"syn={s.offset}", w * DISTANCE_WEIGHTS[dist])
        for form in [f for f in wordnet.base_forms(word, "n") if f in syn.words][:1]:
            for target, _ in wordnet.derivations(syn, form)[:3]:
                add(f"der={target.pos}{target.offset}", w * DERIVED_SHARE)
                add(f"derlex={target.lexname}", w * DERIVED_SHARE)
    return tuple(sorted((k, round(v, 3)) for k, v in out.items()))


@lru_cache(maxsize=16384)
def context_senses(word: str, pos: str, prefix: str) -> tuple[tuple[str, float], ...]:
    """A modifier's or complement's WordNet class: its first sense as ``pos`` (an adjective's: the noun it pertains
    to) and the synsets up to ``CONTEXT_DEPTH`` above it, named with ``prefix``."""
    syn = wordnet.first_sense(word, pos) if wordnet.available() else None
    if syn is not None and pos == "a":
        nouns = wordnet.pertainyms(syn)
        syn = nouns[0] if nouns else None
    if syn is None:
        return ()
    out = {f"{prefix}lex={syn.lexname}": 1.0}
    for dist, s in wordnet.hypernym_paths(syn, CONTEXT_DEPTH):
        out.setdefault(f"{prefix}syn={s.offset}", DISTANCE_WEIGHTS[dist])
    return tuple(sorted(out.items()))


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower() or tok.lower_


def word_features(lemma: str, plural: bool, masked: bool = False) -> dict[str, float]:
    """The features of a noun out of context (its lemma unless ``masked``, WordNet senses, ending, number): all a
    listed word gives the trainer, and the core of :func:`noun_features`."""
    feats: dict[str, float] = {"bias": 1.0}
    if not masked:
        feats[f"lem={lemma}"] = 1.0
    feats.update(noun_senses(lemma))
    if len(lemma) > 4:
        feats[f"sfx={lemma[-3:]}"] = 1.0
    if plural:
        feats["plural"] = 1.0
    return feats


#: What a noun's context is made of (``context_of``): (role, lemma, lower-case form, part of speech, entity type),
#: role "m" a modifier, "o" the noun of its of/for phrase; and (flag, value) pairs for the noun itself.
Context = tuple[tuple[str, str, str, str, str], ...]


def context_of(tok: Any) -> tuple[str, bool, bool, str, Context]:
    """The parts of a noun's features that depend on its sentence, as a hashable key (the model's answers are
    cached by it): lemma, plural, capitalised inside the sentence, entity type, modifiers and of-phrase noun."""
    parts = []
    for c in tok.children:
        if c.dep_ in MODIFIER_DEPS and c.i < tok.i:
            parts.append(("m", _lemma(c), c.lower_, c.pos_, c.ent_type_))
        elif c.dep_ == "prep" and c.lower_ in OF_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                parts.append(("o", _lemma(obj), obj.lower_, obj.pos_, obj.ent_type_))
    return (_lemma(tok), tok.tag_ in ("NNS", "NNPS"), tok.is_title and not tok.is_sent_start, tok.ent_type_,
            tuple(parts))


def noun_features(tok: Any, masked: frozenset[str] = frozenset(), listed_sector: Any = None) -> dict[str, float]:
    """The features of an actor noun ``tok`` in its sentence. ``listed_sector(word)`` (optional) gives the sector
    our lexicon lists for a modifier word, or None."""
    return context_features(context_of(tok), tok.lower_ in masked, masked, listed_sector)


def context_features(key: tuple[str, bool, bool, str, Context], masked_word: bool = False,
                     masked: frozenset[str] = frozenset(), listed_sector: Any = None) -> dict[str, float]:
    """The features of a noun from its :func:`context_of` key (``masked_word`` or its lemma in ``masked``: no
    lemma feature)."""
    lemma, plural, cap, ent, parts = key
    feats = word_features(lemma, plural, masked_word or lemma in masked)
    feats.update(flag_features(cap, ent))
    for part in parts:
        for k, v in part_features(part, listed_sector).items():
            feats[k] = feats.get(k, 0.0) + v  # additive, so that a model may score each part on its own
    return feats


def flag_features(cap: bool, ent: str) -> dict[str, float]:
    """The features of the noun's capitalisation inside its sentence and its entity type."""
    feats = {}
    if cap:
        feats["cap"] = 1.0
    if ent:
        feats[f"ent={ent}"] = 1.0
    return feats


def part_features(part: tuple[str, str, str, str, str], listed_sector: Any = None) -> dict[str, float]:
    """The features one modifier or of-phrase noun of :func:`context_of` gives."""
    role, lem, lower, pos, ctx_ent = part
    name = "mod" if role == "m" else "of"
    feats = {f"{name}={lem}": 1.0}
    if ctx_ent:
        feats[f"{name}ent={ctx_ent}"] = 1.0
    feats.update(context_senses(lem, "a" if pos == "ADJ" else "n", role))
    sector = listed_sector(lower) if listed_sector is not None else None
    if sector:
        feats[f"{name}sec={sector}"] = 1.0
    return feats
