"""Session 19 (issue 7): the learned type model on news with no political act.

A trigger the model adds stands only with a political doer as its source; the subject's WordNet class and a
place, nationality or organisation owning the subject or object are features; the training set of session 19
labels every word of a sentence with no political act NONE. Sentences are our own.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from chronicler.events.learned.act import political_doer
from chronicler.events.learned.features import token_features
from chronicler.events.stage import EventsComponent
from chronicler.model import Actor, DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]

pipe = alias("actors_pipe")


def analysed(pipe: Pipeline, text: str, **config) -> AnnotatedDocument:
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2013, 6, 4)))
    return EventsComponent(config)(pipe(AnnotatedDocument(doc)))


def test_an_added_act_needs_a_political_doer(pipe):
    """A player is no political doer: the model, which reads a listed violent verb at the top of the sentence as
    an attack, adds no event there (before session 19: ASSAULT, "the winger" as a labour group)."""
    ad = analysed(pipe, "The winger fired a low shot past the keeper to level the score.", learned=True)
    assert not [e for e in ad.events if any(s.label.startswith("learned:") for s in e.provenance.spans)]


def test_political_doers():
    """Countries and state, armed, party and international bodies may do an added act; a business may not; a
    civilian group may protest but not attack."""
    country = Actor(id="c", name="Chile", kind="country", country="CHL")
    firm = Actor(id="f", name="the firm", kind="organization", country="CHL", sector="BUS")
    crowd = Actor(id="p", name="farmers", kind="group", country="FRA", sector="AGR")
    army = Actor(id="a", name="the army", kind="organization", country="MLI", sector="MIL")
    assert political_doer(country, "ASSAULT") and political_doer(army, "ASSAULT")
    assert not political_doer(firm, "ASSAULT") and not political_doer(firm, "PROTEST")
    assert political_doer(crowd, "PROTEST") and not political_doer(crowd, "ASSAULT")


def test_the_subject_and_its_owner_are_features(pipe):
    """The subject's WordNet class and the country that owns it tell a minister from a shop."""
    ad = pipe(AnnotatedDocument(Document(id="t", source="t", text="Peru's minister scolded the Bolivian envoy.")))
    verb = next(t for t in ad.nlp if t.lower_ == "scolded")
    feats = token_features(verb)
    assert "slex=noun.person" in feats and feats.get("sown=GPE") == 1.0
    assert feats.get("oown=NORP") == 1.0


def test_a_no_event_sentence_trains_every_word_as_none(pipe):
    """In a sentence the training set marks NONE, the lexicon's triggers ("expelled", "banned") are no events
    either: every instance is labelled NONE."""
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        from _learned_data import Item, instances
        from events import prepared
    finally:
        sys.path.remove(str(ROOT / "eval"))
    item = Item("NONE", "The academy expelled three cadets and banned phones from its dormitories.")
    docs = prepared([Document(id="n", source="own", text=item.text)])[0]
    rows = instances([item], docs)[0]
    assert rows and {label for _, label in rows} == {"NONE"}
