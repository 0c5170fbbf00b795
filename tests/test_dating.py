"""Publication dating: each evidence kind on short snippets, the combination rule, the stage and the samples."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.ingest.run import given_date, make_document
from chronicler.ingest.sources import RawRecord
from chronicler.model import DateInterval, Document, Evidence
from chronicler.pipeline import AnnotatedDocument, Pipeline
from chronicler.time.dating import infer_date
from chronicler.time.dating.combine import combine
from chronicler.time.dating.evidence import explicit_dates, url_evidence
from chronicler.time.dating.relative import find_cues, resolve


def kinds(interval: DateInterval | None) -> set[str]:
    return {e.kind for e in interval.evidence} if interval else set()


def test_past_date_is_a_lower_bound_and_future_date_an_upper_bound():
    text = "The ministers met on March 3, 2004, and said they will meet again on June 9, 2004."
    res = infer_date(text).interval
    assert res.earliest == date(2004, 3, 3) and res.latest == date(2004, 6, 9)
    for e in res.evidence:
        assert text[e.start:e.end] == e.text


def test_year_mentions_and_target_years():
    res = infer_date("Turnout fell in 2005 and the plan is to finish the base by 2014.").interval
    assert res.earliest == date(2005, 1, 1) and res.latest == date(2014, 12, 31)


def test_month_with_year_in_the_past_implies_a_later_year():
    res = infer_date("They endorsed an accord reached in October 2005 on the bases.").interval
    assert res.earliest == date(2006, 1, 1)
    assert "style" in kinds(res) and "explicit_month" in kinds(res)


def test_url_and_file_name_dates():
    ev = url_evidence("https://example.org/news/2009/04/28/talks.html", "/data/wire-20090429.txt")
    assert [e.kind for e in ev] == ["url", "filename"]
    assert ev[0].implies.earliest == date(2009, 4, 28)
    assert url_evidence(None, "000_badfc10b9885ab9a.txt") == []


def test_page_time_stamps_bound_from_above():
    text = "Talks went on. A version appeared on p12 of the print edition on Tuesday 9 November 2010 ."
    ev = [e for e in explicit_dates(text) if e.kind == "page_date"]
    assert ev and ev[0].implies.latest == date(2010, 11, 9) and ev[0].implies.earliest is None


def test_weekday_with_date_picks_the_year_and_week():
    # 10 February is a Thursday in 2005 and 2011; the year mention rules 2005 out.
    text = ("Crowds grew after the speech on Thursday, February 10. Protests began in 2011 in the capital. "
            "The next election will be held in 2012.")
    res = infer_date(text).interval
    assert res.contains(date(2011, 2, 11))
    assert res.earliest >= date(2011, 2, 10) and res.width_days() <= 8


def test_periodic_cues_alone_do_not_narrow_an_anchor():
    # "said Monday" fits some Monday in every week and "next February" some February in every year: on their
    # own they say nothing (the hull of their windows tiles the anchor), so they must not invent precision.
    anchor = DateInterval(date(2006, 5, 1), date(2006, 5, 31))
    for text in ("The minister said Monday that talks would resume.", "The review is slated for next February."):
        for cue in find_cues(text):
            assert resolve(cue, anchor) is None


def test_next_month_cuts_an_anchor_that_spans_it():
    cue = next(c for c in find_cues("The review is slated for next February.") if "next" in c.text)
    ev = resolve(cue, DateInterval(date(2009, 2, 10), date(2009, 2, 20)))
    assert ev is None or ev.implies.latest <= date(2009, 2, 20)


def test_given_metadata_is_kept_and_never_contradicted():
    given = given_date("2010-06-02", "jsonl metadata")
    res = infer_date("The rig exploded in April 2012 and BP said it will pay.", given=given).interval
    assert res.earliest == res.latest == date(2010, 6, 2)
    assert "metadata" in kinds(res)


def test_absurd_date_is_warned_not_crashed():
    res = infer_date("The vote is set for May 45, said officials in 2009.")
    assert any("May 45" in w for w in res.warnings)
    assert res.interval is not None and res.interval.earliest == date(2009, 1, 1)


def test_conflicts_drop_the_weakest():
    strong = Evidence("office_holder", "x", DateInterval(date(2009, 1, 1), date(2009, 12, 31)), weight=6)
    weak = Evidence("past_reference", "y", DateInterval(date(2012, 1, 1), None), weight=1)
    out = combine([weak, strong])
    assert out.interval.earliest == date(2009, 1, 1) and out.dropped == (weak,)


_day = st.dates(min_value=date(1980, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_day, st.integers(0, 800), st.floats(0.1, 10), st.booleans(), st.booleans()), max_size=8))
def test_combine_result_lies_within_every_kept_clue(items):
    evs = [Evidence("x", "t", DateInterval(d if lo else None, d + timedelta(days=w) if hi else None), weight=wt)
           for d, w, wt, lo, hi in items]
    out = combine(evs)
    assert len(out.kept) + len(out.dropped) == len(evs)
    i = out.interval
    if i.earliest and i.latest:
        assert i.earliest <= i.latest
    for e in out.kept:
        assert e.implies.earliest is None or (i.earliest and i.earliest >= e.implies.earliest)
        assert e.implies.latest is None or (i.latest and i.latest <= e.implies.latest)


@settings(max_examples=100, deadline=None)
@given(_day, st.integers(1, 400), st.sampled_from(["said Monday", "on Friday", "last Wednesday", "February 10",
                                                    "Sunday, March 3", "next June", "in October"]))
def test_resolving_a_cue_never_widens_the_anchor(start, width, phrase):
    anchor = DateInterval(start, start + timedelta(days=width))
    for cue in find_cues(f"Officials {phrase} talks took place."):
        ev = resolve(cue, anchor)
        if ev is not None:
            assert anchor.earliest <= ev.implies.earliest <= ev.implies.latest <= anchor.latest


def test_stage_runs_before_nlp_and_keeps_metadata():
    pipe = Pipeline([("clean", {}), ("dating", {"use_kb": False})])
    doc = make_document(RawRecord("a.jsonl#1", "Officials met in 2003 to talk.", "jsonl", {"published": "2004-02-03"}))
    out = pipe(AnnotatedDocument(doc)).document
    assert out.published.earliest == out.published.latest == date(2004, 2, 3)
    assert {"metadata", "past_reference"} <= kinds(out.published)
    plain = pipe(AnnotatedDocument(Document("id", "x.txt", "TOKYO: The talks ended in 2003, officials said."))).document
    assert plain.published.earliest == date(2003, 1, 1) and plain.published.latest is None


def _kb_or_skip():
    office_kb = pytest.importorskip("chronicler.actors.office_kb")
    return office_kb.default_kb()


def test_office_holder_terms_and_former():
    kb = _kb_or_skip()
    res = infer_date("Defense Minister Yasukazu Hamada met his counterpart.", kb=kb).interval
    # Two terms (2008-09, 2022-23): the hull of both, each end with a month of slack.
    assert "office_holder" in kinds(res) and (res.earliest, res.latest) == (date(2008, 9, 24), date(2023, 10, 13))
    res = infer_date("U.S. Secretary of State Hillary Rodham Clinton spoke on trade.", kb=kb).interval
    # The term's start is a hard bound; its end (plus a month's slack for resignation news) a softer one.
    assert res.earliest == date(2009, 1, 21) and res.latest == date(2013, 3, 3)
    assert {"office_holder", "office_term"} <= kinds(res)
    res = infer_date("A survey was published on March 5, 2016. U.S. Secretary of State Hillary Rodham Clinton had "
                     "said so.", kb=kb).interval  # a past holder named by title: the slackened end gives way
    assert res.earliest == date(2016, 3, 5) and "office_term" not in kinds(res)
    # ... but outweighs a bare year, which several office holders agreeing on a term rarely get wrong.
    res = infer_date("Defense Secretary Robert Gates and Secretary of State Hillary Rodham Clinton said the move "
                     "was planned after 2014.", kb=kb).interval
    assert res.latest == date(2011, 7, 31)
    res = infer_date("Former Secretary of State Hillary Rodham Clinton spoke on trade.", kb=kb).interval
    assert res.earliest == date(2013, 2, 1) and res.latest is None
    res = infer_date("It was signed by then Secretary of State Hillary Rodham Clinton in Paris.", kb=kb).interval
    assert res is None


def test_samples_are_dated_2006_and_2009_with_evidence(samples):
    kb = _kb_or_skip()
    from chronicler.clean.stage import clean_document
    from chronicler.time.dating.stage import date_document

    expected = {"000_badfc10b9885ab9a.txt": 2006, "003_1afec4b9281c4d08.txt": 2009}
    for name, year in expected.items():
        doc = clean_document(Document("id", name, (samples / name).read_text(encoding="utf-8")))
        res = date_document(doc, kb).interval
        assert res.earliest.year == res.latest.year == year, (name, res)
        assert {"office_holder"} <= kinds(res)
        for e in res.evidence:
            if e.start is not None:
                assert doc.text[e.start:e.end] == e.text
