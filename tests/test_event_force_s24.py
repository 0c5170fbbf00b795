"""Session 24 (issue 7): force, victory and crime between sides that carry no war word (``events/force.py``,
readings of ``data/event_complements.csv``, rows of ``data/event_triggers.csv``). Sentences of our own written for
these tests (not rows of the blind set ``eval/data/event_force_blind_s24.tsv``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]
pipe = alias("actors_pipe")


def events_of(pipe: Pipeline, text: str) -> list:
    """Every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2021, 5, 6)))
    return list(EventsComponent({})(pipe(AnnotatedDocument(doc))).events)


def types_of(pipe: Pipeline, text: str) -> list[str]:
    """The type of every event the stage reads in ``text``."""
    return [e.type for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    # a win at the polls
    "The Social Democrats routed the conservatives in the regional election in Bavaria.",
    "The former governor crushed his rival in the Senate primary in Ohio.",
    # two named persons
    "Jacinda Ardern beat Judith Collins in Auckland in October 2020.",
    # private crimes: a private matter, the doer's own kin or acquaintance, one unnamed person on another
    "A man poisoned his brother over an inheritance in Multan.",
    "A woman stabbed her landlord in a row over unpaid rent in Bristol.",
    "A thief clubbed a pensioner in a park in Lisbon.",
])
def test_no_act_of_force(pipe, text):
    assert types_of(pipe, text) == []


@pytest.mark.parametrize("text, kind", [
    # votes that defeat a motion or a bill reject it
    ("The Polish parliament defeated a motion of no confidence in the interior minister on Thursday.", "REJECT"),
    ("Senators defeated the immigration bill in Canberra on Monday.", "REJECT"),
    # police against a crowd: violent repression (175, COERCE under the CAMEO root)
    ("Indonesian police clubbed student protesters in Jakarta on Friday.", "COERCE"),
    ("Riot police beat marchers outside the parliament in Nairobi on Tuesday.", "COERCE"),
    ("Security forces turned water cannon on demonstrators in Caracas.", "COERCE"),
    # troops defeating any side act by force
    ("French troops defeated the jihadist column near Konna in January 2013.", "ASSAULT"),
    # lone attackers of many people or of a named person stay assaults
    ("A gunman shot dead six worshippers at a church in Charleston.", "ASSAULT"),
    ("A man stabbed the mayor of Gdansk on stage in January 2019.", "ASSAULT"),
    # soldiers beating a detainee are no repression of a crowd
    ("Soldiers beat a detained journalist in Harare.", "ASSAULT"),
])
def test_act_of_force_kept_or_retyped(pipe, text, kind):
    assert kind in types_of(pipe, text)


def test_police_beating_a_crowd_is_coded_175(pipe):
    ev = [e for e in events_of(pipe, "Riot police beat marchers outside the parliament in Nairobi on Tuesday.")]
    assert any(e.cameo == "175" for e in ev)


def test_seized_named_place_is_occupied_territory(pipe):
    ev = events_of(pipe, "Houthi fighters seized Sanaa from government troops in September 2014.")
    assert any(e.cameo == "192" for e in ev)


def test_blind_set_split_and_flags():
    rows = [line for line in (ROOT / "eval" / "data" / "event_force_blind_s24.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 130 and all(len(r.split("\t")) == 6 for r in rows)
    assert sum(1 for i, _ in enumerate(rows) if i % 3 == 2) == 43
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    assert all(f'"{f}"' in text for f in ("--force-s24", "--force-s24-measure", "--force-s24-errors"))
