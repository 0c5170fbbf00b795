"""Session 23 (issue 7): game results and fixtures told with no score and no sport word give no political event
(``events/contest.py``): two bare named sides and a verb whose WordNet reading is getting the better of an opponent
or meeting one. The same verbs between an army, a police force, a leader or an armed group stay events. Sentences
of our own written for these tests (not rows of the blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events import contest
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
    "Sweden beat Norway in Oslo on Wednesday night.",
    "Uruguay crushed Paraguay in Montevideo on Sunday.",
    "Ecuador stunned Colombia in Quito in October 2019.",
    "Juventus overcame Napoli in Turin on Saturday.",
    "Peru meet Chile in Lima on Thursday.",
    "Stan Wawrinka beat Novak Djokovic in Paris in June 2015.",
])
def test_bare_results_and_fixtures_give_no_event(pipe, text):
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Malian soldiers defeated the Tuareg rebels near Kidal on Monday.", "ASSAULT"),
    ("Somalia beat back an al-Shabaab raid on Mogadishu on Friday.", "ASSAULT"),
    ("Kenya hosted Ethiopia's prime minister in Nairobi on Tuesday.", "CONSULT"),
    ("Turkey shelled Syria on Tuesday.", "ASSAULT"),
    ("Croatia met Slovenia for talks on the border in Zagreb.", "CONSULT"),
    ("Armenia defeated Azerbaijan in the war of 1994.", "ASSAULT"),
    # two states meeting are talks unless the verb treats one as a team ("Peru meet Chile" above)
    ("Vietnam will meet Cambodia in Hanoi on Friday.", "CONSULT"),
    ("Mongolia meets Kazakhstan in Astana next week.", "CONSULT"),
])
def test_political_acts_with_the_same_verbs_stay(pipe, text, kind):
    assert kind in types_of(pipe, text)


@pytest.mark.parametrize("lemma, kind", [
    ("beat", "win"), ("defeat", "win"), ("thrash", "win"), ("rout", "win"), ("edge", "win"),
    ("face", "meet"), ("host", "meet"), ("shell", None), ("attack", None), ("bomb", None), ("praise", None),
])
def test_contest_reading_of_a_verb(lemma, kind):
    assert contest.contest_kind(lemma) == kind
