"""Event wording of session 17 (issue 7): slips of session 16 checked against the PLOVER manual, and wire verbs and
event nouns that real news uses most often next to coded actors (a frequency sweep of Timeline17 tune articles,
typed by the PLOVER definitions). Sentences of our own, written for these tests (not taken from any check set)."""

from __future__ import annotations

import pytest

from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.nlp.stage import load_model
from event_harness import entity_events


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def main_type(nlp, text: str) -> str:
    """The PLOVER type (CAMEO-root convention, as the GSR is scored) of the sentence's main event."""
    ev = main_event(*entity_events(nlp, text))
    return plover_type(ev, "cameo") if ev is not None else "NONE"


@pytest.mark.parametrize("text,typ", [
    # hosting foreign forces is military cooperation, not a visit
    ("Romania has been hosting American troops at a Black Sea air base since 2014.", "COOPERATE"),
    ("Qatar hosts the largest American military base in the Middle East.", "COOPERATE"),
    # people met with force are repressed, not met
    ("Protesters in Lagos were met with tear gas and live rounds on Tuesday.", "COERCE"),
    # a body approving its own budget or bill: no act toward anyone
    ("The Dutch cabinet approved its budget for next year on Tuesday.", "NONE"),
    ("Kenya's parliament approved a finance bill that raises taxes on bread.", "NONE"),
])
def test_session_16_slips(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ", [
    # the plain senses stay as they were
    ("The French president met with the Brazilian president in Brasilia on Tuesday.", "CONSULT"),
    ("Egypt hosted the Sudanese rival generals for talks in Cairo.", "CONSULT"),
    ("The European Commission approved Poland's recovery plan on Wednesday.", "SUPPORT"),
])
def test_plain_senses_unchanged(nlp, text, typ):
    assert main_type(nlp, text) == typ

