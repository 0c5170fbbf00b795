"""Session 22 (issue 7): private doers found through WordNet's kinds rather than a word list: trades and
professions, customers, travellers, fans, firms and financial institutions (with the public kinds among them
left political: officials, servicemen, police, guards, pilots, migrants, a central bank), a side named by its
game ("the cricket team"), and natural objects ("the volcano"). A complement of a verb so ruled out is the same
doer's ("the airline threatened to scrap flights"); a party the complement acts on, or whose thing the verb acts
on ("criticised the Qatari government's treatment of ..."), keeps the act. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.agency import private_kind
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias, needs_wordnet


pipe = alias("actors_pipe")


def types_of(pipe: Pipeline, text: str) -> list[str]:
    """The type of every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2023, 3, 9)))
    return [e.type for e in EventsComponent({})(pipe(AnnotatedDocument(doc))).events]


@needs_wordnet
@pytest.mark.parametrize("word", ["hunter", "shopper", "passenger", "miner", "chef", "lawyer", "farmer",
                                  "investor", "fan", "airline", "bank", "insurer", "retailer"])
def test_private_kinds(word):
    assert private_kind(word)


@needs_wordnet
@pytest.mark.parametrize("word", ["official", "policeman", "soldier", "guard", "prosecutor", "pilot", "captain",
                                  "demonstrator", "settler", "refugee", "unionist", "gunman", "central_bank",
                                  "protester", "villager", "student", "team", "major", "invader", "vigilante"])
def test_public_or_unknown_kinds(word):
    assert not private_kind(word)


@needs_wordnet
@pytest.mark.parametrize("text", [
    "Duck hunters shot dozens of teal on the lake at dawn.",
    "Holiday shoppers stormed the outlet mall in Ohio at first light.",
    "The regional bank seized three dairy farms after the loans went bad.",
    "The budget airline threatened to scrap its winter timetable.",
    "The volcano threatened the villages on its southern slopes.",
    "The Pakistani cricket team attacked the spinners from the first over.",
])
def test_private_doer_makes_no_event(pipe, text):
    assert types_of(pipe, text) == []


@needs_wordnet
@pytest.mark.parametrize("text, kind", [
    ("The budget airline threatened to sue the Spanish government over new airport taxes.", "THREATEN"),
    ("The Norwegian football team criticised the Qatari government's treatment of migrant workers.", "ACCUSE"),
    ("Police shot two hunters who had opened fire on a patrol near the border.", "ASSAULT"),
    ("Thousands of hunters marched through Madrid against the new animal welfare law.", "PROTEST"),
    ("Bus drivers threatened to strike over the city's new shift rules.", "THREATEN"),
])
def test_political_doer_or_party_kept(pipe, text, kind):
    assert kind in types_of(pipe, text)
