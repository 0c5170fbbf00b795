"""Roles of session 11 (issue 7), read over the real actors stage: the side a show of force answers or moves
against, a dual national acted on by one of their states. Sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def main_roles(pipe: Pipeline, text: str) -> tuple[str, str | None, str | None]:
    """Type, source and target countries of the sentence's main event."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2016, 3, 8)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None, text
    return ev.type, (ev.source.country if ev.source else None), (ev.target.country if ev.target else None)


@pytest.mark.parametrize("text, want", [
    # the answered side is "the North", coded a country by the actors stage (no GPE label from the tagger)
    ("South Korea put its troops on high alert after the North launched two short-range missiles.",
     ("MOBILIZE", "KOR", "PRK")),
    ("South Korea put its air defences on high alert after the North launched a cruise missile into the sea.",
     ("MOBILIZE", "KOR", "PRK")),
    # the parser hangs the edge's "with X" on the verb
    ("Armenia moved artillery units to the border with Azerbaijan.", ("MOBILIZE", "ARM", "AZE")),
])
def test_a_show_of_force_aims_at_the_side_it_answers_or_faces(pipe, text, want):
    assert main_roles(pipe, text) == want


@pytest.mark.parametrize("text, want", [
    ("Iran freed a British-Iranian charity worker after six years in prison.", ("RETREAT", "IRN", "GBR")),
    ("Iran jailed a British-Iranian academic for spying.", ("COERCE", "IRN", "GBR")),
    ("China detained a Chinese-Australian writer in Guangzhou.", ("COERCE", "CHN", "AUS")),
])
def test_a_dual_national_acted_on_by_one_state_is_the_others(pipe, text, want):
    assert main_roles(pipe, text) == want



@pytest.mark.parametrize("text, want", [
    # a place object named by its nationality, in the act's content
    ("Moscow threatened to annex more Georgian territory.", ("THREATEN", "RUS", "GEO")),
    ("Sudan threatened to invade Ethiopian territory.", ("THREATEN", "SDN", "ETH")),
    # forces entering a place by force: the place's country
    ("Turkish troops pushed into northern Iraq.", ("ASSAULT", "TUR", "IRQ")),
    # a retreat of forces stationed in a foreign place eases that country
    ("Russia scaled back its troops near Kharkiv.", ("RETREAT", "RUS", "UKR")),
    # a target coded with no country yields to the country its site lies in
    ("American jets fired missiles at Houthi command posts in Yemen.", ("ASSAULT", "USA", "YEM")),
])
def test_the_place_an_act_of_force_befalls_names_the_target(pipe, text, want):
    assert main_roles(pipe, text) == want


@pytest.mark.parametrize("text, want", [
    # aid told as the purpose of a move goes where the move goes
    ("South Korea sent 50,000 test kits to the United Arab Emirates to help it fight the virus.",
     ("AID", "KOR", "ARE")),
    ("Turkey sent 12 planeloads of medicine to Italy to help it fight the pandemic.", ("AID", "TUR", "ITA")),
    ("Jordanian police officers arrived in Bosnia to help train a new border force.", ("AID", "JOR", "BIH")),
    # aid carried by one who arrives goes where it arrives
    ("A Qatari plane carrying medical supplies landed in Kabul.", ("AID", "QAT", "AFG")),
    ("An Indian navy vessel carrying drinking water docked in Male.", ("AID", "IND", "MDV")),
])
def test_aid_as_the_purpose_of_a_move_goes_to_its_destination(pipe, text, want):
    assert main_roles(pipe, text) == want


@pytest.mark.parametrize("text, want", [
    # a demand for a release is made of the holder, not of the released (here the demanding side's nationals)
    ("Canada urged the release of Canadian citizens held by China.", ("REQUEST", "CAN", "CHN")),
    ("France demanded the release of two French engineers detained in Venezuela.", ("REQUEST", "FRA", "VEN")),
    ("Japan pressed for the return of its fishermen from Russia.", ("REQUEST", "JPN", "RUS")),
])
def test_a_demand_for_a_release_is_made_of_the_holder(pipe, text, want):
    assert main_roles(pipe, text) == want



@pytest.mark.parametrize("text, src", [
    # police "drafted in" (the parser reads the particle as a preposition) are moved at home
    ("Kenya drafted in extra police before the vote.", "KEN"),
    ("Thailand drafted in police from other provinces as protests grew.", "THA"),
])
def test_police_drafted_in_are_moved_at_home(pipe, text, src):
    assert main_roles(pipe, text) == ("MOBILIZE", src, src)


@pytest.mark.parametrize("text, want", [
    # a concession made to let help into a place eases that country
    ("Turkey reopened the border gate to let relief convoys into Syria.", ("RETREAT", "TUR", "SYR")),
    # the place of what an inquiry gathers evidence of
    ("U.N. investigators began collecting evidence of massacres in Myanmar.", ("ACCUSE", "IGO", "MMR")),
    ("Amnesty International started gathering testimony of abuses in Eritrea.", ("ACCUSE", "NGO", "ERI")),
])
def test_the_place_a_concession_or_an_inquiry_is_about(pipe, text, want):
    assert main_roles(pipe, text) == want
