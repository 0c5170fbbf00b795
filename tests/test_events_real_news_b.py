"""What the second real-news gold showed (issue 7, session 14), on sentences of our own through the default
pipeline: verbs whose object no political act can take, and how far a negation or a modal reaches; and the
``--set`` option of ``eval/events_news.py``."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.selection import UNFIT_OBJECTS, unfit_noun
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument
from eval_modules import eval_module

from conftest import alias, needs_wordnet


pipe = alias("default_pipe")


def events(pipe, text: str) -> list[tuple[str, str, str]]:
    """(type, status, trigger text) of each event of ``text`` in a report of 2010-06-03."""
    doc = Document(id="t", source="test", text=text, published=DateInterval.day(date(2010, 6, 3)))
    return [(e.type, e.status, e.trigger) for e in pipe(AnnotatedDocument(doc)).events]


def types(pipe, text: str) -> list[str]:
    return [t for t, _, _ in events(pipe, text)]


def status_of(pipe, text: str, word: str) -> str | None:
    return next((s for _, s, trig in events(pipe, text) if word in trig), None)


@needs_wordnet
@pytest.mark.parametrize("text, gone", [
    ("The Chilean ministry released a report on the border incident on Tuesday .", "RETREAT"),
    ("The Peruvian autopsy report has yet to be released to the public .", "RETREAT"),
    ("The Chilean fishing ban hit Peruvian canning profits hard last year .", "ASSAULT"),
])
def test_an_object_no_act_can_take_makes_no_event(pipe, text, gone):
    assert gone not in types(pipe, text), events(pipe, text)


@needs_wordnet
@pytest.mark.parametrize("text, kept", [
    ("Chile released the Peruvian fishermen on Monday .", "RETREAT"),
    ("The hostages have yet to be released , the Peruvian minister said .", "RETREAT"),
    ("Peruvian jets hit targets in northern Chile .", "ASSAULT"),
    ("Chilean gunmen hit the Peruvian consulate with rockets .", "ASSAULT"),
    ("The Chilean junta handed over power to a civilian government in 1990 .", "RETREAT"),
    ("The Egyptian president is ceding some powers to his deputy .", "RETREAT"),
])
def test_people_places_and_things_still_take_the_act(pipe, text, kept):
    assert kept in types(pipe, text), events(pipe, text)


class _Noun:
    def __init__(self, lemma: str, pos: str = "NOUN", ent: str = "") -> None:
        self.lemma_, self.pos_, self.ent_type_ = lemma, pos, ent


@needs_wordnet
def test_names_and_entities_are_never_unfit():
    classes = UNFIT_OBJECTS["RETREAT"]
    assert unfit_noun(_Noun("report"), classes)
    assert not unfit_noun(_Noun("report", pos="PROPN"), classes)
    assert not unfit_noun(_Noun("report", ent="ORG"), classes)
    assert not unfit_noun(_Noun("prisoner"), classes)


@pytest.mark.parametrize("text, word, want", [
    # a negation does not reach a clause of time or cause under it
    ("An aide to the Peruvian minister said he would not speak to reporters until the auditors had studied the "
     "lawsuit .", "lawsuit", "occurred"),
    # a present-tense "until" clause under a negated future is a condition, not a denied act
    ("Chile will not resume talks until Peru withdraws its troops .", "withdraws", "hypothetical"),
    # "for X to V" is still the content of what governs it
    ("The Chilean minister called for Peru to free the two fishermen .", "free", "proposed"),
    # a conjunct without its own subject or auxiliary shares the first one's modal
    ("Chile may impose sanctions and expel the Peruvian envoy .", "expel", "hypothetical"),
    ("The United States urged Peruvian police to stay calm and allow peaceful marches .", "allow",
     "proposed"),
    # ... but not its negation
    ("Peru did not attack Chile and withdrew its troops .", "withdrew", "occurred"),
])
def test_how_far_a_negation_or_a_modal_reaches(pipe, text, word, want):
    assert status_of(pipe, text, word) == want, events(pipe, text)


def _scorer():
    return eval_module("events_news")  # registered in sys.modules: its dataclass looks its module up


def test_the_scorer_reads_both_golds_and_one_set_on_request():
    news = _scorer()
    assert news.parse_args(["--set", "b"]).gold_set == "b"
    assert news.parse_args([]).gold_set is None
    with pytest.raises(SystemExit):
        news.parse_args(["--set", "c"])
    rows = news.read_gold(news.GOLDS["b"])
    assert len(rows) == 180 and len({r.topic for r in rows}) == 6
    assert not {r.topic for r in rows} & {r.topic for r in news.read_gold(news.GOLDS["a"])}
    assert {r.part for r in rows} == {"tune", "measure"}
