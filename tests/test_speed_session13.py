"""The speed-ups of session 13 change no output and no longer do the work they exist to skip (sentences of our own).

- WordNet's base forms and first senses are answered from caches (a word is asked for again and again: the
  collocation pass of the actors stage asks for every noun after a modifier);
- ``half_components`` takes the Doc's text from the per-Doc memo instead of joining its tokens anew.
"""

from __future__ import annotations

from typing import Any

import pytest

from chronicler.actors.collocations import collocation_components
from chronicler.actors.extract import components
from chronicler.actors.halves import half_components
from chronicler.actors.lexicon import default_lexicon
from chronicler.nlp import wordnet
from chronicler.nlp.stage import load_model

TEXTS = [
    "A state trooper and two gendarmes stopped the convoy of tourist buses near the border post on Monday.",
    "Mediator Ali Hassan met tribal elders and a civil servant from the ministry before the drug dealer fled.",
    "South Korea said on Tuesday that the North had moved rocket launchers closer to the border near Kaesong.",
    "Legislators and judicial officials of Kenya criticised Police Commissioner John Mwangi over the raid.",
]


class CountingDoc:
    """A spaCy Doc that records how often its text is read."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self.text_reads = 0

    def __getitem__(self, key: Any) -> Any:
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
