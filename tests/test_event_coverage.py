"""Coverage of the ways English words an event type (session 8 sweep): light-verb and idiomatic forms, particle
verbs, senses picked by the object, an order to leave read as an expulsion. Sentences of our own, written for
these tests (not taken from any check set)."""

from __future__ import annotations

import pytest

from chronicler.events.lexicon import _cue, trigger_lexicon
from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent
from chronicler.model import Document
from chronicler.pipeline import AnnotatedDocument
from conftest import alias
from event_harness import entity_events


nlp = alias("spacy_model")


def main_of(nlp, text: str):
    """The sentence's main event, with spaCy entities as stand-in actor mentions (as eval/events.py does)."""
    return main_event(*entity_events(nlp, text))


def main_type(nlp, text: str) -> str:
    ev = main_of(nlp, text)
    return plover_type(ev, "cameo") if ev is not None else "NONE"


@pytest.mark.parametrize("text,typ", [
    ("Jordan's king told Israel to halt the demolitions in Jerusalem.", "REQUEST"),  # tell X to V
    ("Washington is pushing Seoul to take a larger share of the costs.", "REQUEST"),
    ("Vietnam turned to Japan for help in building a metro.", "REQUEST"),
    ("Britain piled pressure on Iran to free the sailors.", "REQUEST"),
    ("Kenya played host to the Somali president on Friday.", "CONSULT"),
    ("Uzbekistan welcomed its Kyrgyz counterpart to Tashkent.", "CONSULT"),
    ("China came to Pakistan's defence at the United Nations.", "SUPPORT"),
    ("Morocco lent its backing to the French candidate.", "SUPPORT"),
    ("Germany came out in favour of the Dutch proposal.", "SUPPORT"),
    ("Ghana paid tribute to Nigeria's role in the peace talks.", "SUPPORT"),
    ("Peru and Chile inked a trade pact in Lima.", "SUPPORT"),
    ("Israel passed intelligence on the smuggling network to Egypt.", "COOPERATE"),
    ("A Chinese firm took a majority stake in the Kenyan railway.", "COOPERATE"),
    ("Washington rushed tents and medicine to Turkey after the quake.", "AID"),
    ("Turkey sent field hospitals to Libya.", "AID"),
    ("Cuba scrapped its restrictions on travel abroad.", "CONCEDE"),
    ("Ethiopia returned the seized cattle to Kenya.", "RETREAT"),
    ("Iraq held Turkey responsible for the shelling of the villages.", "ACCUSE"),
    ("Australia pointed the finger at Russia for the downing of the airliner.", "ACCUSE"),
    ("The Philippines took China to the arbitration court in The Hague.", "ACCUSE"),
    ("Swiss voters voted down the European treaty.", "REJECT"),
    ("Iran poured cold water on the American offer.", "REJECT"),
    ("Hamas vowed revenge on Israel for the killing.", "THREATEN"),
    ("Jailed Kurdish activists in Turkey refused food for a month.", "PROTEST"),
    ("The Nepalese opposition enforced a general strike across the country.", "PROTEST"),
    ("Hong Kong drafted in riot police before the march.", "MOBILIZE"),
    ("Australia scaled back its military ties with Fiji.", "SANCTION"),
    ("Washington halted the delivery of tanks to Egypt.", "SANCTION"),
    ("Moscow kicked out the British military attache.", "SANCTION"),
    ("China suspended the licences of two Australian beef exporters.", "COERCE"),
    ("Indian police took the British activist into custody.", "COERCE"),
    ("A court in Cairo put the blogger behind bars.", "COERCE"),
    ("Pirates seized a Greek tanker off Nigeria.", "ASSAULT"),
    ("Kenyan guards abused detainees at the prison in Nairobi.", "ASSAULT"),
    ("Israeli ground forces pushed into southern Lebanon.", "ASSAULT"),
    ("Gunmen held the Italian engineers for ransom near Tripoli.", "ASSAULT"),
    ("Iran held two British sailors for a week.", "COERCE"),
    ("Mali's junta restored civilian rule.", "CONCEDE"),
    ("The Bolivian government backed away from its plan to sell the water company.", "CONCEDE"),
    ("Jordan reversed the fuel price increase after the riots.", "CONCEDE"),
    ("Cuba dispatched doctors to Haiti after the earthquake.", "AID"),
    ("Rioters torched shops in Nairobi on Monday.", "PROTEST"),  # group noun: a participant
])
def test_sweep_senses(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ,cameo", [
    ("Ghana ordered the Nigerian ambassador to leave the country within 48 hours.", "SANCTION", "166"),
    ("Moscow told two Swedish diplomats to leave Russia.", "SANCTION", "166"),
    ("Egyptian protesters asked Mubarak to leave.", "REQUEST", None),  # a plea, no expulsion
    ("Uganda ordered the British reporters to leave the country.", "COERCE", "174"),  # people: deported
    ("Kenya ordered its troops to leave Somalia.", "RETREAT", None),  # one's own forces: a withdrawal
])
def test_order_to_leave_is_an_expulsion(nlp, text, typ, cameo):
    ev = main_of(nlp, text)
    assert ev is not None and plover_type(ev, "cameo") == typ
    if cameo:
        assert ev.cameo == cameo


def test_xcomp_cue_needs_an_infinitive(nlp):
    cue = _cue("xcomp")
    assert cue.xcomp and not cue.comp and cue.specific == 1
    assert any(s.cue.xcomp for s in trigger_lexicon()[("verb", "tell")])
    # "told reporters that ..." is no request: the reported act stays the event
    assert main_type(nlp, "The Iraqi minister told reporters that Turkish jets had bombed the villages.") == "ASSAULT"


@pytest.mark.parametrize("text,typ", [
    ("The Chinese foreign ministry described the Japanese remarks as irresponsible.", "ACCUSE"),
    ("Egypt called the attack on the embassy a cowardly act.", "ACCUSE"),  # "on": no "call on"
    ("India called Pakistan's claims absurd.", "REJECT"),
    ("Turkey described the allegations as lies.", "REJECT"),
    ("Germany called on Russia to withdraw its forces.", "REQUEST"),
])
def test_characterisations(nlp, text, typ):
    assert main_type(nlp, text) == typ


def test_riot_police_is_no_riot(nlp):
    assert main_type(nlp, "Thai riot police were deployed around Government House in Bangkok.") == "MOBILIZE"



pipe = alias("actors_pipe")


@pytest.mark.parametrize("text,target", [
    ("Britain returned the looted statue to Greece.", "GRC"),  # a country the actors stage reads as a place
    ("The European Union lifted economic sanctions on Iran.", "IRN"),  # "on X" hung on the verb
    ("Russia handed back three Ukrainian navy ships.", "UKR"),  # the owner of what is returned
])
def test_returns_and_lifted_measures_have_targets(pipe, text, target):
    ad = EventsComponent({})(pipe(AnnotatedDocument(Document(id="t", source="t", text=text))))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None and ev.type == "RETREAT"
    assert ev.target is not None and ev.target.country == target
