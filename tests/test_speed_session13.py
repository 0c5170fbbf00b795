"""The speed-ups of session 13 change no output and do the work they exist to skip no more (sentences of our own).

- WordNet's base forms and first senses are answered from caches (a word is asked for again and again);
- ``borrowed_components`` and ``collocation_components`` read the Doc's columns first and make a spaCy Token only
  for a noun those columns leave in play;
- ``half_components`` takes the Doc's text from the per-Doc memo instead of joining its tokens anew.
"""

from __future__ import annotations

from typing import Any

import pytest

from chronicler.actors.collocations import collocation_components
from chronicler.actors.extract import components
from chronicler.actors.halves import half_components
from chronicler.actors.lexicon import NOUN_KINDS, default_lexicon
from chronicler.actors.wordsense import borrowed_components
from chronicler.nlp import wordnet
from chronicler.nlp.stage import load_model

TEXTS = [
    "A state trooper and two gendarmes stopped the convoy of tourist buses near the border post on Monday.",
    "Mediator Ali Hassan met tribal elders and a civil servant from the ministry before the drug dealer fled.",
    "South Korea said on Tuesday that the North had moved rocket launchers closer to the border near Kaesong.",
    "Legislators and judicial officials of Kenya criticised Police Commissioner John Mwangi over the raid.",
]


class CountingDoc:
    """A spaCy Doc that records which tokens are made from it (``doc[i]``) and how often its text is read."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self.made: list[int] = []
        self.text_reads = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            self.made.append(key)
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._doc)

    def __iter__(self):
        return iter(self._doc)

    @property
    def text(self) -> str:
        self.text_reads += 1
        return self._doc.text

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)


@pytest.fixture(scope="module")
def docs():
    nlp = load_model()
    return [nlp(t) for t in TEXTS]


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files not installed")
def test_wordnet_base_forms_and_first_senses_come_from_caches():
    assert wordnet.first_sense("Gendarmes", "n") == wordnet.first_sense("gendarme", "n") is not None
    hits = wordnet._first_sense.cache_info().hits
    assert wordnet.first_sense("GENDARMES", "n") == wordnet.first_sense("gendarme", "n")
    assert wordnet._first_sense.cache_info().hits >= hits + 2
    forms = wordnet.base_forms("troopers", "n")
    assert forms == ["trooper"]
    forms.append("spoiled")  # a caller's list is its own: the cache keeps its answer
    hits = wordnet._base_forms.cache_info().hits
    assert wordnet.base_forms("Troopers", "n") == ["trooper"]
    assert wordnet._base_forms.cache_info().hits == hits + 1
    assert wordnet.first_sense("not-a-word-at-all", "n") is None


def test_borrowed_components_make_tokens_only_for_nouns_still_in_play(docs):
    lex = default_lexicon()
    for doc in docs:
        cands = [c for c in components(doc, lex, wordnet=False)]
        want = borrowed_components(doc, lex, cands)
        counted = CountingDoc(doc)
        got = borrowed_components(counted, lex, cands)
        assert [(c.start, c.end, c.kind, c.text, c.entry) for c in got] == \
            [(c.start, c.end, c.kind, c.text, c.entry) for c in want]
        listed = {i for c in cands if c.kind in NOUN_KINDS for i in c.tokens()}
        nouns = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
        in_play = {t.i for t in nouns if not (t.i in listed or t.ent_type_ or (
            t.pos_ == "PROPN" and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON")))}
        for t in nouns:
            # a noun still in play reads the word after it (a title before a name?): only that may be made too
            if t.i not in in_play:
                assert t.i not in counted.made or t.i - 1 in in_play, f"a Token was made for {t.text!r}"


def test_collocation_components_make_tokens_only_after_a_modifier(docs):
    lex = default_lexicon()
    for doc in docs:
        cands = [c for c in components(doc, lex, wordnet=False)]
        want = collocation_components(doc, lex, cands)
        counted = CountingDoc(doc)
        got = collocation_components(counted, lex, cands)
        assert [(c.start, c.end, c.kind, c.text, c.entry) for c in got] == \
            [(c.start, c.end, c.kind, c.text, c.entry) for c in want]
        in_play = {t.i for t in doc if t.pos_ == "NOUN" and t.i > 0 and doc[t.i - 1].dep_ in ("compound", "amod")}
        for t in doc:
            # a noun in play reads the word before it (its modifier): only that may be made too
            if t.pos_ == "NOUN" and t.i not in in_play:
                assert t.i not in counted.made or t.i + 1 in in_play, f"a Token was made for {t.text!r}"


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files not installed")
def test_collocations_still_found(docs):
    lex = default_lexicon()
    doc = docs[0]
    found = collocation_components(doc, lex, components(doc, lex, wordnet=False))
    assert [c.text for c in found] == ["state trooper"]


def test_half_components_read_the_text_once_per_doc(docs):
    lex = default_lexicon()
    counted = CountingDoc(docs[2])
    first = half_components(counted, lex)
    second = half_components(counted, lex)
    assert [(c.start, c.text, c.entry.country) for c in first] == [(c.start, c.text, c.entry.country) for c in second]
    assert [(c.text, c.entry.country) for c in first] == [("North", "PRK")]
    assert counted.text_reads <= 1
