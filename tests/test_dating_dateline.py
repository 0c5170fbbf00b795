"""A date in the report's dateline is the day the report was filed (session 15, blind mission set).

The sentences are our own; the mission set (eval/data/mission_s15) showed both of its reports dated in the
dateline dated wrong: the date read as a past-tense lower bound, or dropped against an office-term clue.
"""

from __future__ import annotations

from datetime import date

from chronicler.clean.stage import clean_document
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline
from chronicler.time.dating import infer_date


def _dated(text: str, published: DateInterval | None = None) -> Document:
    pipe = Pipeline([("clean", {}), ("dating", {})])
    return pipe(AnnotatedDocument(Document("d", "d.txt", text, published=published))).document


def test_a_dateline_with_a_full_date_is_one_span() -> None:
    doc = clean_document(Document("d", "d.txt", "MANILA, Sept. 4, 2009 (Reuters) — The two navies ended a drill.\n"))
    (span,) = [s for s in doc.boilerplate_spans if s.label == "dateline"]
    assert doc.text[span.start:span.end].startswith("MANILA, Sept. 4, 2009 (Reuters)")
    assert doc.dateline == "Manila" and doc.outlet == "Reuters"
    doc = clean_document(Document("d", "d.txt", "CANBERRA, 12 June 2013 — The minister flew home.\n"))
    assert [doc.text[s.start:s.end] for s in doc.boilerplate_spans] == ["CANBERRA, 12 June 2013 — "]


def test_the_dateline_date_is_the_day_even_in_a_past_tense_lead() -> None:
    doc = _dated("MANILA, Sept. 4, 2009 — The two navies ended a week-long drill on Friday, officials said.\n")
    assert (doc.published.earliest, doc.published.latest) == (date(2009, 9, 4), date(2009, 9, 4))
    assert any(e.kind == "dateline" for e in doc.published.evidence)


def test_the_dateline_date_outweighs_an_office_term_clue() -> None:
    # "President-elect" names no holder of the office yet; the office-term clue alone would put the report
    # after the inauguration.
    doc = _dated("CHICAGO, Dec. 1, 2008 — President-elect Barack Obama named his national security team on "
                 "Monday.\n")
    assert (doc.published.earliest, doc.published.latest) == (date(2008, 12, 1), date(2008, 12, 1))


def test_a_yearless_dateline_date_gives_month_and_day() -> None:
    doc = _dated("WASHINGTON, Jan. 5 (AP) _ President Bill Clinton said he would sign the budget bill.\n")
    iv = doc.published
    assert (iv.earliest.month, iv.earliest.day, iv.latest.month, iv.latest.day) == (1, 5, 1, 5)


def test_metadata_still_wins_and_dates_in_the_body_keep_their_tense() -> None:
    given = DateInterval.day(date(2009, 9, 5))
    doc = _dated("MANILA, Sept. 4, 2009 — The two navies ended a drill.\n", published=given)
    assert (doc.published.earliest, doc.published.latest) == (date(2009, 9, 5), date(2009, 9, 5))
    body = infer_date("The two navies ended a drill on Sept. 4, 2009, officials said.")
    assert body.interval.earliest == date(2009, 9, 4) and body.interval.latest is None


def test_an_elect_title_puts_the_report_before_the_term() -> None:
    from chronicler.actors.office_kb import default_kb

    iv = infer_date("President-elect Barack Obama named his national security team on Monday.",
                    kb=default_kb()).interval
    assert iv.contains(date(2008, 12, 1)) and iv.latest <= date(2009, 1, 20)
    iv = infer_date("Prime Minister-designate Yoshihiko Noda picked his cabinet.", kb=default_kb()).interval
    assert iv.contains(date(2011, 9, 1)) and iv.latest <= date(2011, 9, 2)
