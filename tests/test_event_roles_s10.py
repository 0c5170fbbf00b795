"""Roles of session 10 (issue 7), read over the real actors stage: the own-country target of acts at home,
the other side of a mobilization, indirect objects. Sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def main_roles(pipe: Pipeline, text: str, config: dict | None = None) -> tuple[str, str | None, str | None]:
    """Type, source and target countries of the sentence's main event."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2011, 5, 2)))
    ad = EventsComponent(config or {})(pipe(AnnotatedDocument(doc)))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None, text
    return ev.type, (ev.source.country if ev.source else None), (ev.target.country if ev.target else None)


@pytest.mark.parametrize("text, typ, src", [
    # an investigation, a rejection of demands, a beating at home with no other side named: aimed at home
    ("Brazilian prosecutors opened an investigation into the bridge contracts.", "ACCUSE", "BRA"),
    ("Venezuela's president brushed aside demands for a recount.", "REJECT", "VEN"),
    ("Eritrean soldiers opened fire during the funeral.", "ASSAULT", "ERI"),
    # police moved at home
    ("Chile deployed thousands of riot police in Valparaiso before the march.", "MOBILIZE", "CHL"),
])
def test_more_domestic_acts_aim_at_home(pipe, text, typ, src):
    assert main_roles(pipe, text) == (typ, src, src)
    assert main_roles(pipe, text, {"domestic_targets": False}) == (typ, src, None)


@pytest.mark.parametrize("text, typ, src", [
    # a denial answers an accuser the text does not name; troops put on alert have no side named
    ("Peru denied any involvement in the bribery scheme.", "REJECT", "PER"),
    ("Chile put its army on alert on Tuesday.", "MOBILIZE", "CHL"),
])
def test_denials_and_troop_alerts_keep_an_empty_target(pipe, text, typ, src):
    assert main_roles(pipe, text) == (typ, src, None)


@pytest.mark.parametrize("text, tgt", [
    # a place the gazetteer codes, with no actor mention: "around X"
    ("Turkey massed gunboats around Cyprus on Friday.", "CYP"),
    # an edge hanging on another preposition's object
    ("Poland placed its tank units on standby along the Belarus frontier.", "BLR"),
    # the offensive a call-up prepares
    ("Armenia mobilised reservists ahead of an assault on Azerbaijan.", "AZE"),
])
def test_mobilization_adversary(pipe, text, tgt):
    assert main_roles(pipe, text)[0] == "MOBILIZE"
    assert main_roles(pipe, text)[2] == tgt


@pytest.mark.parametrize("text, typ, src, tgt", [
    # an event noun handed over: the verb's indirect object receives it
    ("Brazil sent Bolivia a stern warning over the gas fields.", "THREATEN", "BRA", "BOL"),
    ("Ghana handed Togo an ultimatum on the border crossings.", "THREATEN", "GHA", "TGO"),
])
def test_indirect_object_receives_the_event_noun(pipe, text, typ, src, tgt):
    assert main_roles(pipe, text) == (typ, src, tgt)


@pytest.mark.parametrize("text, typ, src, tgt", [
    # "European" before a proposal is the EU's; the Commonwealth is a body of states, not a country
    ("Moscow turned down the European plan for the gas pipeline.", "REJECT", "RUS", "IGO"),
    ("The Commonwealth urged Lesotho to hold a fresh vote.", "REQUEST", "IGO", "LSO"),
])
def test_european_and_commonwealth_are_international_bodies(pipe, text, typ, src, tgt):
    assert main_roles(pipe, text) == (typ, src, tgt)
