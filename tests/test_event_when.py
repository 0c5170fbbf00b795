"""The event's own date (events/when.py): expressions the tagger left without a year or week, acl reporting
verbs on a noun event, and a dated noun event inside a verb's phrase. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from chronicler.events.stage import EventsComponent
from chronicler.events.when import dated_for, resolve_partial
from chronicler.model import Actor, DateInterval, Document, Event, Mention, Timex
from chronicler.nlp.stage import load_model, sentences_of
from chronicler.pipeline import AnnotatedDocument

JPN = Actor("country:JPN", "Japan", "country", "JPN")
USA = Actor("country:USA", "United States", "country", "USA")
NOR = Actor("country:NOR", "Norway", "country", "NOR")
DCT = date(2009, 4, 20)  # a Monday


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def annotate(nlp, text: str, actors: dict[str, Actor], times: dict[str, tuple[str, DateInterval | None]],
             published: DateInterval | None = DateInterval.day(DCT)) -> list[Event]:
    """Run the events stage on ``text`` with given mentions and timexes (surface → (value, interval))."""
    sdoc = nlp(text)
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, a.id, "name") for s, a in actors.items()]
    timexes = [Timex(f"t{n}", text.index(s), text.index(s) + len(s), s, "DATE", v, interval=iv)
               for n, (s, (v, iv)) in enumerate(times.items())]
    doc = Document(id="d", source="test", text=text, published=published)
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions),
                           actors=tuple(actors.values()), timexes=tuple(timexes), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def test_year_less_day_takes_the_year_nearest_the_report(nlp):
    text = "Japan's foreign minister talked with Norway's envoy at their March 30 meeting in Oslo."
    evs = annotate(nlp, text, {"Japan": JPN, "Norway": NOR}, {"March 30": ("XXXX-03-30", None)})
    consult = [e for e in evs if e.type == "CONSULT"]
    assert consult and all(e.date_source == "timex" for e in consult)
    assert {e.date.best for e in consult} == {date(2009, 3, 30)}


def test_unplaced_weekday_is_the_one_before_the_report(nlp):
    century = DateInterval(date(2000, 1, 1), date(2099, 12, 31), None, "century")
    text = "Japan signed a fisheries accord with Norway on Thursday."
    evs = annotate(nlp, text, {"Japan": JPN, "Norway": NOR}, {"Thursday": ("XXXX-WXX-4", century)})
    e = next(e for e in evs if e.date_source == "timex")
    assert e.date.best == date(2009, 4, 16) and e.date.granularity == "day"
    assert e.field_confidence["date"] < 0.9  # placed by us, not by the tagger


def test_announced_on_a_day_dates_the_announced_pledge(nlp):
    sat = DateInterval.day(date(2009, 4, 18))
    text = "Japan described its pledge, announced on Saturday, to give Norway new research funds."
    evs = annotate(nlp, text, {"Japan": JPN, "Norway": NOR}, {"Saturday": ("2009-04-18", sat)})
    dated = [e for e in evs if e.date_source == "timex"]
    assert dated and all(e.date.best == date(2009, 4, 18) for e in dated)


def test_dated_call_dates_the_promise_made_in_it(nlp):
    fri = DateInterval.day(date(2009, 4, 17))
    text = "The United States promised in a phone call with Japan on Friday that it would send rescue teams."
    evs = annotate(nlp, text, {"United States": USA, "Japan": JPN}, {"Friday": ("2009-04-17", fri)})
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and agree[0].date_source == "timex" and agree[0].date.best == date(2009, 4, 17)


def test_no_time_expression_still_inherits():
    d = dated_for(None, DateInterval.day(DCT))
    assert d.source == "inherited" and d.interval.best == DCT
    assert dated_for(None, None).source == "unknown"


def test_partial_values_need_a_report_date():
    assert resolve_partial("XXXX-05-03", None) is None
    assert resolve_partial("2009-05-03", DateInterval.day(DCT)) is None


def test_uncertain_report_date_keeps_the_weekday_interval_wide():
    pub = DateInterval(date(2009, 4, 1), date(2009, 4, 30), date(2009, 4, 20), "month")
    iv = resolve_partial("XXXX-WXX-2", pub)
    assert iv.best == date(2009, 4, 14) and iv.earliest <= date(2009, 4, 1) and iv.latest == date(2009, 4, 30)


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.integers(1, 12), st.integers(1, 28),
       st.integers(1, 7))
def test_partial_resolution_stays_near_the_report(dct, month, day, weekday):
    pub = DateInterval.day(dct)
    iv = resolve_partial(f"XXXX-{month:02d}-{day:02d}", pub)
    assert iv.best.month == month and iv.best.day == day and abs((iv.best - dct).days) <= 183
    wd = resolve_partial(f"XXXX-WXX-{weekday}", pub)
    assert wd.best.isoweekday() == weekday and 0 <= (dct - wd.best).days <= 6
    mo = resolve_partial(f"XXXX-{month:02d}", pub)
    assert mo.earliest.month == month and mo.earliest.day == 1 and mo.granularity == "month"
