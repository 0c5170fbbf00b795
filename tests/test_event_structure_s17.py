"""Events the sentence structure hides or invents (issue 7, session 17), over the real actors stage: a relative
pronoun stands for its head noun, a pronoun in a joined clause for the noun that clause names, the aim of an act
is no event, what a rule text lets someone do is no event, a stance told with "against", a threat's "with"
phrase. Sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def events_of(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    """(type, status) of every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2021, 6, 9)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    return [(e.type, e.status) for e in ad.events]


@pytest.mark.parametrize("text, want", [
    # the object gap: "that" is the troops the verb's sense asks for
    ("The soldiers that Chad sent to Niger last year have come home, officials in N'Djamena said.",
     ("MOBILIZE", "occurred")),
    # the passive-subject gap: "who" is the monitors, the ones deployed
    ("Monitors from Norway, who were deployed to Sri Lanka in 2002, wrote a book about the truce talks.",
     ("MOBILIZE", "occurred")),
    # a pronoun object of the second of two joined verbs is the first verb's object
    ("Jordan shut the border crossing in May and reopened it in August.", ("RETREAT", "occurred")),
])
def test_structure_finds_hidden_event(pipe, text, want):
    assert want in events_of(pipe, text)


@pytest.mark.parametrize("text, absent", [
    # the aim of an act that is itself an event
    ("Greece sent 2,000 police officers to its land border in 2020 to curb smuggling.", "COERCE"),
    # what a rule text lets someone do
    ("The new decree allows the army to detain protesters for two weeks, the government in Lima said.", "COERCE"),
    ("Rules adopted by Malta in 2019 let the navy intercept boats in its waters.", "COERCE"),
])
def test_structure_no_invented_event(pipe, text, absent):
    assert absent not in {t for t, _ in events_of(pipe, text)}


def test_stance_against_is_a_rejection_of_an_act_not_done(pipe):
    got = events_of(pipe, "Austria remains firmly against sending troops to Kosovo, its chancellor said.")
    assert ("REJECT", "occurred") in got
    assert ("MOBILIZE", "occurred") not in got


def test_threatened_with_is_hypothetical(pipe):
    got = events_of(pipe, "Iran threatened Israel with heavy retaliation on Sunday.")
    assert ("ASSAULT", "occurred") not in got
