"""Session 16 (issue 7): which of several time expressions governs an event (a clause or phrase with a time of
its own beside the act's own time), ranges of days as an event's time, and the scorer's ranges for the blind set
`eval/data/event_dates_blind_s16.tsv`. Sentences are our own (invented events)."""

from __future__ import annotations

from datetime import date

import pytest

import re

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document, Mention, Timex
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument
from eval_modules import eval_module
from test_event_date_links import ACTORS, DCT, JPN, NOR, annotate, at, day, show

from conftest import alias


nlp = alias("spacy_model")


def year(y: int) -> DateInterval:
    return DateInterval(date(y, 1, 1), date(y, 12, 31), None, "year")


FRIDAY, SUNDAY = date(2009, 4, 17), date(2009, 4, 19)  # the report (test_event_date_links.DCT) is of a Monday


@pytest.mark.parametrize("text, times", [
    # an apposition with a time of its own the parser hung on the main verb
    ("The Japanese premier, in office since 2006, met Norway's king on Friday.",
     {"2006": ("2006", year(2006)), "Friday": ("2009-04-17", day(FRIDAY))}),
    # a fronted clause whose time the parser hung on the main verb
    ("Before he flew to Oslo on Sunday, the Japanese envoy met Norway's foreign minister on Friday.",
     {"Sunday": ("2009-04-19", day(SUNDAY)), "Friday": ("2009-04-17", day(FRIDAY))}),
])
def test_the_act_keeps_its_own_time_over_a_set_off_phrase_or_clause(nlp, text, times):
    evs = annotate(nlp, text, times)
    assert at(evs, "met").date.best == FRIDAY, show(evs)


def test_a_plain_fronted_time_is_no_set_off_phrase(nlp):
    """"On Friday, X met Y for the first time since 2010": the fronted day is the act's time (a guard)."""
    text = "On Friday, the Japanese minister met Norway's king for the first time since 2006."
    evs = annotate(nlp, text, {"Friday": ("2009-04-17", day(FRIDAY)), "2006": ("2006", year(2006))})
    assert at(evs, "met").date.best == FRIDAY, show(evs)


def test_a_participle_clause_on_the_acts_word_does_not_date_the_act(nlp):
    """"The pact, signed in 1998, was renewed on Friday": the clause's path to the trigger passes its own verb."""
    text = "The fisheries pact, signed by Japan in 1998, was extended by Norway on Friday."
    evs = annotate(nlp, text, {"1998": ("1998", year(1998)), "Friday": ("2009-04-17", day(FRIDAY))})
    ev = next(e for e in evs if "extended" in e.trigger)
    assert ev.date.best == FRIDAY, show(evs)


@pytest.mark.parametrize("text, times, first, last", [
    ("Japanese and Norwegian ships held joint exercises from Tuesday to Thursday.",
     {"Tuesday": ("2009-04-14", day(date(2009, 4, 14))), "Thursday": ("2009-04-16", day(date(2009, 4, 16)))},
     date(2009, 4, 14), date(2009, 4, 16)),
    ("Japan will hold talks with Norway on May 4-6.",
     {"May 4": ("2009-05-04", day(date(2009, 5, 4)))}, date(2009, 5, 4), date(2009, 5, 6)),
    ("Norway hosted Japanese negotiators from 6 to 8 April.",
     {"8 April": ("2009-04-08", day(date(2009, 4, 8)))}, date(2009, 4, 6), date(2009, 4, 8)),
])
def test_a_range_of_days_is_the_acts_time(nlp, text, times, first, last):
    evs = annotate(nlp, text, times)
    ev = next(e for e in evs if e.date_source == "timex")
    assert (ev.date.earliest, ev.date.latest) == (first, last), show(evs)


def test_a_number_after_a_day_that_counts_things_is_no_range(nlp):
    text = "Japan met Norway on Friday and 12 ships left port."
    evs = annotate(nlp, text, {"Friday": ("2009-04-17", day(FRIDAY))})
    ev = at(evs, "met")
    assert (ev.date.earliest, ev.date.latest) == (FRIDAY, FRIDAY), show(evs)


def test_a_date_inside_a_measured_phrase_with_no_event_places_the_act_from_it(nlp):
    """"Two days after the vote on 7 April, X ...": the act is two days after the phrase's date, not on it."""
    text = "Two days after the Japanese vote on 7 April, Norway accused Japan of fraud."
    sdoc = nlp(text)
    found = [(m, a) for w, a in ACTORS.items() for m in re.finditer(rf"\b{w}\b", text)]
    mentions = tuple(Mention(m.start(), m.end(), m.group(), a.id, "name") for m, a in found)
    dur, on = text.index("Two days"), text.index("7 April")
    timexes = (Timex("t0", dur, dur + 8, "Two days", "DURATION", "P2D"),
               Timex("t1", on, on + 7, "7 April", "DATE", "2009-04-07", interval=day(date(2009, 4, 7))))
    ad = AnnotatedDocument(Document(id="d", source="test", text=text, published=day(DCT)),
                           sentences=sentences_of(sdoc), mentions=mentions, actors=(JPN, NOR), timexes=timexes,
                           nlp=sdoc)
    evs = list(EventsComponent({})(ad).events)
    ev = at(evs, "accused")
    assert (ev.date_source, ev.date.best) == ("relative", date(2009, 4, 9)), show(evs)


def test_the_date_scorer_reads_ranges_and_the_s16_set():
    s = eval_module("_event_dates_s15")
    dct = date(2015, 3, 4)
    assert s.gold_period("2015-03-02/2015-03-05", dct) == (date(2015, 3, 2), date(2015, 3, 5))
    assert s.date_right(DateInterval(date(2015, 3, 2), date(2015, 3, 5)), "2015-03-02/2015-03-05", dct)
    assert not s.date_right(DateInterval.day(date(2015, 3, 2)), "2015-03-02/2015-03-05", dct)  # one end only
    rows = s.read_rows(s.SET_S16)
    assert len(rows) > 100 and all(len(r) == 6 for r in rows)
    for r in rows:
        s.gold_period(r[2], date.fromisoformat(r[0]))  # every gold value parses
