"""Session 15 (issue 7): who can do the act (``events/agency.py``). Diseases, storms, accidents and bodily
conditions act for no one, also as "it" told in the sentence before; singers, players, companies and doctors
acting on no political party make no political event; the same verbs with political doers stay events. Sentences
of our own written for these tests."""

from __future__ import annotations

from datetime import date

import sys

import pytest
from eval_modules import EVAL, eval_module

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def types_of(pipe: Pipeline, text: str) -> list[str]:
    """The type of every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2021, 5, 6)))
    return [e.type for e in EventsComponent({})(pipe(AnnotatedDocument(doc))).events]


@pytest.mark.parametrize("text", [
    "The typhoon came ashore in Luzon late on Monday. It killed 17 people in two coastal towns.",
    "A stroke killed the former film star at his ranch in Montana.",
    "Wildfires forced hundreds of villagers to leave their farms on Sunday.",
    "The pianist flew to Vienna on Friday to start a series of concerts.",
    "The goalkeeper met young fans at a sports centre in Lyon.",
    "The company fired two of its directors on Monday.",
    "Doctors released the injured climber from hospital on Monday.",
    "The winger fired a shot over the bar in the final minute.",
])
def test_no_political_doer(pipe, text):
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Rebel fighters stormed a town in the north on Monday. They killed 17 people in the market.", "ASSAULT"),
    ("Police fired tear gas at the marchers in the capital.", "COERCE"),
    ("The defence minister flew to Vienna on Friday for talks with his Austrian counterpart.", "CONSULT"),
    ("The army forced hundreds of villagers to flee their farms on Sunday.", "SANCTION"),
    ("Colombian guerrillas freed six hostages, among them two oil engineers, on Friday.", "RETREAT"),
    ("Doctors accused the government of hiding the number of deaths.", "ACCUSE"),
    ("The blast came a month after the refinery's owner was fined a record sum by regulators.", "SANCTION"),
])
def test_political_doer_kept(pipe, text, kind):
    assert kind in types_of(pipe, text)


@pytest.mark.parametrize("text", [
    "A stroke killed Kenya's former finance minister at a Nairobi hospital on Monday.",
    "A falling crane hit the Italian defence minister's car in Rome on Tuesday.",
    "A fall from a ladder injured the Dutch foreign minister at his home on Sunday.",
    "Tuberculosis killed the Bolivian vice president's chief adviser last week.",
])
def test_no_event_when_a_thing_harms_a_coded_person(pipe, text):
    """Session 17: the doer's kind decides whatever the victim is: an illness read from a later WordNet sense
    ("stroke"), a falling thing or a fall, a capitalised first-word illness the tagger took for a name."""
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen killed Kenya's former finance minister outside his home in Nairobi on Monday.",
    "Soldiers beat the Bolivian opposition leader during a march in La Paz.",
    "A rocket fired by militants hit the Italian defence minister's car in Rome on Tuesday.",
])
def test_attack_on_a_coded_person_kept(pipe, text):
    assert "ASSAULT" in types_of(pipe, text)


@pytest.mark.parametrize("text", [
    "The union's strike fund has grown to two million pounds.",
    "His travel expenses rose sharply last year.",
])
def test_event_noun_classifying_a_thing(pipe, text):
    assert types_of(pipe, text) == []


def test_event_noun_before_an_act_kept(pipe):
    assert "PROTEST" in types_of(pipe, "Thousands of nurses joined the strike action in Nairobi on Monday.")


def test_scorer_reads_no_event_rows():
    """eval/events.py: a gold "-" row is right only when no event is emitted; the set's own line says so."""
    sys.path.insert(0, str(EVAL))  # eval/events.py imports its sibling modules (_codes, _event_precision)
    events = eval_module("events")
    line = events._event_or_not([("NONE", "NONE"), ("NONE", "ASSAULT"), ("AID", "AID"), ("REQUEST", "REQUEST")], 1)
    assert "no-event rows 2: right (no event) 1" in line
    assert "precision  66.7% recall 100.0%" in line and "content also occurred: 1/1" in line
    rows = events._read_rows(events.ROOT / "eval" / "data" / "event_types_blind_s15.tsv", 5)
    assert len(rows) == 150 and sum(r[1] == "-" for r in rows) == 60
