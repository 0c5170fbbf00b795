"""Session 12 WordNet loans (``chronicler.events.borrow``), on sentences of our own: a verb the lexicon does not list
borrows the row of the event noun derived from it ("mobilized" ~ mobilization), a verb used without an object reads
the senses whose WordNet frames have none first ("demonstrated in Nairobi": march in protest, not show), and a
perception verb's minor court sense lends nothing ("could be heard")."""

from __future__ import annotations

import pytest

from chronicler.events import borrow
from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.triggers import find_triggers
from chronicler.events.verbuse import sense_ranks, usage
from chronicler.nlp import wordnet
from conftest import alias, needs_wordnet
from event_harness import entity_events, unlisted

pytestmark = needs_wordnet


nlp = alias("spacy_model")



def evidence(ev) -> str:
    return next((s.label for s in ev.provenance.spans if s.label.startswith("wordnet")), "") if ev else ""


@pytest.mark.parametrize("word,text,typ,lender", [
    ("mobilize", "Armenia mobilized thousands of reservists on Sunday.", "MOBILIZE", "mobilization"),
    ("shell", "Ethiopian artillery shelled Eritrean positions near Badme.", "ASSAULT", "shelling"),
])
def test_verb_borrows_the_event_noun_it_is_derived_from(nlp, word, text, typ, lender):
    # with the verb's own rows taken out, its first sense's derivational link reaches the lexicon's event noun
    doc = nlp(text)
    with unlisted(word):
        found = find_triggers(doc[:])
    assert [t.type for t in found] == [typ], [(t.text, t.type) for t in found]
    assert found[0].sense.evidence == f"wordnet: {word} ~ {lender}" and found[0].sense.confidence < 0.6


def test_unlisted_event_noun_borrows_no_verb(nlp):
    # nouns do not borrow across parts of speech: "penalty" ~ penalise read a sentence one risks as a sanction
    evs, _ = entity_events(nlp, "The Kenyan minister faces a penalty of ten years in prison.")
    assert not any(" ~ " in evidence(e) for e in evs), [evidence(e) for e in evs]


def test_derivations_are_word_specific():
    # "withdrawal" in its sense of leaving is derived from "withdraw"; the synset's other words ("retreat") are not
    sense = next(s for s in wordnet.synsets("withdrawal", "n") if "departure" in
                 {w for h in s.hypernyms for w in wordnet.synset(h, "n").words})
    targets = {word for _, word in wordnet.derivations(sense, "withdrawal")}
    assert "withdraw" in targets and "retreat" not in targets


@pytest.mark.parametrize("word,text", [
    ("demonstrate", "Thousands of Kenyans demonstrated in Nairobi on Saturday."),
    ("march", "Thousands of Kenyans marched through Nairobi on Saturday."),
])
def test_verb_without_object_reads_its_intransitive_senses_first(nlp, word, text):
    # with the word's own rows taken out, its protest sense (WordNet's 4th of "demonstrate", no object in its
    # frames) must be read first, as the sentence uses the verb without an object
    doc = nlp(text)
    with unlisted(word):
        found = find_triggers(doc[:])
    assert [t.type for t in found] == ["PROTEST"], [(t.text, t.type) for t in found]
    assert isinstance(found[0].sense, borrow.BorrowedSense)


def test_sense_ranks_follow_the_frames():
    senses = wordnet.synsets("demonstrate", "v")
    social = next(i for i, s in enumerate(senses) if s.lexname == "verb.social")
    assert sense_ranks("demonstrate", "v", "intransitive")[social] == 0
    assert sense_ranks("demonstrate", "v", "transitive")[0] == 0
    assert sense_ranks("demonstrate", "v", "")[social] == social  # no use known: WordNet's order


def test_verb_frames_are_read_per_word():
    attack = wordnet.synsets("attack", "v")[0]
    assert {8, 9} <= wordnet.verb_frames(attack, "attack")
    assert wordnet.verb_frames(attack, "no_such_word") <= wordnet.verb_frames(attack, "attack")


def test_perception_verb_borrows_no_court_hearing(nlp):
    # "hear" first means perceiving a sound; only a minor sense ("hear a case") is linked to the court "hearing"
    doc = nlp("Pakistan's heavy shelling of the border villages could be heard in Kashmir.")
    with unlisted("hear"):
        found = find_triggers(doc[:])
    assert all(not isinstance(t.sense, borrow.BorrowedSense) for t in found), [t.sense for t in found]


@pytest.mark.parametrize("text,word,use", [
    ("Thousands of Kenyans demonstrated in Nairobi on Saturday.", "demonstrated", "intransitive"),
    ("Kenya demonstrated its new armoured vehicles to Ugandan officers.", "demonstrated", "transitive"),
    ("The two envoys were summoned to the ministry.", "summoned", "transitive"),  # a passive
    ("The patient lay on the bed, connected to a drip.", "connected", "transitive"),  # a passive participle
    ("Washington should shock and awe its critics.", "shock", ""),  # an object shared with "awe"
    ("Brazil urged Peru to negotiate.", "urged", "transitive"),
])
def test_verb_use_is_read_off_the_parse(nlp, text, word, use):
    tok = next(t for t in nlp(text) if t.text == word)
    assert usage("verb", tok) == use
