"""Session 22: a dated dateline is the story's day; relative expressions count from it, not from the DCT."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.clean.stage import clean_document
from chronicler.model import DateInterval, Document, Sentence
from chronicler.pipeline import AnnotatedDocument, Pipeline
from chronicler.time.dateline_anchor import dateline_day
from chronicler.time.tagger import tag

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("text, dct, expected", [
    # the copy is filed on the dateline's day and stamped the next day
    ("CAIRO, October 6 (Xinhua) -- Egyptian President Anwar Sadat was shot dead at a military parade today, "
     "and parliament will meet tomorrow to name his successor.", date(1981, 10, 7),
     {"October 6": "1981-10-06", "today": "1981-10-06", "tomorrow": "1981-10-07"}),
    ("BERLIN, November 9 (Xinhua) -- East Germany opened its border crossings tonight, a day after the "
     "Politburo met, and Chancellor Helmut Kohl, who arrived in Warsaw yesterday, will return on Friday.",
     date(1989, 11, 10), {"November 9": "1989-11-09", "yesterday": "1989-11-08", "Friday": "1989-11-10"}),
    # the year of a dateline with no year is the one that puts it before the DCT
    ("SYDNEY, December 31 (Xinhua) -- Fireworks lit up the harbour as the city marked the end of the year "
     "today.", date(2000, 1, 1), {"December 31": "1999-12-31", "today": "1999-12-31"}),
    # a dateline with its year
    ("KYIV, Nov. 22, 2004 (AP) -- Tens of thousands of protesters filled Independence Square today.",
     date(2004, 11, 23), {"Nov. 22, 2004": "2004-11-22", "today": "2004-11-22"}),
])
def test_relative_expressions_count_from_the_datelines_day(text, dct, expected):
    got = _values(text, dct)
    for extent, value in expected.items():
        assert got.get(extent) == value, (extent, got)


@pytest.mark.parametrize("text, dct, today", [
    # no dated dateline: the DCT is the reference
    ("ANKARA, Turkey (AP) -- Parliament approved the new cabinet today by a wide margin.", date(2002, 11, 28),
     "2002-11-28"),
    # a date too far before the DCT is no filing day (a feature dated by its subject)
    ("GETTYSBURG, July 3 (AP) -- Re-enactors gathered on the old battlefield today.", date(2013, 7, 20),
     "2013-07-20"),
    # a date in the first sentence that is no dateline
    ("Officials said today that the talks of May 3 had failed.", date(1995, 5, 5), "1995-05-05"),
])
def test_without_a_filing_dateline_the_dct_is_the_reference(text, dct, today):
    assert _values(text, dct)["today"] == today


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 10), max_value=date(2090, 12, 20)), st.integers(min_value=-1, max_value=12))
def test_the_filing_day_is_taken_within_a_week_before_the_dct(dct, back):
    filed = dct - timedelta(days=back)
    text = f"LIMA, {MONTHS[filed.month - 1]} {filed.day} (Reuters) - The cabinet resigned today."
    found = dateline_day(text, dct, dct)
    if -1 <= back <= 7:
        assert found is not None and found[0] == filed
        assert _values(text, dct)["today"] == filed.isoformat()
    else:
        assert found is None
        assert _values(text, dct)["today"] == dct.isoformat()


def test_the_stage_reads_the_dateline_the_clean_stage_blanked():
    text = ("MANILA, February 25 (Xinhua) -- Corazon Aquino was sworn in as president today, and Ferdinand "
            "Marcos left the presidential palace tonight.")
    doc = clean_document(Document(id="d", source="x.txt", text=text))
    assert any(s.label == "dateline" for s in doc.boilerplate_spans)
    doc = Document(**{**doc.__dict__, "published": DateInterval.day(date(1986, 2, 26))})
    adoc = AnnotatedDocument(doc, frozenset({"text", "clean", "sentences"}),
                             sentences=(Sentence(0, 0, len(text), text),))
    out = Pipeline([("timex", {})], start={"text", "clean", "sentences"})(adoc)
    assert [(t.text, t.value) for t in out.timexes][:1] == [("today", "1986-02-25")]


def test_a_dateline_after_a_headline_counts_and_a_mayor_is_no_month():
    text = ("Bosnian Serbs sign peace accord\nPARIS, Dec. 14 (Xinhua) -- The presidents of Bosnia, Croatia and "
            "Serbia signed the Dayton peace agreement today.")
    assert _values(text, date(1995, 12, 15))["today"] == "1995-12-14"
    text = "DENVER, Mayor 12 (AP) -- The city council met today."
    assert dateline_day(text, date(1995, 12, 15), date(1995, 12, 15)) is None


def test_a_dct_at_the_calendars_edge_does_not_break_the_dateline_reading():
    assert dateline_day("ROME, January 2 (ANSA) -- Talks opened today.", date(1, 1, 2), date(1, 1, 2)) is None
    text = "ROME, December 30 (ANSA) -- Talks opened today."
    assert dateline_day(text, date(9999, 12, 31), date(9999, 12, 31)) is None  # no crash: the DCT is kept
    assert _values(text, date(9999, 12, 31))["today"] == "9999-12-31"
