"""Session 15 (issue 7): the event's own date and status where several events and times share a sentence —
taking part in a dated event, weekdays on event nouns still to come, offsets whose "after" hangs on the
duration — and the scorer of the blind set `eval/data/event_dates_blind_s15.tsv`. Sentences are our own
(invented events). The session's clause and noun status cases ("since" a time, a denied plan, cancelled and
planned event nouns) are in test_event_status.py."""

from __future__ import annotations

import re
from datetime import date

from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document, Event, Mention, Provenance, Span, Timex
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument
from eval_modules import eval_module
from test_event_date_links import ACTORS, DCT, JPN, NOR, annotate, at, day, show
from test_event_status import status_at

from conftest import alias


nlp = alias("spacy_model")


def test_taking_part_in_a_dated_event_keeps_the_clause_status(nlp):
    """"will attend Friday's talks": the talks lie ahead, unlike "carry out the 2011 agreement"."""
    assert status_at(nlp, "Peruvian ministers will attend Friday's talks with Chile.", "talks") == "planned"


def test_a_weekday_on_an_event_noun_still_to_come_lies_ahead(nlp):
    """The report is of a Monday; the tagger read a past Friday off the possessive."""
    text = "Japanese diplomats will attend Friday's talks with Norway."
    evs = annotate(nlp, text, {"Friday": ("2009-04-17", day(date(2009, 4, 17)))})
    assert at(evs, "attend").date.best == date(2009, 4, 24), show(evs)


def test_a_weekday_on_a_planned_meeting_called_off_lies_ahead(nlp):
    text = "Japan called off the planned Thursday meeting with Norway."
    evs = annotate(nlp, text, {"Thursday": ("2009-04-16", day(date(2009, 4, 16)))})
    ev = at(evs, "meeting")
    assert (ev.date.best, ev.status) == (date(2009, 4, 23), "negated"), show(evs)


def with_offset(nlp, text: str) -> list[Event]:
    """The events stage on ``text`` with Japan/Norway mentions, "Sunday" (the day before the report, a Monday) and
    the duration "a day"."""
    sdoc = nlp(text)
    found = [(m, a) for s, a in ACTORS.items() for m in re.finditer(rf"\b{s}\b", text)]
    mentions = tuple(Mention(m.start(), m.end(), m.group(), a.id, "name") for m, a in found)
    sun, off = text.index("Sunday"), text.index("a day")
    timexes = (Timex("t0", sun, sun + 6, "Sunday", "DATE", "2009-04-19", interval=day(date(2009, 4, 19))),
               Timex("t1", off, off + 5, "a day", "DURATION", "P1D"))
    doc = Document(id="d", source="test", text=text, published=day(DCT))
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=mentions, actors=(JPN, NOR),
                           timexes=timexes, nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def test_a_day_after_a_gerund_hung_on_the_duration(nlp):
    evs = with_offset(nlp, "Norway recalled its envoy on Sunday, a day after seizing a Japanese ship.")
    assert at(evs, "seizing").date.best == date(2009, 4, 18), show(evs)


def test_a_day_after_a_clause_whose_subject_the_parser_took_for_an_object(nlp):
    text = "Norway fired missiles at Bergen early on Sunday, a day after allied planes began bombing Japan."
    evs = with_offset(nlp, text)
    assert at(evs, "bombing").date.best == date(2009, 4, 18), show(evs)


def _event(start: int, end: int, iv: DateInterval | None) -> Event:
    return Event("e", "CONSULT", Provenance("d", 0, "", (Span(start, end, "trigger"),)), date=iv)


def test_the_s15_scorer_on_a_tiny_case():
    s15 = eval_module("_event_dates_s15")
    dct = date(2015, 3, 4)
    assert s15.gold_period("2015-W10", dct) == (date(2015, 3, 2), date(2015, 3, 8))
    assert s15.gold_period("2015-02", dct) == (date(2015, 2, 1), date(2015, 2, 28))
    assert s15.date_right(DateInterval.day(dct), "DCT", dct)
    assert s15.date_right(DateInterval(date(2015, 2, 1), date(2015, 2, 28)), "2015-02", dct)
    assert not s15.date_right(DateInterval(date(2015, 1, 1), date(2015, 12, 31)), "2015-02", dct)  # coarser
    assert not s15.date_right(None, "2015", dct)
    events = [_event(0, 4, None), _event(10, 22, None)]
    assert s15.find_event(events, 14, 19) is events[1]  # held
    assert s15.find_event(events, 2, 8) is events[0]  # overlapped only
    assert s15.find_event(events, 30, 34) is None
    rows = s15.read_rows()
    assert len(rows) > 100 and all(len(r) == 6 for r in rows)


def test_a_day_in_the_next_sentence_does_not_date_the_sentence_before(nlp):
    """The lead's day dates the undated past acts told after it, not those told before it."""
    sunday = {"Sunday": ("2009-04-19", day(date(2009, 4, 19)))}
    text = "Japan seized a Norwegian whaling ship. Norway recalled its envoy from Japan on Sunday."
    evs = annotate(nlp, text, sunday)
    assert (at(evs, "seized").date_source, at(evs, "seized").date.best) == ("inherited", DCT), show(evs)
    text = "Norway recalled its envoy from Japan on Sunday. Japan had seized a Norwegian whaling ship."
    evs = annotate(nlp, text, sunday)
    assert at(evs, "seized").date_source == "narrative", show(evs)


def test_a_date_on_the_noun_a_since_phrase_starts_from_dates_the_act(nlp):
    text = "Norwegian activists have staged protests against Japan since the June vote."
    evs = annotate(nlp, text, {"June": ("2008-06", DateInterval(date(2008, 6, 1), date(2008, 6, 30), None, "month"))})
    ev = at(evs, "staged")
    assert (ev.date.earliest, ev.status) == (date(2008, 6, 1), "ongoing"), show(evs)
