"""The parse view answers as spaCy does: every token attribute, tree walk, span and lookup the stages read."""

from __future__ import annotations

import random

import pytest

from chronicler.nlp.stage import load_model
from chronicler.nlp.view import DocView, SpanView, TokenView, parse_view

TEXTS = [
    "The foreign ministers of France and Germany met in Paris on Monday and agreed to pull out of the talks, "
    "officials said. \"We will not give up,\" the minister told reporters.",
    "Rebels , who had seized the town in 2011 , fled ; the army , backed by jets and drones , retook it .",
    "  Leading spaces and a list:\n\n- one\n- two ... (three) -- four!!  ",
    "Obama, Putin and Xi signed the accord, which the U.N. Security Council later endorsed.",
    "",
]


@pytest.fixture(scope="module")
def docs() -> list:
    nlp = load_model()
    return [nlp(t) for t in TEXTS]


def _ids(tokens) -> list[int]:
    return [t.i for t in tokens]


def test_tokens_read_as_spacy_reads_them(docs: list) -> None:
    for doc in docs:
        with parse_view(doc) as view, parse_view(view) as same:
            assert isinstance(view, DocView) and same is view
            _tokens_match(doc, view)
        assert len(view) == 0  # taken apart after the block


def _tokens_match(doc, view) -> None:
    """Every token of ``view`` reads as its spaCy token in ``doc``."""
    assert len(view) == len(doc) and view.text == doc.text
    for t, v in zip(doc, view):
        assert isinstance(v, TokenView) and view[t.i] is v
        for attr in ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_",
                     "whitespace_", "text_with_ws", "n_lefts", "n_rights", "is_sent_start", "like_num", "norm_",
                     "shape_", "is_title", "is_alpha", "is_punct", "is_space", "is_digit", "is_upper",
                     "is_lower", "is_stop"):
            assert getattr(v, attr) == getattr(t, attr), (attr, t.text)
        assert v.head.i == t.head.i and v.head is view[t.head.i]
        assert _ids(v.children) == _ids(t.children)
        assert _ids(v.lefts) == _ids(t.lefts) and _ids(v.rights) == _ids(t.rights)
        assert _ids(v.subtree) == _ids(t.subtree)
        assert v.left_edge.i == t.left_edge.i and v.right_edge.i == t.right_edge.i
        assert _ids(v.conjuncts) == _ids(t.conjuncts)
        assert (v.sent.start, v.sent.end) == (t.sent.start, t.sent.end)
        assert hash(v) == hash(t) and len(v) == len(t) and str(v) == str(t)
        for k in (-2, -1, 1, 2):
            if 0 <= t.i + k < len(doc):
                assert v.nbor(k).i == t.nbor(k).i
            else:
                with pytest.raises(IndexError):
                    v.nbor(k)


def test_spans_roots_and_lookups_match_spacy(docs: list) -> None:
    rng = random.Random(7)
    for doc in docs:
        with parse_view(doc) as view:
            _spans_match(doc, view, rng)


def _spans_match(doc, view, rng) -> None:
    """Random spans, char spans, sentences and entities of ``view`` read as spaCy's of ``doc``."""
    n = len(doc)
    pairs = [(a, b) for a in range(n) for b in range(a + 1, min(n, a + 12) + 1)]
    for a, b in rng.sample(pairs, min(len(pairs), 300)):
        s, v = doc[a:b], view[a:b]
        assert isinstance(v, SpanView)
        assert (v.start, v.end, v.start_char, v.end_char, v.text) == (s.start, s.end, s.start_char, s.end_char,
                                                                      s.text)
        assert v.root.i == s.root.i and _ids(v) == _ids(s) and len(v) == len(s)
        assert v[0].i == s[0].i and v[-1].i == s[-1].i and _ids(v[1:3]) == _ids(s[1:3])
        assert (v.sent.start, v.sent.end) == (s.sent.start, s.sent.end)
    text = doc.text
    for _ in range(200):
        if not text:
            break
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        for mode in ("strict", "contract", "expand"):
            s, v = doc.char_span(a, b, alignment_mode=mode), view.char_span(a, b, alignment_mode=mode)
            assert (s is None) == (v is None)
            if s is not None:
                assert (v.start, v.end) == (s.start, s.end)
    assert [(s.start, s.end) for s in view.sents] == [(s.start, s.end) for s in doc.sents]
    assert [(e.start, e.end, e.label_, e.text) for e in view.ents] == \
        [(e.start, e.end, e.label_, e.text) for e in doc.ents]


def test_attributes_the_view_lacks_come_from_spacy_mapped_into_the_view(docs: list) -> None:
    doc = docs[0]
    with parse_view(doc) as view:
        _fallback(doc, view)


def _fallback(doc, view) -> None:
    """Attributes the view lacks come from spaCy, mapped into the view."""
    tok = view[3]
    assert tok.is_alpha == doc[3].is_alpha and tok.shape_ == doc[3].shape_
    assert all(isinstance(a, TokenView) for a in tok.ancestors)
    assert _ids(tok.ancestors) == _ids(doc[3].ancestors)
    assert view[0:4].lemma_ == doc[0:4].lemma_
    with pytest.raises(AttributeError):
        tok.no_such_attribute


#: Sentences written for this test (no corpus text): meetings, attacks, demands, places, dates, particles.
EVENT_TEXT = (
    "The Japanese prime minister met his Chinese counterpart in Beijing on Tuesday and the two leaders signed a "
    "trade accord. Rebels attacked an army convoy near Kandahar, killing three soldiers, officials said. "
    "Germany urged Iran to halt uranium enrichment, while France condemned the missile test. "
    "The opposition pulled out of the talks last week after police arrested dozens of protesters in Caracas. "
    "Russia will send aid to Syria, the foreign ministry said in a statement, which the United States criticised. "
    "Mr. Obama and President Putin held talks about the cease-fire, and Kenya hosted a summit of African leaders."
)


def test_the_events_stage_finds_the_same_on_the_view_as_on_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    import chronicler.events.stage as events_stage
    from event_harness import entity_events

    nlp = load_model()
    fast, _ = entity_events(nlp, EVENT_TEXT)

    @contextmanager
    def spacy_objects(doc):
        yield doc

    monkeypatch.setattr(events_stage, "parse_view", spacy_objects)
    plain, _ = entity_events(nlp, EVENT_TEXT)
    assert len(fast) >= 5
    assert fast == plain


def test_a_parse_deeper_than_the_recursion_limit_still_walks() -> None:
    from spacy.tokens import Doc

    n = 3000  # each word the head's left child: nesting 3,000 deep
    doc = Doc(load_model().vocab, words=["w"] * n, heads=[i + 1 for i in range(n - 1)] + [n - 1],
              deps=["dep"] * (n - 1) + ["ROOT"])
    with parse_view(doc) as view:
        assert [t.i for t in view[n - 1].subtree] == list(range(n))
        assert view[0:n].root.i == n - 1 and view[n - 1].left_edge.i == 0
