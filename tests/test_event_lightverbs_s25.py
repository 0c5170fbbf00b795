"""Session 25 (issue 7): events told by a light verb and an event noun, and purpose clauses (``events/lightverbs.py``,
rows of ``data/event_triggers.csv``, ``events/main.py``). Sentences of our own written for these tests (not rows of
the blind set ``eval/data/event_nouns_blind_s25.tsv``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]
pipe = alias("actors_pipe")


def annotated(pipe: Pipeline, text: str) -> AnnotatedDocument:
    """``text`` through nlp, actors and the events stage."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2024, 6, 3)))
    return EventsComponent({})(pipe(AnnotatedDocument(doc)))


def types_of(pipe: Pipeline, text: str) -> list[str]:
    """The type of every event the stage reads in ``text``."""
    return [e.type for e in annotated(pipe, text).events]


def main_type(pipe: Pipeline, text: str) -> str | None:
    """The type of the sentence's main event (None: no event)."""
    ad = annotated(pipe, text)
    ev = main_event(ad.events, ad.nlp)
    return ev.type if ev else None


@pytest.mark.parametrize("text, expected", [
    # the light verb's subject chooses the noun's reading
    ("Striking truckers mounted a blockade of the border crossing at Calais.", "PROTEST"),
    ("Army commandos carried out a raid on a rebel camp near the border.", "ASSAULT"),
    ("Police carried out a raid on the offices of the opposition newspaper.", "COERCE"),
    # what is offered is condolence, not a promise
    ("The Indian prime minister offered his condolences to Nepal after the earthquake.", "SUPPORT"),
    # more verbs that host their noun: "organised a rally", "undertook a visit"
    ("Opposition parties organised a rally in Dhaka in October 2023 against the government.", "PROTEST"),
    ("The Japanese prime minister undertook a visit to Canberra in July 2014.", "CONSULT"),
])
def test_light_verb_noun_reading(pipe, text, expected):
    assert main_type(pipe, text) == expected


@pytest.mark.parametrize("text", [
    "The prime minister held a news conference in Ottawa on Monday.",
    "India's weather office issued a heat warning for Delhi in May 2024.",
    "Toyota issued a profit warning in Tokyo in May 2020.",
    "The museum held an exhibition of Roman coins in Naples.",
    "Moderna launched a trial of its vaccine in teenagers in Canada in 2021.",
    "Shell is giving updates on the pipeline leak at a press conference in Lagos.",
])
def test_light_verb_with_no_political_noun(pipe, text):
    assert types_of(pipe, text) == []


def test_state_sending_ships_to_block_mobilizes(pipe):
    text = "Turkey sent warships to the eastern Mediterranean in August 2020 to block Greek survey vessels."
    assert main_type(pipe, text) == "MOBILIZE"


def test_strike_that_closes_a_city_is_the_event(pipe):
    text = "A general strike by Bolivian miners shut down La Paz in June 2005."
    assert main_type(pipe, text) == "PROTEST"


def test_blind_set_split_and_flags():
    rows = [line for line in (ROOT / "eval" / "data" / "event_nouns_blind_s25.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 168 and all(len(r.split("\t")) == 6 for r in rows)
    assert sum(1 for i, _ in enumerate(rows) if i % 3 == 2) == 56
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    assert all(f'"{f}"' in text for f in ("--nouns-s25", "--nouns-s25-measure", "--nouns-s25-errors"))
    assert "--nouns-s25-measure" in (ROOT / "Makefile").read_text(encoding="utf-8")
