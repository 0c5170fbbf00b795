"""Session 25 speed work on the events stage (issue 7, helper s25speedE): each shortcut answers as the plain path.

- the parse view (``nlp/view.DocView``) makes its token objects one block at a time (a run of tokens no arc
  leaves: a sentence), on the first read of one of them; read in any order, it answers as spaCy does;
- the view's string columns come whole from the Doc's memo (``memo.token_strings``): a block's strings are slices;
- ``events/pairs.has_pair_phrase`` reads only the heads of "two" and "both", and answers as
  ``any(is_pair_phrase(t) for t in span)``.

The sentences are our own.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.events.pairs import has_pair_phrase, is_pair_phrase
from chronicler.nlp.memo import token_strings
from chronicler.nlp.stage import load_model
from chronicler.nlp.view import DocView, TokenView, parse_view

TEXTS = [
    "The defence ministers of Chile and Peru met in Lima on Thursday. The two countries agreed to hold joint "
    "naval drills next spring, a spokesman said. Both sides want calm on the border. Talks resume in May.",
    "Storms closed the port of Valparaiso. Fishermen stayed home; the harbour master said two boats sank.",
    "Kenya and Uganda signed a rail deal. Both governments will share the cost, and the two presidents praised "
    "it in Nairobi.",
    "No pair here at all. Just one sentence after another, none naming a count of nations.",
]
ATTRS = ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_", "whitespace_",
         "is_title", "is_punct", "like_num", "norm_", "shape_")


@pytest.fixture(scope="module")
def docs() -> list:
    nlp = load_model()
    return [nlp(t) for t in TEXTS]


def _same_as_spacy(tok: TokenView, spacy_tok) -> None:
    for attr in ATTRS:
        assert getattr(tok, attr) == getattr(spacy_tok, attr), (attr, spacy_tok.text)
    assert tok.head.i == spacy_tok.head.i and tok.head is tok.doc[spacy_tok.head.i]
    assert [c.i for c in tok.children] == [c.i for c in spacy_tok.children]
    assert [c.i for c in tok.lefts] == [c.i for c in spacy_tok.lefts]
    assert [c.i for c in tok.subtree] == [c.i for c in spacy_tok.subtree]
    assert [c.i for c in tok.conjuncts] == [c.i for c in spacy_tok.conjuncts]
    assert hash(tok) == hash(spacy_tok)


def test_a_view_makes_only_the_sentences_it_is_asked_about(docs: list) -> None:
    doc = docs[0]
    with parse_view(doc) as view:
        sents = list(doc.sents)
        third = view[sents[2].start + 1]  # a word of the third sentence
        made = [i for i in range(len(doc)) if view._tokens[i] is not None]
        assert made == list(range(sents[2].start, sents[2].end))
        _same_as_spacy(third, doc[third.i])
        span = view.char_span(sents[0].start_char, sents[0].end_char, alignment_mode="expand")
        assert (span.start, span.end, span.text) == (sents[0].start, sents[0].end, sents[0].text)
        assert view._tokens[sents[0].start] is None  # a char span reads the columns only


def test_blocks_hold_every_arc(docs: list) -> None:
    for doc in docs:
        with parse_view(doc) as view:
            for a, b in view._bounds:
                assert all(a <= t.head.i < b for t in doc[a:b])
            assert [b for _, b in view._bounds][-1] == len(doc)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_tokens_read_in_any_order_answer_as_spacy(data) -> None:
    doc = _DOCS[data.draw(st.integers(0, len(_DOCS) - 1))]
    order = data.draw(st.permutations(range(len(doc))))
    lazy = data.draw(st.sampled_from(["ent_type_", "is_title", "norm_", None]))
    with parse_view(doc) as view:
        for k, i in enumerate(order):
            if k == len(order) // 3 and lazy:
                getattr(view[i], lazy)  # a lazy column filled while some tokens are made and some not
            _same_as_spacy(view[i], doc[i])
        assert [(s.start, s.end) for s in view.sents] == [(s.start, s.end) for s in doc.sents]
        rng = random.Random(len(order))
        for _ in range(30):
            a = rng.randrange(len(doc))
            b = rng.randrange(a + 1, len(doc) + 1)
            assert view[a:b].root.i == doc[a:b].root.i and [t.i for t in view[a:b]] == list(range(a, b))


_DOCS = [load_model()(t) for t in TEXTS]


def test_known_string_columns_give_the_same_view(docs: list) -> None:
    doc = load_model()(TEXTS[2])
    with parse_view(doc) as plain:
        before = [[getattr(t, a) for a in ATTRS] for t in plain]
    for attr in ("ORTH", "LOWER", "POS", "DEP", "ENT_TYPE"):
        token_strings(doc, attr)  # as the actors stage leaves them
    with parse_view(doc) as known:
        assert known._known and [[getattr(t, a) for a in ATTRS] for t in known] == before


def test_pair_phrases_are_found_as_by_reading_every_word(docs: list) -> None:
    found = []
    for doc in docs:
        with parse_view(doc) as view:
            for s in doc.sents:
                span = view[s.start:s.end]
                plain = any(is_pair_phrase(t) for t in span)
                assert has_pair_phrase(span) == plain == has_pair_phrase(doc[s.start:s.end])
                found.append(plain)
    assert any(found) and not all(found)


def test_a_sentence_without_a_count_makes_no_tokens(docs: list) -> None:
    doc = docs[3]
    with parse_view(doc) as view:
        for s in doc.sents:
            assert not has_pair_phrase(view[s.start:s.end])
        assert all(t is None for t in view._tokens)
        assert isinstance(view, DocView)
