"""Triggers that name no event of their own (``events/nested.py``) and the lexicon senses found with them, on
sentences of our own; and the full-annotation scorer's one-to-one matching (``eval/_event_precision.py``)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from chronicler.events.triggers import find_triggers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from _event_precision import match  # noqa: E402

from conftest import alias


nlp = alias("spacy_model")


def types(nlp, text: str) -> list[str]:
    return sorted(t.type for t in find_triggers(next(nlp(text).sents)))


@pytest.mark.parametrize("text, want", [
    # the same happening twice: an event noun under a verb of its type, a participle on the subject
    ("The government provided 200 tonnes of food aid to the refugees.", ["AID"]),
    ("The foreign minister flew to Seoul for a summit with his counterpart.", ["CONSULT"]),
    ("A missile fired by the army flew over the border town.", ["MOBILIZE"]),
    # the thing a suspension ends
    ("The ministry suspended aid and talks with the junta.", ["SANCTION"]),
    # a protest's aim is the protest's
    ("Thousands of farmers marched in the capital to oppose the trade deal.", ["AGREE", "PROTEST"]),
    # a request verb stating a fact is no request; with a subjunctive content it is
    ("The ministry insisted that the reef is Philippine territory.", []),
    ("The ministry insisted that the crew be released.", ["REQUEST", "RETREAT"]),
    # a relation and a document are events only when a verb hosts them
    ("The two countries formed an alliance in 1950.", ["COOPERATE"]),
    ("The alliance has kept the peace for decades.", []),
    ("Both parties rejected the treaty.", ["REJECT"]),
    # equipment, not an act
    ("The coast guard said two patrol vessels were damaged.", ["COERCE"]),
    ("The navy banned the ferry from its ports.", ["SANCTION"]),
])
def test_triggers_that_name_no_event_of_their_own(nlp, text, want):
    assert types(nlp, text) == want


def test_a_setting_keeps_its_event(nlp):
    """"at their summit" is where the act took place (it shares the summit's date): both stay."""
    assert types(nlp, "Japan discussed fishing quotas with Norway at their summit in Oslo.") == ["CONSULT", "CONSULT"]


def test_a_naming_verb_is_no_fallback_request(nlp):
    from chronicler.events.fallback import fallback_triggers
    assert fallback_triggers(next(nlp("The premier called the launches deeply regrettable.").sents)) == []


def _ev(typ: str):
    return SimpleNamespace(type=typ, source=None, target=None, context=())


def test_matching_is_one_to_one_and_keeps_required_events_first():
    gold = [{"type": "AGREE|CONCEDE", "optional": True}, {"type": "AGREE", "optional": False}]
    ours = [_ev("AGREE")]
    assert match(gold, ours, lambda g, e: e.type in g["type"].split("|")) == {1: 0}  # the required one
    ours = [_ev("AGREE"), _ev("CONCEDE")]  # an augmenting path gives both a partner
    assert match(gold, ours, lambda g, e: e.type in g["type"].split("|")) == {0: 1, 1: 0}
    ours = [_ev("AGREE"), _ev("AGREE"), _ev("AGREE")]  # a third AGREE is a duplicate: unmatched
    assert len(match(gold, ours, lambda g, e: e.type in g["type"].split("|"))) == 2


def test_fallback_skips_a_subordinate_clause(nlp):
    """"so that divers can search": a purpose, not the act the sentence reports (the main clause still counts)."""
    from chronicler.events.fallback import fallback_triggers
    sent = next(nlp("The Navy plans to move the wreck so that divers can search for the remains.").sents)
    assert fallback_triggers(sent) == []
    assert [t.type for t in fallback_triggers(next(nlp("The police searched.").sents))] == ["COERCE"]


@pytest.mark.parametrize("text, want", [
    # a refusal to speak is no rejection (session 16); a refusal to act is
    ("The ministry declined to give details of the prisoner swap.", []),
    ("The Kremlin refused to comment on the report.", []),
    ("The ministry refused to release the detained sailors.", ["REJECT", "RETREAT"]),
    # a possessed demand or accusation inside a rejection is its author's act of its own
    ("Belarus rejected Lithuania's call to close the power plant.", ["REJECT", "REQUEST"]),
    # "called for X to be revised": the parser's clause mark is the request's "for"
    ("The provincial governor has also called for the treaty to be revised.", ["REQUEST"]),
])
def test_refusals_and_the_acts_inside_them(nlp, text, want):
    assert types(nlp, text) == want
