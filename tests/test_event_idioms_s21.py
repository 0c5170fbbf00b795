"""Session 21 WordNet idioms (``chronicler.events.idioms``), on sentences of our own: a verb makes a multiword
WordNet lemma with its object or its preposition and that preposition's noun ("show_the_door", "give_way",
"put_behind_bars"); the idiom's senses vote as a loan, before the verb's own plain row, and lend only through a
synonym in the idiom's own synset."""

from __future__ import annotations

import pytest

from chronicler.events import borrow, idioms
from chronicler.events.triggers import find_triggers
from conftest import alias, needs_wordnet

pytestmark = needs_wordnet

nlp = alias("spacy_model")


def _verb(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text,verb,word", [
    ("Warsaw showed two Belarusian diplomats the door on Friday.", "showed", "show_the_door"),
    ("Police in Cairo put the editor behind bars for a week.", "put", "put_behind_bars"),
    ("The two leaders shook hands at the border crossing.", "shook", "shake_hands"),
])
def test_a_verb_makes_a_wordnet_idiom_with_its_object_or_its_prepositional_noun(nlp, text, verb, word):
    assert idioms.idiom(_verb(nlp(text), verb)) == word


@pytest.mark.parametrize("text,verb", [
    ("The summit was held in Cairo on Monday.", "held"),  # a setting phrase: no "hold_in"
    ("The singer dropped a hint by posting a photo.", "dropped"),  # a preposition after the object: no "drop_by"
    ("Troops pulled out of the town.", "pulled"),  # a verb and a particle alone: borrow.py's phrasal loan
])
def test_no_idiom_of_a_setting_phrase_or_a_lone_particle(nlp, text, verb):
    assert idioms.idiom(_verb(nlp(text), verb)) is None


@pytest.mark.parametrize("text,typ", [
    ("The opposition leader was put to death by the junta in 1979.", "ASSAULT"),
    ("The Nepalese government gave way to the striking teachers on Tuesday.", "CONCEDE"),
])
def test_the_idiom_sense_types_the_verb(nlp, text, typ):
    found = find_triggers(nlp(text)[:])
    assert [t.type for t in found if isinstance(t.sense, borrow.BorrowedSense)] == [typ], \
        [(t.head.text, t.type) for t in found]


def test_an_idiom_lends_only_through_a_synonym(nlp):
    # "shake_hands" has no lexicon word in its synset; above it stand "greet" and "recognize": no loan
    found = find_triggers(nlp("The two ministers shook hands at the border.")[:])
    assert not any(isinstance(t.sense, borrow.BorrowedSense) for t in found), [(t.head.text, t.type) for t in found]


def test_a_conditioned_lexicon_row_stands_before_the_idiom(nlp):
    # "gave short shrift to" has a row of its own ("give", obj=shrift): the lexicon's word on that use
    found = find_triggers(nlp("Beijing gave short shrift to a protest from Manila over the reef.")[:])
    assert "REJECT" in [t.type for t in found] and not any(isinstance(t.sense, borrow.BorrowedSense) for t in found)
