"""General rules added from the misses of blind check set A (eval/data/event_types_blind_a.tsv, session 5):
senses by object or subject, event nouns that only classify a person/court/measure noun, "found X guilty",
a target of the actor's own side giving way to the other side, and a show of force aimed at a border. The
sentences are set A's own (written by us before the lexicon was read); set B stays untouched by tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent
from chronicler.events.triggers import find_triggers
from chronicler.model import Actor, Document, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
CODES = {"Jordan": "JOR", "United States": "USA", "Argentina": "ARG", "Uruguay": "URY", "Russia": "RUS",
         "Georgian": "GEO", "China": "CHN", "Taiwan": "TWN", "Spain": "ESP", "French": "FRA"}


nlp = alias("spacy_model")


def annotated(nlp, text: str, table: dict[str, str] | None = None) -> AnnotatedDocument:
    """The events of ``text`` with a mention for each table name (else spaCy's entities, uncoded)."""
    sdoc = nlp(text)
    if table is None:
        ms = tuple(Mention(e.start_char, e.end_char, e.text, None, "name") for e in sdoc.ents
                   if e.label_ in ("GPE", "NORP", "ORG", "PERSON"))
        actors: tuple[Actor, ...] = ()
    else:
        ms = tuple(Mention(text.find(n), text.find(n) + len(n), n, f"country:{c}", "name")
                   for n, c in table.items() if n in text)
        actors = tuple(Actor(f"country:{c}", n, "country", c) for n, c in table.items())
    ad = AnnotatedDocument(Document(id="d", source="t", text=text), sentences=sentences_of(sdoc), mentions=ms,
                           actors=actors, nlp=sdoc)
    return EventsComponent({})(ad)


def main_type(nlp, text: str) -> str:
    ad = annotated(nlp, text)
    ev = main_event(ad.events, ad.nlp)
    return plover_type(ev, "cameo") if ev is not None else "NONE"


@pytest.mark.parametrize("text,typ", [
    ("Egypt rallied Arab support for the Palestinian Authority at an emergency League meeting in Cairo.", "SUPPORT"),
    ("Washington tried to rally European opposition to Iran's nuclear programme.", "ACCUSE"),
    ("South Korean activists rallied outside the U.S. Embassy in Seoul against American beef imports.", "PROTEST"),
    ("The World Food Programme flew tonnes of food to drought-hit villages in Ethiopia.", "AID"),
    ("The United States delivered eighteen Black Hawk helicopters to the Colombian army.", "AID"),
    ("Venezuelan troops seized control of oil fields run by foreign companies.", "COERCE"),
    ("Venezuela's President Hugo Chavez welcomed Cuban leader Fidel Castro to Caracas on Friday.", "CONSULT"),
    ("Iraqi forces used poison gas against Kurdish villagers.", "ASSAULT"),
    ("The French government withdrew a disputed youth employment law after weeks of student protests.", "CONCEDE"),
    ("Angola's UNITA rebels handed in their weapons at demobilisation camps.", "RETREAT"),
])
def test_senses_by_object_and_subject(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ", [
    ("The war crimes tribunal in The Hague found a former Bosnian Serb general guilty of genocide.", "ACCUSE"),
    ("Myanmar's junta opened the cyclone-hit delta to foreign aid workers.", "RETREAT"),
    ("Kidnappers in Iraq released an Italian aid worker unharmed after three weeks.", "RETREAT"),
])
def test_event_nouns_that_only_classify_a_person_name_no_event(nlp, text, typ):
    assert main_type(nlp, text) == typ


def test_a_classifying_noun_gives_no_trigger(nlp):
    sent = next(nlp("British police raised the terror threat level to critical.").sents)
    assert "THREATEN" not in [t.type for t in find_triggers(sent)]


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Argentina recalled its ambassador to Uruguay on Tuesday.", "SANCTION", "ARG", "URY"),
    ("Russia massed troops near the Georgian border.", "MOBILIZE", "RUS", "GEO"),
    ("China held large-scale military exercises off the coast of Taiwan on Thursday.", "MOBILIZE", "CHN", "TWN"),
])
def test_roles_toward_the_other_side(nlp, text, typ, src, tgt):
    found = {((e.source.country if e.source else None), (e.target.country if e.target else None))
             for e in annotated(nlp, text, CODES).events if e.type == typ}
    assert found == {(src, tgt)}


@pytest.mark.parametrize("name, least", [("event_types_blind_a.tsv", 120), ("event_types_blind_b.tsv", 120),
                                         ("event_types_blind_c.tsv", 100)])
def test_blind_sets_are_well_formed(name, least):
    rows = [line.split("\t") for line in (ROOT / "eval" / "data" / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) >= least
    for code, typ, src, tgt, text in rows:
        assert code.isdigit() and typ in PLOVER_TYPES and text.endswith(".")
        assert all(c == "-" or (len(c) == 3 and c.isupper()) for c in (src + "," + tgt).split(","))
