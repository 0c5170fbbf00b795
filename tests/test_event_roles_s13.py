"""Roles of session 13 (issue 7), read over the real actors stage: causes that recur across our check sets —
coordinated sides of a joint act, and the place an act of force befalls named bare, in its aim phrase or under
a name the actors stage could only guess. Sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def main_roles(pipe: Pipeline, text: str, config: dict | None = None) -> tuple[str, str | None, str | None]:
    """Type, source and target countries of the sentence's main event (``config``: the events stage's)."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2019, 5, 14)))
    ad = EventsComponent(config or {})(pipe(AnnotatedDocument(doc)))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None, text
    return ev.type, (ev.source.country if ev.source else None), (ev.target.country if ev.target else None)


def pair_of(got: tuple[str, str | None, str | None]) -> tuple[str, frozenset]:
    """Type and the two sides, in either order (a joint act has no first side)."""
    return got[0], frozenset(got[1:])


@pytest.mark.parametrize("text, want", [
    # what the pair talked about names no third side, even when it holds a name the actors stage codes with no
    # country
    ("Greek and Cypriot officials discussed the fate of the Rafah crossing.", ("CONSULT", frozenset({"GRC", "CYP"}))),
    # the place a joint act happens over is where, not with whom
    ("American and Philippine bombers conducted a joint patrol over the Sea of Japan.",
     ("COOPERATE", frozenset({"USA", "PHL"}))),
    # an international body coordinated with a nationality is a side of its own
    ("Serbian and European negotiators met in Brussels on Tuesday.", ("CONSULT", frozenset({"SRB", "IGO"}))),
])
def test_coordinated_sides_of_a_joint_act_are_its_pair(pipe, text, want):
    assert pair_of(main_roles(pipe, text)) == want




@pytest.mark.parametrize("text, want", [
    ("Fighting between Thai and Cambodian soldiers near the temple left three dead.",
     ("ASSAULT", frozenset({"THA", "KHM"}))),
])
def test_fighting_between_two_sides_is_between_them(pipe, text, want):
    assert pair_of(main_roles(pipe, text)) == want


@pytest.mark.parametrize("text, want", [
    # a city named bare as the object: its country, not the attacker's own
    ("Russian troops shelled Kherson overnight.", ("ASSAULT", "RUS", "UKR")),
    # a city the actors stage took for a person of the attacker's country
    ("Israeli artillery shelled the eastern edge of Khan Younis on Tuesday.", ("ASSAULT", "ISR", "PSE")),
    # the place the aim phrase names
    ("Israeli missiles rained down on a school outside Rafah.", ("ASSAULT", "ISR", "PSE")),
])
def test_an_act_of_force_befalls_the_place_it_names(pipe, text, want):
    assert main_roles(pipe, text) == want


def test_a_nationality_object_is_no_place(pipe):
    # "ethnic Albanians" are people, not Albania: the bare-place reading leaves them alone
    assert main_roles(pipe, "Serb police expelled ethnic Albanians from their homes.")[2] != "ALB"


@pytest.mark.parametrize("text", [
    "Sudan appealed to the international community to send food to Darfur.",
    "Bangladesh asked for international assistance after the cyclone.",
    "Kenya called on the international community to fund the mission in Haiti.",
])
def test_an_appeal_to_the_world_is_made_to_an_international_body(pipe, text):
    assert main_roles(pipe, text)[0] == "REQUEST"
    assert main_roles(pipe, text)[2] == "IGO"


def test_only_a_named_world_is_asked_without_inferred_sides(pipe):
    # with domestic_targets off (data coded with unnamed sides left empty) the side asked for help is not inferred
    off = {"domestic_targets": False}
    assert main_roles(pipe, "Bangladesh asked for international assistance after the cyclone.", off)[2] is None
    assert main_roles(pipe, "Sudan appealed to the international community to send food to Darfur.", off)[2] == "IGO"


def test_international_law_is_no_side_asked(pipe):
    assert main_roles(pipe, "Ukraine demanded respect for international law.")[2] != "IGO"


@pytest.mark.parametrize("text, want", [
    # the permission is the asked side's to give: the request is made of that side, not of those let in
    ("Germany urged Hungary to let the Syrian refugees travel on to Austria.", ("REQUEST", "DEU", "HUN")),
    ("The United States asked Pakistan to allow American investigators into the compound.",
     ("REQUEST", "USA", "PAK")),
])
def test_a_request_to_permit_is_made_of_the_one_asked(pipe, text, want):
    assert main_roles(pipe, text) == want
