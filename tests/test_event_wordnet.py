"""Event types borrowed through WordNet (``chronicler.events.borrow``) on sentences of our own whose trigger word the
lexicon does not list: the loan, its evidence and confidence, general verbs that borrow nothing, a lexicon trigger
winning over a loan, and the stage without WordNet."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicler.events import borrow
from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.triggers import find_triggers, lemmas
from chronicler.model import Event
from chronicler.nlp import wordnet
from chronicler.nlp.stage import load_model
from conftest import alias
from event_harness import entity_events


nlp = alias("spacy_model")


def events(nlp, text: str, **config) -> tuple[list[Event], Event | None]:
    """The events of ``text`` (spaCy entities stand in for actor mentions) and the main one."""
    evs, sdoc = entity_events(nlp, text, config)
    return evs, main_event(evs, sdoc)


def evidence(ev: Event | None) -> str:
    return next((s.label for s in ev.provenance.spans if s.label.startswith("wordnet")), "") if ev else ""


@pytest.mark.parametrize("text,typ,lender", [
    ("Germany chastened Belgium over its border controls.", "ACCUSE", "chastise"),
    ("Rwandan militiamen butchered dozens of villagers near Goma on Sunday.", "ASSAULT", "slaughter"),
    ("The Chilean president eulogized Argentina for its help after the floods.", "SUPPORT", "praise"),
    ("Norway interceded between Colombia and the guerrillas.", "CONSULT", "mediate"),
    ("The Kremlin rebutted Estonia's account of the incident.", "REJECT", "refute"),
    ("Colombian paramilitaries terrorized farmers along the frontier.", "COERCE", "coerce"),
])
def test_unlisted_verb_borrows_a_lexicon_type(nlp, text, typ, lender):
    evs, ev = events(nlp, text)
    assert ev is not None and plover_type(ev, "cameo") == typ
    assert evidence(ev).endswith(f" {lender}")  # "wordnet: chasten = chastise"
    spans = list(ev.provenance.spans)
    trig = next(s for s in spans if s.label == "trigger")
    proof = next(s for s in spans if s.label.startswith("wordnet"))
    assert (proof.start, proof.end) == (trig.start, trig.end) and spans.index(trig) < spans.index(proof)
    assert ev.field_confidence["type"] < 0.6  # below a direct verb hit (0.8)
    # the trigger, roles and status come from the usual machinery (stand-in mentions: a source span, no coded actor)
    assert ev.trigger and any(s.label == "source" for s in ev.provenance.spans) and ev.status == "occurred"


def test_unlisted_words_are_really_unlisted(nlp):
    # the loans above are loans only while the lexicon does not list the words; fail loudly if someone adds them
    for word in ("chasten", "butcher", "eulogize", "intercede", "rebut", "terrorize"):
        assert not borrow.listed([word]), word


def test_wordnet_off_by_config_gives_no_loan(nlp):
    evs, _ = events(nlp, "Militiamen butchered dozens of villagers near Goma on Sunday.", wordnet=False)
    assert not any(evidence(e) for e in evs)


@pytest.mark.parametrize("text", [
    "Germany made France an offer it could not refuse.",
    "Japan did France a favour last week.",
    "Peru got the Chilean ambassador out of bed at midnight.",
    "Mexico went to Guatemala for the weekend.",
    "Turkey has twelve frigates in the Aegean.",
    "Brazil says Argentina is right.",
    "Italy took the French proposal to Brussels.",
])
def test_general_verbs_borrow_nothing(nlp, text):
    evs, _ = events(nlp, text)
    assert not any(evidence(e) for e in evs), [evidence(e) for e in evs]


@pytest.mark.parametrize("verb", sorted({"make", "do", "take", "get", "give", "go", "have", "say"}))
def test_stop_list_holds_the_general_verbs(verb):
    assert verb in borrow.stop_words()


def test_direct_trigger_wins_over_a_loan_at_the_same_level(nlp):
    # "denounced" is in the lexicon and heads the sentence; the borrowed "chastened" stands lower (a conjunct)
    evs, ev = events(nlp, "Germany denounced France and chastened Italy over the budget.")
    assert ev is not None and plover_type(ev, "cameo") == "ACCUSE" and not evidence(ev)
    assert not any(evidence(e) for e in evs)
    sent = next(load_model()("Germany denounced France and chastened Italy over the budget.").sents)
    assert all(not isinstance(t.sense, borrow.BorrowedSense) for t in find_triggers(sent))


def test_loan_above_a_direct_trigger_becomes_the_main_event(nlp):
    # the borrowed verb heads the sentence; the lexicon's "attacking" is the content of the reproach
    evs, ev = events(nlp, "Poland chastened Russia for attacking the Ukrainian border posts.")
    assert ev is not None and evidence(ev) and plover_type(ev, "cameo") == "ACCUSE"


def test_borrowed_event_noun_only_fills_a_sentence_without_triggers(nlp):
    sent = next(nlp("Canada criticized the Cuban crackdown during an interview with Mexico.").sents)
    assert all(not isinstance(t.sense, borrow.BorrowedSense) or t.noun is None for t in find_triggers(sent))


def test_form_found_by_wordnet_keeps_the_lexicon_row(nlp):
    # the tagger leaves "extolled" as "extoll"; WordNet's exception list knows it is "extol", a lexicon word
    sent = next(nlp("Kenya extolled Uganda for its peacekeepers.").sents)
    tok = next(t for t in sent if t.lower_ == "extolled")
    if borrow.listed(lemmas(tok)):
        pytest.skip("the tagger lemmatised it right")
    sense = borrow.borrowed_sense(tok, "verb", lemmas(tok))
    assert sense is not None and sense.type == "SUPPORT" and sense.evidence == "wordnet: form of extol"


SUBJECTS = ["Germany", "The Kenyan army", "Rebels in the north", "The Chilean president"]
VERBS = ["butchered", "chastened", "eulogized", "met", "attacked", "rebutted", "made", "praised", "terrorized",
         "interceded with", "visited", "took"]
OBJECTS = ["France", "villagers near Goma", "the Peruvian envoy", "the proposal", "Colombia and the guerrillas"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(OBJECTS))
def test_without_wordnet_the_stage_reads_what_the_lexicon_alone_reads(nlp, monkeypatch, subj, verb, obj):
    text = f"{subj} {verb} {obj} on Monday."
    plain, _ = events(nlp, text, wordnet=False)
    with monkeypatch.context() as m:
        m.setattr(wordnet, "available", lambda: False)
        absent, _ = events(nlp, text)
    with monkeypatch.context() as m:
        m.setattr(wordnet, "synsets", lambda word, pos: [])
        borrow.lenders.cache_clear()
        empty, _ = events(nlp, text)
    borrow.lenders.cache_clear()
    key = [(e.type, e.trigger, e.status, e.field_confidence["type"]) for e in plain]
    assert [(e.type, e.trigger, e.status, e.field_confidence["type"]) for e in absent] == key
    assert [(e.type, e.trigger, e.status, e.field_confidence["type"]) for e in empty] == key
    assert not any(evidence(e) for e in absent + empty)
