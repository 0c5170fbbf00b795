"""Session 24 WordNet loans (``chronicler.events.borrow``, ``chronicler.events.kinds``), on sentences of our own:
a party's verb the lexicon does not list borrows the type its WordNet kinds agree on, where no synonym, hypernym or
derivation lends."""

from __future__ import annotations

import pytest

from chronicler.events import borrow
from chronicler.events.kinds import kinds_vote
from chronicler.events.lexicon import TriggerSense
from conftest import alias, needs_wordnet
from event_harness import loans_in

pytestmark = needs_wordnet

nlp = alias("spacy_model")




@pytest.mark.parametrize("word,text,typ", [
    ("praise", "Tanzania's foreign minister praised Kenya for its handling of the refugee crisis.", "SUPPORT"),
    ("criticize", "Ankara criticized Stockholm on Tuesday over the burning of a Koran outside its embassy.",
     "ACCUSE"),
    ("promise", "The Nigerian president promised the unions a higher minimum wage in Abuja.", "AGREE"),
])
def test_word_borrows_from_its_kinds(nlp, word, text, typ):
    # with every row of the word taken out, no synonym or hypernym of it is listed; its kinds are ("laud",
    # "commend" under praise; "censure", "rebuke" under criticize; "pledge", "guarantee" under promise)
    found = loans_in(nlp, text, word)
    assert [t for t, _ in found] == [typ], found
    assert f"wordnet: {word} > " in found[0][1]


@pytest.mark.parametrize("word,text", [
    ("touch", "The Kenyan foreign minister touched on the drought in his speech in Nairobi."),
    ("challenge", "A chess prodigy from Chennai challenged the champion to a rematch."),
])
def test_kinds_lend_nothing_outside_their_reach(nlp, word, text):
    # physical contact has blows among its kinds ("touched on" > strike); a private person's act borrows no kind
    assert loans_in(nlp, text, word) == []


def _sense(typ: str) -> TriggerSense:
    return TriggerSense("verb", "x", borrow.trigger_lexicon().get(("verb", "attack"))[0].cue, typ, "", "", "act")


def test_kinds_vote_needs_two_agreeing_kinds_and_a_clear_share():
    # a sense's kinds vote only when three or more of them lend one type and it holds most of their loans
    from chronicler.events import kinds as k

    def fake_kinds(word, pos, trusted, limit):
        return {"one": ((0, ("a", "b", "d", "c")),), "split": ((0, ("a", "b", "x", "y")),)}[word]

    lends = {"a": _sense("ASSAULT"), "b": _sense("ASSAULT"), "d": _sense("ASSAULT"), "c": _sense("REJECT"),
             "x": _sense("AID"), "y": _sense("AGREE")}
    saved = k.kinds
    k.kinds = fake_kinds
    try:
        got = kinds_vote("one", "v", (0,), (1.0,), frozenset(), lends.get, frozenset())
        assert got is not None and got[0].type == "ASSAULT" and got[1] == "a"
        assert kinds_vote("split", "v", (0,), (1.0,), frozenset(), lends.get, frozenset()) is None
    finally:
        k.kinds = saved
