"""Event wording of session 17 (issue 7): slips of session 16 checked against the PLOVER manual, and wire verbs and
event nouns that real news uses most often next to coded actors (a frequency sweep of Timeline17 tune articles,
typed by the PLOVER definitions). Sentences of our own, written for these tests (not taken from any check set)."""

from __future__ import annotations

import pytest

from conftest import alias
from event_harness import main_type


nlp = alias("spacy_model")


@pytest.mark.parametrize("text,typ", [
    # hosting foreign forces is military cooperation, not a visit
    ("Romania has been hosting American troops at a Black Sea air base since 2014.", "COOPERATE"),
    ("Qatar hosts the largest American military base in the Middle East.", "COOPERATE"),
    # people met with force are repressed, not met
    ("Protesters in Lagos were met with tear gas and live rounds on Tuesday.", "COERCE"),
    # a body approving its own budget or bill: no act toward anyone
    ("The Dutch cabinet approved its budget for next year on Tuesday.", "NONE"),
    ("Kenya's parliament approved a finance bill that raises taxes on bread.", "NONE"),
])
def test_session_16_slips(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ", [
    # the plain senses stay as they were
    ("The French president met with the Brazilian president in Brasilia on Tuesday.", "CONSULT"),
    ("Egypt hosted the Sudanese rival generals for talks in Cairo.", "CONSULT"),
    ("The European Commission approved Poland's recovery plan on Wednesday.", "SUPPORT"),
])
def test_plain_senses_unchanged(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ", [
    # the frequency sweep: quarantining or isolating people restricts their movement
    ("Peru's health ministry quarantined a Chilean fishing boat in Callao after its captain fell ill.", "COERCE"),
    ("Chinese health officials quarantined dozens of Canadian students in a Beijing hotel.", "COERCE"),
    ("The Kenyan health ministry isolated forty passengers from the flight in a Nairobi clinic.", "COERCE"),
    # crowds confronting police or a government demonstrate
    ("Thousands of Georgian protesters confronted riot police outside the parliament in Tbilisi.", "PROTEST"),
    # tearing up or ditching an agreement ends it, as scrapping it does
    ("Washington ripped up the nuclear accord with Tehran in May 2018.", "SANCTION"),
    ("The junta tore up the mining contracts with a Canadian firm.", "SANCTION"),
    # snatching or grabbing people abducts them
    ("Congolese militiamen grabbed two French aid workers at a checkpoint in North Kivu.", "ASSAULT"),
    ("Haitian gang members snatched a judge outside his home in Port-au-Prince.", "ASSAULT"),
    # weapons shipped or transferred are military aid
    ("Tehran shipped hundreds of drones to Moscow last year.", "AID"),
    ("Berlin transferred a dozen howitzers to Kyiv in June.", "AID"),
])
def test_session_17_wording(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text", [
    "A seagull snatched a sandwich from a tourist's hand on Brighton pier.",
    "The boy tore up the letter and threw it in the bin.",
    "Amazon shipped two million parcels from its Leipzig warehouse.",
    "The coach isolated the problem in the team's defence.",
])
def test_session_17_words_in_no_political_sense(nlp, text):
    assert main_type(nlp, text) == "NONE"


def test_an_animal_quarantined_is_no_event(nlp):
    """Quarantine restricts people (or the ship, town or ward they are in); a quarantined pig is no one's act."""
    text = "The zoo's only pig has been quarantined indoors since the outbreak began."
    assert main_type(nlp, text) == "NONE"
