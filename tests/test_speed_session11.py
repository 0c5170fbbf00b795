"""The speed-ups of session 11 change no output: each fast path answers what the plain walk over spaCy's tokens
answered, on sentences of our own. Where the fast path exists to avoid a walk, the test also hands the code a Doc
whose full walk is refused, so that a return to the walk fails here."""

from __future__ import annotations

from typing import Any

import pytest

from chronicler.actors.comps import Comp, Phrase
from chronicler.actors.coding import _ethnic
from chronicler.actors.grouping import FORMER, THEN, _flags
from chronicler.actors.halves import _argument, half_components
from chronicler.actors.lexicon import default_lexicon
from chronicler.events.placefind import NOT_PLACE_LABELS, _not_place_tokens
from chronicler.events.stances import STANCE_LEMMAS, accusing_predicate, approving_finding, rejecting_predicate
from chronicler.nlp.memo import doc_ents, doc_memo, token_indices, token_strings
from chronicler.nlp.stage import load_model
from chronicler.nlp.view import parse_view

#: Our own wire-style sentences: halves of divided countries, former officials, ethnic groups, stances, places.
TEXTS = [
    "Seoul said on Tuesday that the North had moved rocket launchers closer to the border near Kaesong.",
    "Former Prime Minister Alan Brook and the then interior minister met ethnic Uzbek elders in Osh last week.",
    "The ministry said the proposal was unacceptable, while the court declared the vote valid and fair.",
    "Police said the militia was responsible for the attack on the market in Mosul on 3 May, which killed 12 people.",
    "Khartoum accused the South of arming rebels; the South denied it and called the charge baseless.",
]


class NoWalkDoc:
    """A spaCy Doc that refuses to be walked token by token (``for t in doc``); everything else is the Doc's."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc

    def __iter__(self):
        raise AssertionError("the whole Doc was walked token by token")

    def __getitem__(self, key: Any) -> Any:
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._doc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)


class NoTokenDoc(NoWalkDoc):
    """A Doc from which no single Token may be taken either (``doc[i]``); spans still may."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            raise AssertionError(f"token {key} was made")
        return self._doc[key]


@pytest.fixture(scope="module")
def docs():
    nlp = load_model()
    return [nlp(t) for t in TEXTS]


def test_a_parse_view_reads_and_fills_the_memos_of_its_doc(docs):
    for doc in docs:
        with parse_view(doc) as view:
            assert doc_memo(view, "some memo") is doc_memo(doc, "some memo")
            want = tuple(t.i for t in view if t.lower_ in {"the", "said"})
            assert token_indices(view, "LOWER", frozenset({"the", "said"})) == want
            assert token_strings(view, "LEMMA") == tuple(t.lemma_ for t in doc)
            assert doc_ents(view) == doc_ents(doc)
            assert [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc_ents(view)] == \
                [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in view.ents]


def test_the_tokens_of_entities_naming_no_place_are_the_plain_set(docs):
    for doc in docs:
        want = {i for e in doc.ents if e.label_ in NOT_PLACE_LABELS for i in range(e.start, e.end)}
        assert want or doc is not docs[3]  # the attack sentence has a date and a figure
        assert _not_place_tokens(doc) == want
        with parse_view(doc) as view:
            assert _not_place_tokens(view) == want


def test_only_a_copula_or_a_finding_verb_can_state_a_stance(docs):
    stated = []
    for doc in docs:
        with parse_view(doc) as view:
            for tok in view:
                if rejecting_predicate(tok) or accusing_predicate(tok) or approving_finding(tok):
                    stated.append(tok.text)
                    assert tok.lemma_.lower() in STANCE_LEMMAS
    assert {"was", "declared"} <= set(stated)  # "was unacceptable", "declared the vote valid", "was responsible"


def test_the_halves_are_found_without_walking_every_token(docs):
    lex = default_lexicon()
    for doc in docs:
        plain = [t.i for t in doc if t.text in {"North", "South"} and _argument(doc, t)]
        fast = half_components(NoWalkDoc(doc), lex)
        assert [c.start for c in fast] == [c.start for c in half_components(doc, lex)]
        assert {c.start for c in fast} <= set(plain)
    assert [c.text for c in half_components(docs[0], lex)] == ["North"]
    assert [c.text for c in half_components(docs[4], lex)] == ["South", "South"]


def _plain_flags(doc: Any, start: int, end: int) -> tuple[bool, bool]:
    """``_flags`` as a walk over spaCy's tokens (the reference)."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "an", ","}:
        k -= 1
    window = [doc[i].lower_ for i in range(max(0, k - 1), k + 1)] + [doc[i].lower_ for i in range(start, end)]
    return any(w in FORMER or w.startswith("ex-") for w in window), \
        any(w in THEN or w.startswith("then-") for w in window)


def test_former_then_and_ethnic_read_the_lower_case_column(docs):
    doc = docs[1]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            phrase = Phrase(Comp(start, end, "title", doc[start:end].text), start=start, end=end)
            _flags(NoTokenDoc(doc), phrase)
            former, then = _plain_flags(doc, start, end)
            assert phrase.former == former
            assert phrase.then == then
            assert _ethnic(NoTokenDoc(doc), phrase) == any(t.lower_ == "ethnic" for t in doc[max(0, start - 1):end])
    assert any(t.lower_ == "former" for t in doc) and any(t.lower_ == "then" for t in doc)
