"""Small towns, namesakes and the sentence's place against the report's country (issue 7 / issue 6, session 14):
the lower gazetteer tier (actors/smalltowns.py), the report's hints for a name several towns bear
(events/where.coded), and the home country yielding to the sentence's place or to a venue
(actors/sentenceplace.py). Sentences written for these tests (not from the blind sets)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from actor_harness import coded_at, read_text
from conftest import alias
from chronicler.actors import smalltowns
from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.events.where import coded
from chronicler.model import DateInterval, Document, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

COUNTRIES = st.sampled_from(["BIH", "LBN", "USA", "GBR", "FRA", "KEN"])
TOWNS = st.lists(st.tuples(COUNTRIES, st.integers(0, 14_999), st.floats(-80, 80), st.floats(-170, 170)),
                 min_size=1, max_size=6).map(tuple)


@given(TOWNS, COUNTRIES)
def test_a_hinted_country_wins_among_namesakes(towns, hint):
    got = smalltowns.choose(towns, (frozenset({hint}),))
    inside = [t for t in towns if t[0] == hint]
    if inside:
        assert got is not None and got[0] == hint and got[1] == max(t[1] for t in inside)
    else:
        assert got == smalltowns.choose(towns)


@given(TOWNS)
def test_without_hints_only_a_clear_lead_decides(towns):
    got = smalltowns.choose(towns)
    if len({t[0] for t in towns}) == 1:
        assert got is not None
    elif got is not None:
        rivals = [t[1] for t in towns if t[0] != got[0]]
        assert got[1] >= smalltowns.CLEAR_LEAD * max(rivals) and got[1] > 0


def test_words_are_no_small_towns():
    assert not smalltowns.usable("Police") and not smalltowns.usable("Hope") and not smalltowns.usable("police")
    assert smalltowns.usable("Zepce") and smalltowns.usable("Marjayoun")


def test_small_town_coded_only_from_the_lower_tier():
    assert coded("Zepce")[0] == "BIH"
    assert coded("Marjayoun")[0] == "LBN"
    assert coded("Qusair Nonesuch") is None


nlp = alias("spacy_model")


def _location(nlp, text: str, dateline: str | None = None):
    sdoc = nlp(text)
    ms = tuple(Mention(e.start_char, e.end_char, e.text, None, "name") for e in sdoc.ents
               if e.label_ in ("GPE", "NORP", "ORG", "PERSON"))
    doc = Document(id="d", source="t", text=text, dateline=dateline, published=DateInterval.day(date(2012, 3, 5)))
    ad = EventsComponent({})(AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=ms, nlp=sdoc))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None
    return ev.location


def test_event_in_a_small_town(nlp):
    loc = _location(nlp, "Croat militiamen shelled Zepce overnight.")
    assert loc is not None and loc.name == "Zepce" and loc.country == "BIH" and loc.lat is not None


def test_the_datelines_country_picks_the_namesake(nlp):
    loc = _location(nlp, "Lebanese soldiers clashed with armed men in Tripoli on Monday.", dateline="BEIRUT")
    assert loc is not None and loc.name == "Tripoli" and loc.country == "LBN"


def test_a_qualifier_picks_the_namesake(nlp):
    loc = _location(nlp, "Police arrested two Canadian students in Athens, Georgia, on Monday.")
    assert loc is not None and loc.country == "USA"


pipe = alias("actors_pipe")


def test_a_local_group_takes_its_sentences_place_over_the_dateline(pipe):
    text = ("South Korea's foreign ministry protested on Monday, and South Korean lawmakers demanded talks. "
            "In Osaka, hundreds of demonstrators rallied outside the city hall.")
    ad = read_text(pipe, text, date(2012, 3, 5), dateline="Seoul")
    assert coded_at(ad, "demonstrators").country == "JPN"


def test_a_venue_dateline_is_no_home_for_delegates(pipe):
    text = ("Yemen's warring parties opened talks on Monday, and Yemen's foreign minister led the government side. "
            "The negotiators agreed on a prisoner exchange.")
    ad = read_text(pipe, text, date(2018, 12, 10), dateline="Stockholm")
    actor = coded_at(ad, "negotiators")
    assert actor is None or actor.country != "SWE"
