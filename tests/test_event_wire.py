"""Wire-style phrasing of the example corpus, on sentences of our own (issue 7c): joint acceptance of a plan,
motion of forces and aircraft, participants that are places.

Actor mentions come from a small table standing in for the actors stage (as in ``test_event_roles``).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.model import Actor, DateInterval, Document, Event, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument
from chronicler.time.tagger import tag

from conftest import alias

TABLE = {
    "Peru": Actor("country:PER", "Peru", "country", "PER"),
    "Chile": Actor("country:CHL", "Chile", "country", "CHL"),
    "Kenya": Actor("country:KEN", "Kenya", "country", "KEN"),
    "Lima": Actor("country:PER", "Peru", "country", "PER"),
    "Minister Rosa Quispe": Actor("person:quispe", "Rosa Quispe", "person", "PER", sector="GOV"),
    "Minister Tomas Vidal": Actor("person:vidal", "Tomas Vidal", "person", "CHL", sector="GOV"),
    "Chilean troops": Actor("group:chl-mil", "Chile military", "group", "CHL", sector="MIL"),
    "Chilean warships": Actor("group:chl-mil", "Chile military", "group", "CHL", sector="MIL"),
    "Chilean ferry": Actor("group:chl-bus", "Chile business", "group", "CHL", sector="BUS"),
    "reporters": Actor("group:per-jrn", "Peru journalists", "group", "PER", sector="JRN"),
    "Peru's": Actor("country:PER", "Peru", "country", "PER"),
    "Brown": Actor("person:brown", "Brown", "person", "GBR", sector="GOV"),
    "residential areas": Actor("group:per-cvl", "Peru civilians", "group", "PER", sector="CVL"),
}


nlp = alias("spacy_model")


def events(nlp, text: str) -> list[Event]:
    """The events of ``text`` with a mention for each occurrence of a table name (longest first)."""
    sdoc = nlp(text)
    mentions: list[Mention] = []
    for name in sorted(TABLE, key=len, reverse=True):
        start = 0
        while (at := text.find(name, start)) >= 0:
            end = start = at + len(name)
            if not any(m.start < end and at < m.end for m in mentions):
                mentions.append(Mention(at, end, name, TABLE[name].id, "name"))
    doc = Document(id="d", source="test", text=text, published=DateInterval.day(date(2011, 6, 6)))
    actors = tuple({a.id: a for a in TABLE.values()}.values())
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions), actors=actors, nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def typed(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Type → (source country, target country) of the events of ``text``."""
    return {e.type: (e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events(nlp, text)}


@pytest.mark.parametrize("text", [
    "Peru and Chile on Tuesday approved a plan to open three new border crossings.",
    "The joint report on fishing rights was endorsed by Minister Rosa Quispe and Minister Tomas Vidal.",
])
def test_two_sides_approving_their_plan_agree(nlp, text):
    found = typed(nlp, text)
    assert "AGREE" in found and "SUPPORT" not in found, found
    assert set(found["AGREE"]) == {"PER", "CHL"}


def test_endorsing_another_sides_plan_is_support(nlp):
    found = typed(nlp, "Kenya endorsed the plan drawn up by Peru for the fishing dispute.")
    assert "SUPPORT" in found and "AGREE" not in found, found


@pytest.mark.parametrize("text, typ", [
    ("Brown heads to Lima on Thursday and then to Quito and Bogota to press for a fuller accord.", "CONSULT"),
    ("Minister Tomas Vidal said he would raise the matter with Minister Rosa Quispe when the two meet in Lima.",
     "CONSULT"),
])
def test_verb_read_as_noun_still_triggers(nlp, text, typ):
    assert typ in typed(nlp, text), [(e.type, e.trigger) for e in events(nlp, text)]


def test_the_two_as_subject_names_the_pair_just_spoken_of(nlp):
    text = "Minister Tomas Vidal said he would raise the matter with Minister Rosa Quispe when the two meet in Lima."
    meet = [e for e in events(nlp, text) if e.trigger == "meet"]
    assert meet, [(e.type, e.trigger) for e in events(nlp, text)]
    assert {meet[0].source and meet[0].source.id, meet[0].target and meet[0].target.id} == {
        "person:vidal", "person:quispe"}


def test_an_area_after_a_locative_preposition_is_no_participant(nlp):
    text = "Chile agreed on Monday to limit flights over residential areas near the border."
    agree = [e for e in events(nlp, text) if e.type == "AGREE"]
    assert agree and agree[0].source.country == "CHL"
    assert agree[0].target is None or agree[0].target.id != "group:per-cvl"


def test_a_visit_goes_to_a_place(nlp):
    found = typed(nlp, "Chile agreed to restrict flying in training mode to the inside of its bases.")
    assert "CONSULT" not in found, found
    assert typed(nlp, "Minister Tomas Vidal flew to Lima on Monday.").get("CONSULT") == ("CHL", "PER")


@pytest.mark.parametrize("text, status", [
    ("Peru declared the Chilean ferry safe on Monday after an inspection.", "occurred"),
    ("Peru is expected to declare the Chilean ferry safe next week.", "expected"),
])
def test_an_approving_finding_is_support(nlp, text, status):
    found = [e for e in events(nlp, text) if e.type == "SUPPORT"]
    assert found and found[0].source.country == "PER" and found[0].status == status, found


def test_a_negated_finding_is_no_support(nlp):
    assert "SUPPORT" not in typed(nlp, "Peru did not declare the Chilean ferry safe.")


@pytest.mark.parametrize("text, typ, mode", [
    ("The talks were among the last for Minister Tomas Vidal, who is retiring next month.", "RETREAT", "resign"),
    ("Peru plans to end its naval patrol mission off Chile in March.", "RETREAT", "withdraw"),
])
def test_retiring_and_ending_a_mission_are_retreats(nlp, text, typ, mode):
    assert any(e.type == typ and e.mode == mode for e in events(nlp, text)), \
        [(e.type, e.mode, e.trigger) for e in events(nlp, text)]


def test_an_event_noun_classifying_equipment_is_no_event(nlp):
    text = "More Chilean troops, including an amphibious assault ship, are expected to arrive in Lima this week."
    found = events(nlp, text)
    assert not any(e.type == "ASSAULT" for e in found), [(e.type, e.trigger) for e in found]
    assert any(e.type == "MOBILIZE" and e.status == "expected" for e in found), [(e.type, e.trigger) for e in found]


def test_a_raised_subject_meets_the_cue(nlp):
    found = typed(nlp, "Two Chilean warships are expected to arrive in Lima on Friday.")
    assert "MOBILIZE" in found and "CONSULT" not in found, found


def test_bringing_in_relief_goods_is_aid(nlp):
    found = events(nlp, "Chilean troops flew into Lima on Sunday, bringing in fuel, blankets and drinking water.")
    assert any(e.type == "AID" and e.source.country == "CHL" for e in found), [(e.type, e.trigger) for e in found]


def test_two_sides_announcing_a_plan_agree(nlp):
    found = typed(nlp, "Peru and Chile announced a plan on Friday to reopen the coastal railway.")
    assert set(found.get("AGREE", ())) == {"PER", "CHL"}, found


def test_the_audience_of_a_telling_verb_takes_no_part(nlp):
    text = "The envoy told reporters after talks with Minister Tomas Vidal that the plan was the only option."
    talks = [e for e in events(nlp, text) if e.trigger == "talks"]
    assert talks and talks[0].target is not None and talks[0].target.id == "person:vidal"
    assert talks[0].source is None or talks[0].source.id != "group:per-jrn", talks[0].source


def test_a_transitive_noun_read_verb_is_no_visit(nlp):
    text = "Lima, which makes up less than 1 percent of Peru's land area, hosts about three-quarters of the land " \
           "used by Chilean troops in the country."
    assert "CONSULT" not in typed(nlp, text)


def _undated(nlp, text: str) -> list[Event]:
    """Events of ``text`` in a report dated only to two years (the corpus case, where the tense must tell)."""
    sdoc = nlp(text)
    mentions = [Mention(at, at + len(name), name, TABLE[name].id, "name") for name in TABLE
                if (at := text.find(name)) >= 0]
    doc = Document(id="u", source="test", text=text,
                   published=DateInterval(date(2009, 1, 1), date(2010, 12, 31), None, "year"))
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), timexes=tuple(tag(text, None)),
                           mentions=tuple(mentions), actors=tuple({a.id: a for a in TABLE.values()}.values()), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


@pytest.mark.parametrize("text, status", [
    ("Minister Rosa Quispe flies to Chile on Wednesday.", "planned"),
    ("Minister Rosa Quispe flew to Chile on Wednesday.", "occurred"),
    ("Minister Rosa Quispe says she flew to Chile on Wednesday.", "occurred"),
])
def test_a_scheduled_present_is_planned(nlp, text, status):
    visit = [e for e in _undated(nlp, text) if e.type == "CONSULT"]
    assert visit and visit[0].status == status, [(e.type, e.trigger, e.status) for e in _undated(nlp, text)]


def test_a_participle_adjunct_shares_its_clauses_status(nlp):
    text = "Officials said Chilean troops would begin using the port next week, bringing in fuel and water."
    aid = [e for e in events(nlp, text) if e.type == "AID"]
    assert aid and aid[0].status == "planned", [(e.type, e.trigger, e.status) for e in events(nlp, text)]
