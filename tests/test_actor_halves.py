"""'The North' / 'the South' of a divided country, and nationality nouns counted as people: sentences of our own,
through the real nlp + actors stages (and the events stage for roles). Also the scorers' XKX = KOS rule."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest


from actor_harness import coded_at, read_text

from conftest import ROOT, alias


pipe = alias("actors_pipe")


def code(pipe, text: str, phrase: str, nth: int = 0, on: date = date(2012, 3, 1)):
    a = coded_at(read_text(pipe, text, on), phrase, nth)
    return (a.country, a.sector) if a is not None else None


@pytest.mark.parametrize("text, phrase, nth, country", [
    ("Seoul said the North had moved rocket launchers to the coast.", "North", 0, "PRK"),
    ("North Korea told the South to stop the leaflet flights.", "South", 0, "KOR"),
    ("South Korean officials met on Friday. They said the North had recalled its envoy.", "North", 0, "PRK"),
    ("The talks between the North and the South ended after Pyongyang walked out.", "South", 0, "KOR"),
    ("The talks between the North and the South ended after Pyongyang walked out.", "North", 0, "PRK"),
    ("Juba accused the North of bombing oil wells along the new border.", "North", 0, "SDN"),
    ("Khartoum said the South was arming rebels in its border states.", "South", 0, "SSD"),
])
def test_the_north_and_the_south_are_the_halves_the_report_names(pipe, text, phrase, nth, country):
    assert code(pipe, text, phrase, nth) == (country, None)


@pytest.mark.parametrize("text, phrase, on", [
    ("Voters in the North backed the independence party.", "North", date(2012, 3, 1)),  # no pair named
    ("Seoul sent aid to villages in the North after the floods.", "North", date(2012, 3, 1)),  # a place
    ("Ships crossed the South China Sea near Vietnam.", "South", date(2012, 3, 1)),  # part of a name
    ("Sudan said the South was arming rebels in Darfur.", "South", date(2005, 3, 1)),  # no state yet
])
def test_no_half_without_a_pair_a_state_or_an_argument(pipe, text, phrase, on):
    a = coded_at(read_text(pipe, text, on), phrase)
    assert a is None or a.country not in {"PRK", "KOR", "SSD", "SDN", "VNM"}


@pytest.mark.parametrize("text, phrase, country", [
    ("Gunmen seized a Briton outside the hotel.", "Briton", "GBR"),
    ("One Canadian was hurt when the bus overturned.", "Canadian", "CAN"),
    ("Rebels freed two Canadians and a Dutchman on Sunday.", "Canadians", "CAN"),
    ("The flood displaced dozens of Afghans from the valley.", "Afghans", "AFG"),
])
def test_counted_nationals_are_that_countrys_civilians(pipe, text, phrase, country):
    assert code(pipe, text, phrase) == (country, "CVL")


def test_a_nationality_adjective_is_not_counted_people(pipe):
    assert code(pipe, "A Canadian mining company won the tender.", "Canadian mining company")[1] != "CVL"


def _eval_codes():
    spec = importlib.util.spec_from_file_location("_codes", ROOT / "eval" / "_codes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_scorers_treat_xkx_as_kos():
    m = _eval_codes()
    assert m.same_code("XKX") == "KOS" and m.same_code("KOS") == "KOS"
    assert m.same_code("SRB") == "SRB" and m.same_code(None) is None


@pytest.mark.parametrize("text, src, tgt", [
    ("South Korea put its navy on alert after the North's rocket launch.", "KOR", "PRK"),
    ("India moved extra troops to the region after Pakistan's attack on a post.", "IND", "PAK"),
    ("The army went on alert after the president's speech.", None, None),  # no other side
])
def test_a_mobilization_after_another_sides_act_aims_at_it(pipe, text, src, tgt):
    from chronicler.events.main import main_event
    from chronicler.events.stage import EventsComponent

    ad = EventsComponent({})(read_text(pipe, text, date(2012, 3, 1)))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None and ev.type == "MOBILIZE"
    assert (ev.source.country if ev.source else None, ev.target.country if ev.target else None) == (src, tgt)
