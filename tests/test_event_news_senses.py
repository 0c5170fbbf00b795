"""Session 10 sense and nesting rules for events on real news (found on the Timeline17 tune part), tested on
sentences of our own written for these tests: WordNet loans with no political sense (struggling, adoptions of
children, charity sponsorship), causing as no coercion, giving a platform as no aid, an event noun that is what
another event noun handles, a participle of aim restating an act, and what a group is devoted to doing."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def events_of(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    """(type, trigger text) of every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2021, 5, 6)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    return [(e.type, e.trigger) for e in ad.events]


def types_of(pipe: Pipeline, text: str) -> list[str]:
    return [t for t, _ in events_of(pipe, text)]


@pytest.mark.parametrize("text, word", [
    ("Families in the valley are struggling every week to buy flour and kerosene.", "struggling"),
    ("Some of the orphans have new homes in Canada, but officials hope to speed up the adoptions.", "adoptions"),
    ("Tomas wanted to collect 400 euros in sponsorship for his swim.", "sponsorship"),
    ("This has forced the relief agency to spend most of its grain stocks.", "forced"),
    ("The shortage of diesel forced the ministry to close two schools.", "forced"),
    ("The new website will provide a platform for students who want to share their stories.", "provide"),
])
def test_no_political_act(pipe, text, word):
    assert word not in [w for _, w in events_of(pipe, text)]


def test_coercion_by_an_actor_is_kept(pipe):
    assert "COERCE" in types_of(pipe, "The army forced the villagers to abandon their farms.")


def test_aid_by_provide_is_kept(pipe):
    assert types_of(pipe, "Norway will provide food and medicine to the refugees.") == ["AID"]


def test_adoption_of_a_text_is_an_agreement(pipe):
    assert "AGREE" in types_of(pipe, "Germany and France announced the adoption of the plan on Tuesday.")


def test_handled_noun_is_no_second_event(pipe):
    evs = events_of(pipe, "The UN began a large aid distribution in the port, aiming to feed half a million people.")
    assert [t for t, _ in evs] == ["AID"]
    evs = events_of(pipe, "The UN will stay central to the co-ordination of aid after the storm.")
    assert [t for t, _ in evs] == ["COOPERATE"]


def test_devoted_to_is_a_description(pipe):
    assert types_of(pipe, "Caritas, a charity devoted to helping homeless people, saw its funds shrink.") == []


@pytest.mark.parametrize("text, word", [
    ('"We opened the clinic the day after the flood," the doctor assures me.', "assures"),
    ("The minister told the Pacific Business Wire news service that prices would rise.", "service"),
    ("Biologists met in Lima to discuss the threat posed by the loss of glaciers.", "threat"),
])
def test_no_act_of_that_kind(pipe, text, word):
    assert word not in [w for _, w in events_of(pipe, text)]


def test_offering_counselling_is_aid(pipe):
    assert ("AID", "offered") in events_of(pipe, "The Red Cross offered trauma counselling to the survivors.")


def test_relief_service_is_aid(pipe):
    assert "AID" in types_of(pipe, "Sweden funded an emergency rescue service for the flooded villages.")


def test_a_threat_made_is_kept(pipe):
    assert "THREATEN" in types_of(pipe, "Russia issued a threat to cut gas supplies to Moldova.")


QUAKE_REPORT = ("The earthquake struck the island on Tuesday. Rescue teams searched the rubble after the quake. "
                "The earthquake destroyed the port. Along the southern coast, some 1,800 villagers are feared "
                "killed or hurt, officials said.")


def test_disaster_toll_is_no_attack(pipe):
    assert "ASSAULT" not in types_of(pipe, QUAKE_REPORT)


def test_toll_of_an_attack_is_kept(pipe):
    text = "Rebels attacked the town on Tuesday. In the south, more than 200 people were reported killed or injured."
    assert [w for t, w in events_of(pipe, text) if t == "ASSAULT"][1:] == ["killed", "injured"]


def test_killing_with_an_agent_in_a_disaster_report_is_kept(pipe):
    text = QUAKE_REPORT + " Two looters were killed by soldiers near the port."
    assert ("ASSAULT", "killed") in events_of(pipe, text)


def test_toll_in_a_report_naming_its_quake_once(pipe):
    text = ("Aid reached the island two days after the quake. In the north, 90 people were reported killed.")
    assert "ASSAULT" not in types_of(pipe, text)
