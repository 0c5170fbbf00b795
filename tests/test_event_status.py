"""Event status (events/status.py): negated modals that leave an act open, particle verbs, "be to", "yet to",
"without", cancelled and considered nouns, past progressive, reported speech through conjunctions, infinitive
complements of nouns and dated event nouns. Sentences are our own (invented events)."""

from __future__ import annotations

import pytest

from chronicler.events.stage import EventsComponent
from chronicler.events.status import clause_status, noun_status
from chronicler.model import Actor, Document, Event, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

ACTORS = {
    "Chile": Actor("country:CHL", "Chile", "country", "CHL"),
    "Peru": Actor("country:PER", "Peru", "country", "PER"),
}


nlp = alias("spacy_model")


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def events(nlp, text: str) -> list[Event]:
    """The events stage over ``text`` with every occurrence of a country name as a coded mention."""
    sdoc = nlp(text)
    mentions = []
    for name, actor in ACTORS.items():
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(at, at + len(name), name, actor.id, "name"))
            at = text.find(name, at + 1)
    doc = Document(id="d", source="test", text=text)
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                           actors=tuple(ACTORS.values()), timexes=(), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def status_at(nlp, text: str, trigger: str) -> str:
    """The status of the event whose trigger span covers the first occurrence of ``trigger``."""
    at = text.index(trigger)
    for ev in events(nlp, text):
        for sp in ev.provenance.spans:
            if sp.label == "trigger" and sp.start < at + len(trigger) and at < sp.end:
                return ev.status
    raise AssertionError(f"no event at {trigger!r} in {text!r}")


@pytest.mark.parametrize("text, word, want", [
    ("Chile would not hesitate to use force against smugglers, its defence minister said.", "use", "hypothetical"),
    ("The Peruvian premier did not rule out sending warships to the disputed waters.", "sending", "hypothetical"),
    ("Chile has yet to ratify the maritime treaty with Peru.", "ratify", "negated"),
    ("The Chilean envoy was to meet Peruvian officials in Lima the next morning.", "meet", "planned"),
    ("Peru's trade minister is to travel to Santiago on Thursday.", "travel", "planned"),
    ("Chile bombed the camps without informing Peru.", "informing", "negated"),
    ("Peruvian sailors were working with Chilean divers at the wreck.", "working", "ongoing"),
    ("Chile said it would close the border and would expel Peruvian diplomats.", "expel", "planned"),
    ("The Peruvian president accepted an invitation to visit Santiago.", "visit", "planned"),
    ("Chile has gone further than its neighbours, banning all fishing near Peru.", "banning", "occurred"),
    # session 15 (blind date set s15): a present perfect "since" a time, a denied plan
    ("Chilean fishermen have blockaded the port of Arica since May.", "blockaded", "ongoing"),
    ("Peruvian troops have occupied the border post since 2019.", "occupied", "ongoing"),
    ("Chile expelled two Peruvian diplomats since the talks had failed.", "expelled", "occurred"),
    ("Peru denied that it planned to annex the islands.", "annex", "negated"),
    ("Peru said that it planned to annex the islands.", "annex", "planned"),
])
def test_clause_status(nlp, text, word, want):
    assert clause_status(token(nlp, text, word))[0] == want


@pytest.mark.parametrize("text, word, want", [
    ("Chilean police set up roadblocks near the Peruvian consulate.", "roadblocks", "occurred"),
    ("The Chilean president cancelled a planned visit to Peru.", "visit", "negated"),
    ("Chile is considering sanctions against Peruvian exporters.", "sanctions", "hypothetical"),
    ("Peru is referring to a proposal made in Lima last month.", "proposal", "occurred"),
    ("Chile cancelled its pledge to provide aid to Peru.", "pledge", "negated"),
    ("Peru urged Chile to respect the 1999 accord on fishing.", "accord", "occurred"),
    # session 15: cancelled and planned event nouns
    ("Chile called off the planned Friday summit with Peru.", "summit", "negated"),
    ("Peru welcomed the proposed June visit of the Chilean president.", "visit", "proposed"),
    ("Chile praised the planned 2027 withdrawal of Peruvian troops.", "withdrawal", "planned"),
    ("Chile praised the 2019 withdrawal of Peruvian troops.", "withdrawal", "occurred"),
])
def test_noun_status(nlp, text, word, want):
    assert noun_status(token(nlp, text, word))[0] == want


def test_dated_agreement_under_a_light_verb_occurred(nlp):
    """The agreement of 2011 was made then: only carrying it out is still ahead."""
    text = "Chile and Peru pledged to carry out the 2011 agreement on their maritime border."
    assert status_at(nlp, text, "agreement") == "occurred"


def test_set_up_is_a_past_act_in_the_stage(nlp):
    assert status_at(nlp, "Chilean troops set up roadblocks on the road to Peru.", "roadblocks") == "occurred"


def test_conditional_threat_is_not_negated_in_the_stage(nlp):
    text = "Peru would not hesitate to attack Chilean boats, its navy chief said."
    assert status_at(nlp, text, "attack") == "hypothetical"



@pytest.mark.parametrize("text, word, want", [
    # an infinitive conjoined to a governed infinitive shares its governor (session 16)
    ("Chile and Peru agreed to lower tariffs and to reopen the border post at Tacna.", "reopen", "planned"),
    ("Peru urged Chile to withdraw its claim and to apologise for the raid.", "apologise", "proposed"),
    # a threat's "would", and a future act on "any X", hang on a condition
    ("Chile warned that its navy would repel Peruvian fishing boats.", "repel", "hypothetical"),
    ("The Peruvian army said it would crush any attempt at secession.", "crush", "hypothetical"),
    ("Chile is firmly opposed to any deployment of Peruvian troops near Arica.", "deployment", "hypothetical"),
    # "no plans to" denies the plan
    ("Peru had no plans to send troops to the border, a spokesman said.", "send", "negated"),
    # an offer's content waits on a yes: proposed
    ("Chile offered to mediate between Peru and the rebels.", "mediate", "proposed"),
    # a deal with a past participle was made, whatever the clause it hangs on says
    ("Under the accord signed in Lima, Chilean troops will leave the border zone.", "accord", "occurred"),
    ("If upheld, the ruling would double the sanctions faced by Peru.", "sanctions", "hypothetical"),
    # a demand its author made stays made when it is refused
    ("The Chilean president flatly rejected Peru's demand for an apology.", "demand", "occurred"),
])
def test_content_status(nlp, text, word, want):
    assert status_at(nlp, text, word) == want
