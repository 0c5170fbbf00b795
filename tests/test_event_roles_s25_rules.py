"""Roles of session 25 (issue 7), read over the real actors stage: the sides of an event noun that is itself the
passive subject ("the embargo against X was extended"), two nationalities joined by a hyphen before an event noun
("Iranian-Saudi talks"), the country forces leave ("troops left X"), and the place aid goes to when two countries
send it. Sentences of our own, not of any check set."""

from __future__ import annotations

import pytest

from conftest import alias
from test_event_roles_s13 import main_roles

pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, want", [
    # the passive subject is the act itself: its own modifier and phrase name the sides
    ("The American embargo against North Korea was extended on Monday.", ("SANCTION", "USA", "PRK")),
    # a hyphenated pair of nationalities: the first is the source, the second the target, before a topic phrase
    ("Iranian-Saudi talks resumed in Baghdad in April 2021.", ("CONSULT", "IRN", "SAU")),
    ("Greek-Turkish talks on the Aegean dispute resumed in Athens in January 2021.", ("CONSULT", "GRC", "TUR")),
    # the object of a verb of leaving is the country left
    ("Vietnamese troops left Cambodia in September 1989.", ("RETREAT", "VNM", "KHM")),
    ("Soviet troops quit Afghanistan in February 1989.", ("RETREAT", "RUS", "AFG")),
    # two senders of aid are no reciprocal pair: the destination receives
    ("Japan and Australia sent rescue teams to Turkey in February 2023.", ("AID", "JPN", "TUR")),
])
def test_session_25_role_constructions(pipe, text, want):
    assert main_roles(pipe, text) == want


def test_a_dash_between_words_is_no_pair():
    """A spaced dash is punctuation between clauses, not the hyphen of a pair."""
    from chronicler.events.hyphenpair import hyphen_pair
    from chronicler.nlp.stage import load_model

    doc = load_model()("Iranian - Saudi talks resumed.")
    assert all(hyphen_pair(t, []) == [] for t in doc)
