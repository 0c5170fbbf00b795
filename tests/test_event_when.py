"""The event's own date (events/when.py): expressions the tagger left without a year or week, acl reporting
verbs on a noun event, and a dated noun event inside a verb's phrase. Sentences are our own."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from chronicler.events.stage import EventsComponent
from chronicler.events.when import dated_for, resolve_partial
from chronicler.model import Actor, DateInterval, Document, Event, Mention, Timex
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

JPN = Actor("country:JPN", "Japan", "country", "JPN")
USA = Actor("country:USA", "United States", "country", "USA")
NOR = Actor("country:NOR", "Norway", "country", "NOR")
DCT = date(2009, 4, 20)  # a Monday


nlp = alias("spacy_model")


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


# --- links read off the parse, offsets and the lead (events/timelink.py, events/narrative.py) ---------------------

WED, THU, FRI = date(2009, 4, 15), date(2009, 4, 16), date(2009, 4, 17)


def _day(d: date) -> tuple[str, DateInterval]:
    return d.isoformat(), DateInterval.day(d)


def annotate_all(nlp, text: str, times: dict[str, tuple[str, DateInterval | None]],
                 kinds: dict[str, str] | None = None) -> list[Event]:
    """Like ``annotate`` with a mention at every occurrence of Japan/Norway and timexes of any type."""
    sdoc = nlp(text)
    mentions = []
    for name, actor in (("Japan", JPN), ("Norway", NOR)):
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(at, at + len(name), name, actor.id, "name"))
            at = text.find(name, at + 1)
    timexes = [Timex(f"t{n}", text.index(s), text.index(s) + len(s), s, (kinds or {}).get(s, "DATE"), v, interval=iv)
               for n, (s, (v, iv)) in enumerate(times.items())]
    doc = Document(id="d", source="test", text=text, published=DateInterval.day(DCT))
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                           actors=(JPN, NOR), timexes=tuple(timexes), nlp=sdoc)
    return list(EventsComponent({})(ad).events)


def _by_trigger(evs: list[Event], word: str) -> Event:
    return next(e for e in evs if word in e.trigger)


def test_a_date_on_a_noun_that_is_no_event_stays_there(nlp):
    evs = annotate_all(nlp, "Japan gave emergency aid to Norway's towns flooded by Friday's storm.",
                       {"Friday": _day(FRI)})
    e = next(e for e in evs if e.type == "AID")
    assert e.date_source == "inherited" and e.date.best == DCT


def test_a_relative_clause_on_a_person_dates_only_that_clause(nlp):
    evs = annotate_all(nlp, "Japan's minister, who flew home on Tuesday, praised Norway for its help.",
                       {"Tuesday": _day(date(2009, 4, 14))})
    e = _by_trigger(evs, "praised")
    assert e.date_source == "inherited" and e.date.best == DCT


def test_a_when_clause_dates_the_act_it_hangs_on(nlp):
    evs = annotate_all(nlp, "Japan apologized to Norway when Japan's minister met Norway's king on Thursday.",
                       {"Thursday": _day(THU)})
    assert _by_trigger(evs, "met").date.best == THU
    e = _by_trigger(evs, "apologized")
    assert e.date_source == "timex" and e.date.best == THU and e.field_confidence["date"] < 0.9


def test_a_second_date_on_a_dated_verb_goes_to_the_event_noun(nlp):
    evs = annotate_all(nlp, "Norway on Wednesday condemned Japan's test launches of two missiles on Tuesday.",
                       {"Wednesday": _day(WED), "Tuesday": _day(date(2009, 4, 14))})
    assert _by_trigger(evs, "condemned").date.best == WED
    launch = next(e for e in evs if e.type == "MOBILIZE")
    assert launch.date_source == "timex" and launch.date.best == date(2009, 4, 14)


def test_a_measured_offset_places_the_earlier_event(nlp):
    text = ("Japan's minister met Norway's envoy on Wednesday, two days after Japan and Norway agreed on a "
            "fisheries package.")
    evs = annotate_all(nlp, text, {"Wednesday": _day(WED), "two days": ("P2D", None)}, {"two days": "DURATION"})
    agreed = _by_trigger(evs, "agreed")
    assert agreed.date_source == "relative" and agreed.date.best == date(2009, 4, 13)
    assert any(s.label == "time" and text[s.start:s.end] == "two days" for s in agreed.provenance.spans)


def test_undated_past_events_take_the_lead_day_present_ones_do_not(nlp):
    text = ("Japan's foreign minister met Norway's envoy in Oslo on Friday. Japan signed a fisheries accord with "
            "Norway. Japan supports Norway's bid for a council seat.")
    evs = annotate_all(nlp, text, {"Friday": _day(FRI)})
    signed = _by_trigger(evs, "signed")
    assert signed.date_source == "narrative" and signed.date.best == FRI and signed.field_confidence["date"] == 0.4
    assert _by_trigger(evs, "supports").date_source == "inherited"


def test_what_a_dated_speech_reports_as_going_on_takes_its_day(nlp):
    evs = annotate_all(nlp, "Norway said on Monday that Japan was cooperating closely with Norway.",
                       {"Monday": _day(DCT)})
    e = _by_trigger(evs, "cooperating")
    assert e.date_source == "timex" and e.field_confidence["date"] == 0.5


def test_weekday_under_a_one_sided_report_date_stays_open():
    after_2006 = DateInterval(date(2006, 1, 1), None, None, "unknown")
    iv = resolve_partial("XXXX-WXX-5", after_2006)
    assert iv.earliest == date(2005, 12, 26) and iv.latest is None and iv.best is None
    assert resolve_partial("XXXX-WXX-5TAF", DateInterval.day(DCT)).best == FRI


def test_a_weekday_placed_after_the_report_is_last_weeks_for_a_past_act(nlp):
    next_monday = DateInterval.day(date(2009, 4, 27))  # as a tagger may place "Monday" in a Monday report
    evs = annotate_all(nlp, "Japan and Norway have finalized a plan, agreeing in Oslo on Monday to share data.",
                       {"Monday": ("2009-04-27", next_monday)})
    e = _by_trigger(evs, "agreeing")
    assert e.date.best == date(2009, 4, 20) and e.status == "occurred"


def test_a_year_counting_a_noun_that_is_no_event_dates_nothing_above(nlp):
    evs = annotate_all(nlp, "Norway wants Japan to respect the 2006 quota.", {"2006": ("2006", DateInterval(
        date(2006, 1, 1), date(2006, 12, 31), None, "year"))})
    assert evs and all(e.date_source == "inherited" for e in evs)
