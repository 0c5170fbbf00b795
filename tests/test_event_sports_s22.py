"""Session 22 (issue 7): sports and entertainment copy gives no political event (``events/sports.py``). Teams
named by their countries, cities or clubs beat, crush, meet and face each other; a score, a margin or a sport
word among the verb's arguments says it is a game. Political acts about sport (bans, boycotts, suspensions,
police at a match) stay events. Sentences of our own written for these tests (not rows of the blind set)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from chronicler.events import sports
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
    "Mexico beat Canada 3-1 in Toronto on Tuesday.",
    "Nigeria crushed Ghana 4-0 in a friendly in Lagos.",
    "New Zealand beat Pakistan by seven wickets in Hamilton.",
    "Portugal overcame Switzerland on penalties in Seville.",
    "Denmark will meet Sweden in the quarterfinal in Copenhagen.",
    "Kenya's runners swept the medals in the marathon in Tokyo.",
])
def test_games_give_no_event(pipe, text):
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Canada boycotted the athletics championships in Minsk over the crackdown on the opposition.", "PROTEST"),
    ("Police fired tear gas at fans outside the stadium after the 2-1 defeat in Lima.", "COERCE"),
    ("Russian troops shelled a football stadium in Kharkiv on Monday.", "ASSAULT"),
    # a range of days is no score (the parser names it a date)
    ("Japan will hold talks with Norway on May 4-6.", "CONSULT"),
])
def test_political_acts_about_sport_stay(pipe, text, kind):
    assert kind in types_of(pipe, text)


@pytest.mark.parametrize("text, score", [
    ("Chile beat Peru 2-0 in Santiago.", True),
    ("They drew 1-1 and then lost 6-2 6-1.", True),
    ("Sri Lanka won by 45 runs.", True),
    ("The senate voted 52-48 to confirm her.", False),
    ("The strikes killed 10-15 people in 2019-20.", False),
])
def test_score_reads_games_not_votes_or_ranges(score, text):
    words, at = [], 0
    for w in text.split():  # tokens as the scorer reads them: no entity type (the parser named no date here)
        at = text.index(w, at)
        words.append(SimpleNamespace(lower_=w.lower().strip(".,"), text=w, idx=at, ent_type_=""))
        at += len(w)
    sent = type("Sent", (), {"text": text, "start_char": 0, "__iter__": lambda self: iter(words)})()
    assert sports._score(sent) is score
