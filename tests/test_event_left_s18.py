"""Event shapes sessions 16-17 left (issue 7, session 18), over the real actors stage: willingness or readiness to
act is an AGREE (a REJECT when negated), "X is opposed to Y's plan" is X's stance, and a penalty to be faced in
reported speech is the speaker's threat. Sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})


def events_of(pipe: Pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(type, status, source country, target country) of every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2019, 4, 2)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    code = lambda a: (a.country or "-") if a is not None else "-"  # noqa: E731
    return [(e.type, e.status, code(e.source), code(e.target)) for e in ad.events]


@pytest.mark.parametrize("text, want", [
    ("Nepal is willing to resume border talks with India, its foreign minister said on Friday.",
     ("AGREE", "occurred", "NPL", "IND")),
    ("Bolivia stood ready to negotiate with Chile over access to the sea, La Paz said in 2015.",
     ("AGREE", "occurred", "BOL", "CHL")),
    ("Uganda said it was prepared to meet Rwanda's leaders to settle the dispute.",
     ("AGREE", "occurred", "UGA", "RWA")),
])
def test_willingness_is_an_agreement(pipe, text, want):
    assert want in events_of(pipe, text)


def test_unwillingness_is_a_rejection_and_its_content_negated(pipe):
    got = events_of(pipe, "Serbia is not willing to hold talks with Croatia on the border, Belgrade said.")
    assert ("REJECT", "occurred", "SRB", "HRV") in got
    assert not any(t == "CONSULT" and s == "planned" for t, s, _, _ in got)


def test_eager_to_say_something_is_no_agreement(pipe):
    got = events_of(pipe, "Relief groups in Nepal are keen to stress that the aid must reach remote villages.")
    assert not any(t == "AGREE" for t, _, _, _ in got)


def test_opposed_to_a_plan_is_the_subject_s_stance(pipe):
    got = events_of(pipe, "Ghana is opposed to Togo's plan to close the border, the foreign minister said.")
    assert ("REJECT", "occurred", "GHA", "TGO") in got


@pytest.mark.parametrize("text, want", [
    ("Pakistan told Afghanistan on Monday that it would face consequences for sheltering militants.",
     ("THREATEN", "occurred", "PAK", "AFG")),
    ("The Thai army chief said Cambodia would pay a heavy price for any shelling of the temple.",
     ("THREATEN", "occurred", "THA", "KHM")),
])
def test_a_penalty_in_reported_speech_is_a_threat(pipe, text, want):
    assert want in events_of(pipe, text)


def test_a_penalty_faced_outside_speech_is_no_threat(pipe):
    got = events_of(pipe, "Striking miners in Peru faced a harsh response from the police.")
    assert not any(t == "THREATEN" for t, _, _, _ in got)


@pytest.mark.parametrize("text", [
    "Zambia ratified a mining accord with Congo in 2004.",
    "The pact signed by Laos and Vietnam in 1977 set their border.",
])
def test_signing_an_accord_is_one_support_event(pipe, text):
    types = [t for t, _, _, _ in events_of(pipe, text)]
    assert "SUPPORT" in types and "AGREE" not in types
