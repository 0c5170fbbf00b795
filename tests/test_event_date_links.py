"""Which event a time expression dates (events/timelink.py) and how a linked weekday or year-less day is placed
(events/when.py): the rules of session 5. Sentences are our own."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from chronicler.events.stage import EventsComponent
from chronicler.events.when import dated_from_timex, nearest_reading, weekday_ahead
from chronicler.model import Actor, DateInterval, Document, Event, Mention, Timex
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

JPN = Actor("country:JPN", "Japan", "country", "JPN")
NOR = Actor("country:NOR", "Norway", "country", "NOR")
DCT = date(2009, 4, 20)  # a Monday
ACTORS = {"Japanese": JPN, "Japan": JPN, "Norway": NOR}


nlp = alias("spacy_model")


def day(d: date) -> DateInterval:
    return DateInterval.day(d)


def annotate(nlp, text: str, times: dict[str, tuple[str, DateInterval | None]]) -> list[Event]:
    """The events stage on ``text`` with Japan/Norway mentions and the given timexes (surface → (value, interval))."""
    sdoc = nlp(text)
    found = [(m, a) for s, a in ACTORS.items() for m in re.finditer(rf"\b{s}\b", text)]
    mentions = [Mention(m.start(), m.end(), m.group(), a.id, "name") for m, a in found]
    timexes = [Timex(f"t{n}", text.index(s), text.index(s) + len(s), s, "DATE", v, interval=iv)
               for n, (s, (v, iv)) in enumerate(times.items())]
    doc = Document(id="d", source="test", text=text, published=day(DCT))
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions),
                           actors=(JPN, NOR), timexes=tuple(timexes), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def at(events: list[Event], word: str) -> Event:
    """The event whose trigger starts with ``word``."""
    return next(e for e in events if e.trigger.split()[0].lower().startswith(word))


def show(events: list[Event]) -> str:
    return "; ".join(f"{e.trigger}:{e.type}:{e.date_source}:{e.date and e.date.best}" for e in events)


def test_a_date_naming_an_event_noun_is_not_the_time_of_the_reaction(nlp):
    mon = date(2009, 4, 13)
    text = "Norway praised Japan for last Monday's fisheries accord."
    evs = annotate(nlp, text, {"last Monday": ("2009-04-13", day(mon))})
    assert at(evs, "accord").date.best == mon, show(evs)
    praised = at(evs, "praised")
    assert praised.date_source != "timex" and praised.date.best != mon, show(evs)


def test_an_act_at_a_dated_event_shares_its_date(nlp):
    apr3 = date(2009, 4, 3)
    text = "Japan discussed fishing quotas with Norway at their April 3 summit in Oslo."
    evs = annotate(nlp, text, {"April 3": ("2009-04-03", day(apr3))})
    assert at(evs, "discussed").date.best == apr3, show(evs)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_date(nlp):
    march = DateInterval(date(2009, 3, 1), date(2009, 3, 31), None, "month")
    text = "Japan has rejected the Norwegian offer, and a court last month upheld the whaling ban."
    evs = annotate(nlp, text, {"last month": ("2009-03", march)})
    rejected = at(evs, "rejected")
    assert rejected.date_source != "timex", show(evs)


@pytest.mark.parametrize("clause", ["which have had two collisions this year",
                                    "which were involved in two collisions this year"])
def test_a_date_in_a_relative_clause_on_the_noun_does_not_date_its_deployment(nlp, clause):
    year = DateInterval(date(2009, 1, 1), date(2009, 12, 31), None, "year")
    text = f"Japan protested against the deployment of Norwegian patrol boats, {clause}."
    evs = annotate(nlp, text, {"this year": ("2009", year)})
    assert all(e.date is None or e.date.granularity != "year" for e in evs), show(evs)


@pytest.mark.parametrize("text", ["Japan's prime minister flies to Norway on Wednesday.",
                                  "The Japanese foreign minister heads to Norway on Wednesday."])
def test_a_weekday_of_a_scheduled_present_act_lies_ahead(nlp, text):
    past_wed, next_wed = date(2009, 4, 15), date(2009, 4, 22)
    evs = annotate(nlp, text, {"Wednesday": ("2009-04-15", day(past_wed))})
    e = next(e for e in evs if e.date_source == "timex")
    assert e.status == "planned" and e.date.best == next_wed, show(evs)


def test_a_weekday_of_a_past_act_is_not_moved_ahead(nlp):
    past_wed = date(2009, 4, 15)
    text = "Japan's prime minister flew to Norway on Wednesday."
    evs = annotate(nlp, text, {"Wednesday": ("2009-04-15", day(past_wed))})
    e = next(e for e in evs if e.date_source == "timex")
    assert e.date.best == past_wed, show(evs)


def test_a_year_less_day_on_an_event_noun_is_the_one_nearest_the_report(nlp):
    text = "Japan said it would carry out the March 30 accord with Norway."
    # the tagger, reading "would", put the day in the year ahead
    evs = annotate(nlp, text, {"March 30": ("2010-03-30", day(date(2010, 3, 30)))})
    e = next(e for e in evs if e.date_source == "timex")
    assert e.date.best == date(2009, 3, 30), show(evs)


def test_a_stated_year_on_an_event_noun_is_kept(nlp):
    text = "Japan said it would carry out the March 30, 2010 accord with Norway."
    evs = annotate(nlp, text, {"March 30, 2010": ("2010-03-30", day(date(2010, 3, 30)))})
    e = next(e for e in evs if e.date_source == "timex")
    assert e.date.best == date(2010, 3, 30), show(evs)


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.integers(1, 13))
def test_weekday_ahead_is_the_same_weekday_within_the_week_after_the_report(dct, back):
    told = dct - timedelta(days=back)
    tx = Timex("t", 0, 9, "Wednesday", "DATE", told.isoformat(), interval=day(told))
    moved = weekday_ahead(dated_from_timex(tx, 0.9), dct)
    got = moved.interval.best
    assert got.weekday() == told.weekday() and 0 < (got - dct).days <= 7


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.dates(date(1950, 1, 1), date(2090, 12, 31)))
def test_nearest_reading_keeps_the_day_and_lies_within_half_a_year(dct, tagged):
    if tagged.month == 2 and tagged.day == 29:
        return
    tx = Timex("t", 0, 6, "May 28", "DATE", tagged.isoformat(), interval=day(tagged))
    got = nearest_reading(tx, day(dct)).interval.best
    assert (got.month, got.day) == (tagged.month, tagged.day) and abs((got - dct).days) <= 184
    stated = dataclasses.replace(tx, text="May 28, 2001")
    assert nearest_reading(stated, day(dct)) is stated  # a stated year is kept
