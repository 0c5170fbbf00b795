"""Features of a candidate predicate for the learned event-type model.

The model must carry to words it never saw, so most features are not the word itself but what WordNet says of it
(lexicographer file, synsets and the synsets above them, several senses weighted by rank and distance, and the
senses of its derivationally related forms: "invade" shares features with "invasion"), and the shape of its
clause: particles, prepositions, the object's head and its WordNet classes, a light verb's noun, negation and
modals, the dependency relation to its head, clausal complements, and the entity types of subject and object.
The word's own lemma is one feature among them; ``masked`` words give no lemma feature (the leave-lemma-out eval
asks for a word as if never seen).

Works on spaCy tokens and on the events stage's parse view alike (only ``lemma_``, ``lower_``, ``pos_``, ``tag_``,
``dep_``, ``ent_type_``, ``head``, ``children`` and ``i`` are read).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.nlp import wordnet

#: How many of a word's senses give features, and each rank's weight.
SENSE_WEIGHTS = (1.0, 0.6, 0.4)
#: Weight of a synset by its distance up the hypernym graph from the sense (0 = the sense itself).
DISTANCE_WEIGHTS = (1.0, 0.7, 0.5, 0.35)
#: Derivationally related forms count at this share of the word's own senses.
DERIVED_SHARE = 0.5
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "must", "can", "could"})


@lru_cache(maxsize=65536)
def word_senses(word: str, pos: str) -> tuple[tuple[str, float], ...]:
    """WordNet features of ``word`` as part of speech ``pos`` ("v" or "n"): lexicographer files, synsets and
    hypernym synsets, weighted by sense rank and distance (the highest weight of a feature kept), then the same for
    the derivationally related forms at ``DERIVED_SHARE``. Token-independent, so cached."""
    out: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        if weight > out.get(key, 0.0):
            out[key] = weight

    def senses_of(syns: list[Any], share: float, derived: bool) -> None:
        for rank, syn in enumerate(syns[: len(SENSE_WEIGHTS)]):
            w = SENSE_WEIGHTS[rank] * share
            add(f"lex={syn.lexname}", w)
            for dist, s in wordnet.hypernym_paths(syn, len(DISTANCE_WEIGHTS) - 1):
                add(f"syn={s.pos}{s.offset}", w * DISTANCE_WEIGHTS[dist])
            if not derived:
                related = [wordnet.synset(t, p) for sym, t, p in syn.pointers if sym == "+" and p in ("v", "n")]
                senses_of(related[:2], w * DERIVED_SHARE, True)

    if wordnet.available():
        senses_of(wordnet.synsets(word, pos), 1.0, False)
    return tuple(sorted((k, round(v, 3)) for k, v in out.items()))


@lru_cache(maxsize=65536)
def object_senses(word: str) -> tuple[tuple[str, float], ...]:
    """The object noun's first sense: its lexicographer file and the synsets up to two steps above it."""
    if not wordnet.available():
        return ()
    syn = wordnet.first_sense(word, "n")
    if syn is None:
        return ()
    out = {f"olex={syn.lexname}": 1.0}
    for dist, s in wordnet.hypernym_paths(syn, 2):
        out.setdefault(f"osyn={s.offset}", DISTANCE_WEIGHTS[dist])
    return tuple(sorted((k, round(v, 3)) for k, v in out.items()))


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def token_features(tok: Any, masked: frozenset[str] = frozenset()) -> dict[str, float]:
    """The features of a candidate predicate token (a verb or an event noun)."""
    pos = "v" if tok.pos_ in ("VERB", "AUX") else "n"
    lemma = _lemma(tok)
    hidden = lemma in masked or tok.lower_ in masked
    f: dict[str, float] = {"bias": 1.0, f"pos={pos}": 1.0, f"dep={tok.dep_}": 1.0, f"tag={tok.tag_}": 1.0}
    if not hidden:
        f[f"lem={lemma}"] = 1.0
    f.update(word_senses(lemma, pos))
    for c in tok.children:
        dep, low = c.dep_, c.lower_
        if dep == "prt" or (dep == "advmod" and low in ("down", "out", "off", "up", "back", "in", "away")):
            f[f"prt={low}"] = 1.0
            if not hidden:
                f[f"lemprt={lemma}_{low}"] = 1.0
        elif dep == "prep":
            f[f"prep={low}"] = 1.0
        elif dep == "neg" or low == "never":
            f["neg"] = 1.0
        elif dep == "aux" and low in MODALS:
            f[f"modal={low}"] = 1.0
        elif dep in ("xcomp", "ccomp"):
            f[f"comp={dep}"] = 1.0
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                f["comp=to"] = 1.0
            f[f"clex={_first_lexname(_lemma(c), 'v' if c.pos_ in ('VERB', 'AUX') else 'n')}"] = 0.5
        elif dep == "auxpass":
            f["passive"] = 1.0
        elif dep == "agent":
            f["agent"] = 1.0
        elif dep in SUBJECT_DEPS:
            f[f"sent={c.ent_type_ or c.pos_}"] = 1.0
        elif dep == "dative":
            f["dative"] = 1.0
        if dep in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN"):
            f[f"oent={c.ent_type_ or c.pos_}"] = 1.0
            if c.pos_ == "NOUN":
                obj = _lemma(c)
                f[f"obj={obj}"] = 1.0
                if not hidden:
                    f[f"lemobj={lemma}_{obj}"] = 1.0
                f.update(object_senses(obj))
    head = tok.head
    if head.i != tok.i:
        f[f"hdep={tok.dep_}_{'v' if head.pos_ in ('VERB', 'AUX') else 'n'}"] = 1.0
        if tok.dep_ in ("xcomp", "ccomp", "dobj", "pobj"):
            f[f"hlex={_first_lexname(_lemma(head), 'v' if head.pos_ in ('VERB', 'AUX') else 'n')}"] = 0.5
    return f


@lru_cache(maxsize=65536)
def _first_lexname(word: str, pos: str) -> str:
    """The lexicographer file of a word's first sense ("" when WordNet lacks it)."""
    syn = wordnet.first_sense(word, pos) if wordnet.available() else None
    return syn.lexname if syn is not None else ""
