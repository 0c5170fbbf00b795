"""Session 23 (issue 7): the communal-violence and conditional-threat set, a threat's condition naming its target,
and violence between communities. Sentences of our own, not rows of the set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402
from conftest import alias  # noqa: E402
from test_event_roles_s13 import main_roles  # noqa: E402

SET = ROOT / "eval" / "data" / "event_communal_blind_s23.tsv"
pipe = alias("actors_pipe")


def test_the_communal_set_splits_by_row_number():
    """119 rows of six columns; row i with i % 3 == 2 is measure (39 rows), the rest tune."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 119 and all(len(r) == 6 for r in rows)
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 39 and len(_unlisted_s16.read_rows(SET, "tune")) == 80


def test_the_communal_set_is_scored_alone_by_its_flags():
    """``eval/events.py --communal-s23[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "communal-s23" in events.SETS_ALONE
    assert {"--communal-s23", "--communal-s23-errors", "--communal-s23-measure"} <= set(events.FLAGS)


@pytest.mark.parametrize("text, want", [
    # the threat names no party of its own: the subject of its condition is the party threatened
    ("Serbia threatened to suspend talks on the border crossings if Croatia kept arresting Serbian veterans.",
     ("THREATEN", "SRB", "HRV")),
    ("Egypt threatened to review its peace treaty if Israel sent troops into the Philadelphi corridor.",
     ("THREATEN", "EGY", "ISR")),
    ("Cyprus threatened to block the EU's customs deal if Ankara kept its ports closed to Cypriot ships.",
     ("THREATEN", "CYP", "TUR")),
    ("Algeria threatened to halt gas deliveries unless Spain changed its stance on Western Sahara.",
     ("THREATEN", "DZA", "ESP")),
])
def test_a_threat_whose_condition_names_the_party_targets_it(pipe, text, want):
    assert main_roles(pipe, text) == want


@pytest.mark.parametrize("text, want", [
    # the threat verb names its addressee: that stays the target
    ("China threatened Japan with sanctions if Tokyo let Taiwan's leader visit.", ("THREATEN", "CHN", "JPN")),
])
def test_a_threat_with_an_addressee_keeps_it(pipe, text, want):
    assert main_roles(pipe, text) == want


def main_type(pipe, text: str) -> str | None:
    """The type of the sentence's main event (None for no event)."""
    from datetime import date

    from chronicler.events.main import main_event
    from chronicler.events.stage import EventsComponent
    from chronicler.model import DateInterval, Document
    from chronicler.pipeline import AnnotatedDocument

    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2019, 5, 14)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    ev = main_event(ad.events, ad.nlp)
    return ev.type if ev else None


@pytest.mark.parametrize("text", [
    # private doers (trades) whose violence kills or names a community: communal violence, ASSAULT
    "Cattle herders attacked two farming villages in Nigeria's Kaduna state, killing 14 people.",
    "Fishermen from rival islands fought with machetes on Lake Victoria in Kenya, leaving five dead.",
    # two communities fighting each other: no riot against the authorities
    "Hindu and Muslim youths clashed in the Indian town of Khargone, leaving three dead.",
    "Sunni and Shia mobs clashed in the Lebanese city of Tripoli on Sunday.",
])
def test_communal_violence_is_an_assault(pipe, text):
    assert main_type(pipe, text) == "ASSAULT"


@pytest.mark.parametrize("text", [
    # a pair of private people, animals, no deaths and no community: still no event
    "Two fishermen fought over a net on Lake Victoria, and one drowned.",
    "Hunters killed three wild boars in the hills near Florence.",
    "Rival street traders scuffled over a pitch outside the station in Milan.",
    # a nationality is no community: private people abroad stay private
    "Chinese tourists stormed a duty-free shop in Seoul on Sunday.",
    "British fans fought with Italian waiters outside a bar in Rome.",
])
def test_private_violence_stays_no_event(pipe, text):
    assert main_type(pipe, text) is None
