"""Session 20 (issue 7): a private doer named with its country ("Brazil's striker") or by the WordNet entry its
modifier and head make ("tennis player") acting on no political party makes no political event; a political doer
with the same wording stays an event. Sentences of our own written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

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
    "Nigeria's winger fired a shot over the bar in the final minute.",
    "Ghana's striker hammered the ball past the keeper in the second half.",
    "A Serbian tennis player withdrew from the tournament in Madrid on Tuesday.",
])
def test_private_doer_named_with_its_country_or_compound(pipe, text):
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Nigeria's army fired shells at rebel positions in the north on Monday.", "ASSAULT"),
    ("Kenya's star runner met the president at State House in Nairobi.", "CONSULT"),
    ("Serbian troops withdrew from the border town on Tuesday.", "RETREAT"),
])
def test_political_doer_or_party_kept(pipe, text, kind):
    assert kind in types_of(pipe, text)
