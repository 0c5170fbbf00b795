"""Per-Doc memos (nlp/memo.py) answer exactly what the spaCy Token API answers."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicler.nlp.memo import doc_ents, doc_text, ent_of_token, span_indices, token_indices, token_strings
from chronicler.nlp.stage import load_model, sentences_of

#: Our own sentences (wire-report style, with pronouns, hyphens, odd spacing and a line break).
TEXTS = [
    "The Foreign Minister of Ruritania met his counterpart in Tokyo on Monday.  They agreed to resume talks.",
    "Anti-government protesters, who had marched from the port, were dispersed by police; she said it was wrong.",
    "Rebel-held towns\nwere shelled overnight, and the ceasefire it signed in 1998 is now in doubt.",
    "",
]
ATTRS = {"POS": "pos_", "TAG": "tag_", "DEP": "dep_", "LOWER": "lower_", "LEMMA": "lemma_", "ENT_TYPE": "ent_type_"}
VALUES = ["NOUN", "PROPN", "PRON", "VERB", "VBD", "nsubj", "ccomp", "the", "his", "be", "meet", "GPE", "DATE", "-"]


@pytest.fixture(scope="module")
def docs():
    nlp = load_model()
    return [nlp(t) for t in TEXTS]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(TEXTS) - 1), st.sampled_from(sorted(ATTRS)), st.frozensets(st.sampled_from(VALUES)),
       st.booleans())
def test_token_indices_are_the_tokens_the_token_api_keeps(docs, k, attr, values, lower):
    doc = docs[k]
    want = tuple(t.i for t in doc if (getattr(t, ATTRS[attr]).lower() if lower else getattr(t, ATTRS[attr]))
                 in values)
    assert token_indices(doc, attr, values, lower) == want
    assert token_indices(doc, attr, values, lower) == want  # the memo answers the same the second time


def test_span_indices_cut_a_sentence_share(docs):
    doc = docs[0]
    nouns = token_indices(doc, "POS", frozenset({"NOUN", "PROPN"}))
    for sent in doc.sents:
        assert span_indices(nouns, sent.start, sent.end) == tuple(
            t.i for t in sent if t.pos_ in ("NOUN", "PROPN"))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_token_strings_and_doc_text(docs, k):
    doc = docs[k]
    assert token_strings(doc, "LOWER") == tuple(t.lower_ for t in doc)
    assert token_strings(doc, "TAG") == tuple(t.tag_ for t in doc)
    assert doc_text(doc) == doc.text == TEXTS[k]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_sentences_from_the_parsed_text_equal_those_from_doc_text(docs, k):
    assert sentences_of(docs[k], TEXTS[k]) == sentences_of(docs[k])


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_ent_of_token_names_the_entity_spacy_gives_each_token(docs, k):
    doc = docs[k]
    index = ent_of_token(doc)
    ents = doc_ents(doc)
    for tok in doc:
        if tok.ent_iob_ == "O" or not tok.ent_type_:
            assert tok.i not in index
        else:
            e = ents[index[tok.i]]
            assert e.start <= tok.i < e.end and e.label_ == tok.ent_type_
