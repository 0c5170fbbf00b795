"""The data model: JSON round trip of every class, and date-interval arithmetic."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chronicler.model import (
    Actor, DateInterval, Document, Event, EventCluster, Evidence, Location, Mention, Provenance, Sentence, Span,
    StatusChange, Timex, from_dict, to_dict,
)

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
texts = st.text(max_size=40)
small = st.integers(min_value=0, max_value=10_000)
opt = lambda s: st.none() | s  # noqa: E731

plain_intervals = st.builds(DateInterval, opt(dates), opt(dates), opt(dates), st.sampled_from(["day", "month", "year"]))
evidence = st.builds(Evidence, st.sampled_from(["metadata", "office_holder", "relative_cue"]), texts, plain_intervals,
                     opt(small), opt(small), texts, st.floats(0, 1))
intervals = st.builds(DateInterval, opt(dates), opt(dates), opt(dates), st.sampled_from(["day", "month", "year"]),
                      st.lists(evidence, max_size=2).map(tuple))
spans = st.builds(Span, small, small, texts)
actors = st.builds(Actor, texts, texts, st.sampled_from(["person", "country"]), opt(st.sampled_from(["JPN", "USA"])),
                   opt(st.sampled_from(["GOV", "MIL"])), opt(texts), st.lists(texts, max_size=3).map(tuple))
documents = st.builds(Document, texts, texts, texts, opt(texts), opt(texts), opt(texts), opt(texts), st.just("en"),
                      st.lists(spans, max_size=3).map(tuple), st.lists(spans, max_size=2).map(tuple), opt(intervals),
                      opt(texts), st.dictionaries(texts, texts, max_size=3))
locations = st.builds(Location, texts, opt(st.just("JPN")), opt(st.floats(-90, 90)), opt(st.floats(-180, 180)))
events = st.builds(
    Event, texts, st.sampled_from(["CONSULT", "AGREE"]),
    st.builds(Provenance, texts, small, texts, st.lists(spans, max_size=3).map(tuple)),
    texts, opt(texts), st.lists(texts, max_size=2).map(tuple), opt(texts), opt(st.floats(-10, 10)),
    opt(actors), opt(actors), opt(locations), opt(intervals), st.sampled_from(["timex", "inherited"]),
    st.sampled_from(["occurred", "planned"]), st.floats(0, 1), st.dictionaries(texts, st.floats(0, 1), max_size=2),
    opt(texts),
)
clusters = st.builds(EventCluster, texts, texts, opt(actors), opt(actors), opt(intervals), texts,
                     st.lists(texts, max_size=3).map(tuple), st.lists(texts, max_size=3).map(tuple), small, small,
                     opt(dates), opt(dates), texts, opt(locations),
                     st.lists(st.builds(StatusChange, texts, opt(dates), texts), max_size=2).map(tuple))


def roundtrip(cls, obj):
    return from_dict(cls, json.loads(json.dumps(to_dict(obj))))


@given(documents)
def test_document_roundtrip(doc):
    assert roundtrip(Document, doc) == doc


@given(events)
def test_event_roundtrip(event):
    assert roundtrip(Event, event) == event


@given(clusters)
def test_cluster_roundtrip(cluster):
    assert roundtrip(EventCluster, cluster) == cluster


@given(st.builds(Timex, texts, small, small, texts, st.sampled_from(["DATE", "DURATION"]), texts, opt(small),
                 opt(texts), opt(texts), opt(intervals)),
       st.builds(Mention, small, small, texts, opt(texts)), st.builds(Sentence, small, small, small, texts))
def test_small_classes_roundtrip(timex, mention, sentence):
    assert roundtrip(Timex, timex) == timex
    assert roundtrip(Mention, mention) == mention
    assert roundtrip(Sentence, sentence) == sentence


@given(dates, st.integers(0, 400), st.integers(-400, 400), st.integers(0, 400))
def test_intersection_is_contained_in_both(a, wa, shift, wb):
    x = DateInterval(a, a + timedelta(days=wa))
    b = a + timedelta(days=shift)
    y = DateInterval(b, b + timedelta(days=wb))
    both = x.intersect(y)
    overlap = max(x.earliest, y.earliest) <= min(x.latest, y.latest)
    assert (both is not None) == overlap
    if both is not None:
        for d in (both.earliest, both.latest):
            assert x.contains(d) and y.contains(d)
        assert both.width_days() <= min(x.width_days(), y.width_days())


def test_intersection_keeps_evidence_and_best_inside():
    e1 = Evidence("office_holder", "Hamada", DateInterval(date(2008, 9, 24), date(2009, 9, 16)))
    x = DateInterval(date(2008, 9, 24), date(2009, 9, 16), None, "day", (e1,))
    y = DateInterval(date(2009, 1, 1), date(2009, 12, 31), date(2009, 11, 1), "year")
    both = x.intersect(y)
    assert both.earliest == date(2009, 1, 1) and both.latest == date(2009, 9, 16)
    assert both.best is None  # y's best lies outside the intersection
    assert both.evidence == (e1,)
    assert both.granularity == "day"


def test_masked_body_keeps_offsets():
    text = "CREDIT,\nTokyo: Body one.\nSubscribe now."
    doc = Document("id", "s", text, body_spans=(Span(15, 24),))
    masked = doc.masked_body()
    assert len(masked) == len(text)
    assert masked[15:24] == "Body one." and masked[:7].strip() == "" and "Subscribe" not in masked
    assert doc.body == "Body one."
