"""Forces moved on a mission the report calls relief work are AID (events/mission.py). Sentences are our own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import Actor, DateInterval, Document, Event, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

JPN = Actor("country:JPN", "Japan", "country", "JPN")
NOR = Actor("country:NOR", "Norway", "country", "NOR")
JMIL = Actor("group:jpn-mil", "Japanese troops", "group", "JPN", "MIL")
ACTORS = {"Japanese troops": JMIL, "Japan": JPN, "Norway": NOR}
RELIEF = " The troops will purify water and run relief camps for the flood victims."


nlp = alias("spacy_model")


def events_of(nlp, text: str) -> list[Event]:
    sdoc = nlp(text)
    taken: list[tuple[int, int]] = []
    mentions = []
    for s, a in ACTORS.items():
        for m in re.finditer(rf"\b{s}\b", text):
            if not any(lo < m.end() and m.start() < hi for lo, hi in taken):
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), m.group(), a.id, "name"))
    doc = Document(id="d", source="test", text=text, published=DateInterval.day(date(2009, 4, 20)))
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions), actors=(JPN, NOR, JMIL),
                           timexes=(), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def at(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger.lower().startswith(word))


@pytest.mark.parametrize("first", ["Japanese troops arrived in Norway to help.",
                                   "Japanese troops left Japan for the flooded north of Norway."])
def test_a_movement_of_forces_on_a_relief_mission_is_aid(nlp, first):
    evs = events_of(nlp, first + RELIEF)
    move = at(evs, first.split()[2])
    assert move.type == "AID" and "humanitarian" in move.context, [(e.trigger, e.type) for e in evs]
    assert move.source is not None and move.source.country == "JPN"


def test_without_a_relief_mission_the_movement_keeps_its_type(nlp):
    evs = events_of(nlp, "Japanese troops arrived in Norway for a joint exercise.")
    assert at(evs, "arrived").type != "AID", [(e.trigger, e.type) for e in evs]


def test_forces_leaving_a_foreign_country_still_withdraw(nlp):
    evs = events_of(nlp, "Japanese troops left Norway after the floods." + RELIEF)
    assert at(evs, "left").type == "RETREAT", [(e.trigger, e.type) for e in evs]


def test_a_mission_told_of_far_away_does_not_retype_the_movement(nlp):
    filler = " The weather stayed mild." * 8
    evs = events_of(nlp, "Japanese troops arrived in Norway for a joint exercise." + filler + RELIEF)
    assert at(evs, "arrived").type != "AID", [(e.trigger, e.type) for e in evs]


def test_a_relief_well_is_no_aid_mission(nlp):
    evs = events_of(nlp, "Japanese troops arrived in Norway. Engineers drilled a relief well near the rig.")
    assert at(evs, "arrived").type != "AID", [(e.trigger, e.type) for e in evs]
