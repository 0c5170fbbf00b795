"""Session 18 WordNet loans (``chronicler.events.borrow``), on sentences of our own: senses of the motion and change
files lend only to a verb with a political side as subject (``events/sides.py``), and a listed verb none of whose
rows fit borrows as the WordNet phrasal verb it makes with a particle the lexicon wrote no row for."""

from __future__ import annotations

import pytest

from chronicler.events import borrow
from chronicler.events.triggers import find_triggers
from conftest import alias, needs_wordnet
from event_harness import loans_in

pytestmark = needs_wordnet

nlp = alias("spacy_model")




@pytest.mark.parametrize("word,text,typ", [
    ("retreat", "Israel retreated from two hilltops in southern Lebanon on Sunday.", "RETREAT"),
    ("retreat", "Ukrainian troops retreated from the eastern town of Avdiivka in February.", "RETREAT"),
])
def test_motion_sense_lends_to_a_political_subject(nlp, word, text, typ):
    # with every row of "retreat" taken out (the noun's too), its sense of moving back (WordNet's motion file)
    # reaches the lexicon's "withdraw": a state or its troops draw back
    assert [t for t, _ in loans_in(nlp, text, word)] == [typ]


@pytest.mark.parametrize("word,text", [
    ("retreat", "The glacier retreated two kilometres up the valley in Iceland."),
    ("retreat", "Share prices retreated from their record highs in Tokyo on Monday."),
])
def test_motion_sense_lends_nothing_without_a_political_subject(nlp, word, text):
    assert loans_in(nlp, text, word) == []


def test_listed_verb_borrows_its_unwritten_phrasal_form(nlp):
    # "lock" has a row for "lock up" only; "lock away" is WordNet's lock_away (confine): a detention
    found = find_triggers(nlp("Police in Minsk locked away two opposition bloggers for a month.")[:])
    assert [(t.type, t.sense.evidence.split()[1]) for t in found] == [("COERCE", "lock_away")], \
        [(t.head.text, t.type) for t in found]


def test_written_particle_keeps_the_lexicon_conditions(nlp):
    # "throw out" has rows whose conditions name what is thrown out; a ruling is not among them, and the phrasal
    # verb's first WordNet sense (expel) must not make a sanction of it
    found = find_triggers(nlp("Caracas threw out the budget figures of the opposition.")[:])
    assert all(not isinstance(t.sense, borrow.BorrowedSense) for t in found), [(t.head.text, t.type) for t in found]
