"""Dating clues added in the second round, on our own short sentences: soft guesses, office-term ends, page
stamps as the best day, copyright years, and absurd dates through a whole ingest batch."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.time.dating import infer_date
from chronicler.time.dating.evidence import explicit_dates


def kinds(interval) -> set[str]:
    return {e.kind for e in interval.evidence} if interval else set()


@pytest.fixture(scope="module")
def kb():
    office_kb = pytest.importorskip("chronicler.actors.office_kb")
    return office_kb.default_kb()


def test_weekday_and_date_is_placed_in_the_latest_fitting_year_of_the_term(kb):
    text = ("Crowds filled the square on Thursday, February 10, hours before President Hosni Mubarak spoke on "
            "television.")
    res = infer_date(text, kb=kb).interval
    # Mubarak's term (1981-2011) allows six Februaries with a Thursday the 10th; the latest is 2011.
    assert res.earliest == date(2011, 2, 10) and res.latest <= date(2011, 2, 17) and res.contains(date(2011, 2, 11))
    assert "recency" in kinds(res)
    off = infer_date(text, kb=kb, soft=False).interval
    assert off.earliest.year == 1981 and "recency" not in kinds(off)


def test_a_hard_clue_overrides_the_soft_guess(kb):
    text = ("Crowds filled the square on Thursday, February 10, before President Hosni Mubarak spoke. Talks "
            "with the opposition will resume on March 1, 2005.")
    res = infer_date(text, kb=kb).interval
    # A date spoken of as coming bounds the report from above: the latest fitting Thursday is then in 2005.
    assert res.earliest == date(2005, 2, 10) and res.latest <= date(2005, 2, 17)


def test_office_term_end_has_a_month_of_slack_for_resignation_news(kb):
    res = infer_date("President Hosni Mubarak left Cairo for Sharm el-Sheikh, aides said.", kb=kb).interval
    assert res.latest == date(2011, 3, 13)  # the term ended on 2011-02-11
    assert {"office_holder", "office_term"} <= kinds(res)


def test_first_page_stamp_is_the_best_day():
    text = ("The minister resigned after the vote, his office said.\n"
            "Reader comment, Feb 12 , 2011 at 10:15 pm: a sad day.")
    res = infer_date(text).interval
    assert res.earliest is None and res.latest == date(2011, 2, 12) and res.best == date(2011, 2, 12)


def test_copyright_years_are_not_dating_clues():
    assert not [e for e in explicit_dates("Text of the report.\n© 2013 Example News. All rights reserved.")
                if e.text == "2013"]
    assert not explicit_dates("Copyright 2013 Example News.")


@pytest.mark.parametrize("text", ["The talks end on May 45.", "Signed on February 30, 2009, the deal held.",
                                  "On 0 March 2010 they met.", "It happened on 31 April 2011."])
def test_impossible_dates_give_no_evidence_and_at_most_a_warning(text):
    res = infer_date(text)
    assert all(e.kind != "explicit_date" for e in (res.interval.evidence if res.interval else ()))


def test_bad_inputs_in_one_batch_do_not_stop_it(tmp_path):
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: refused on its size, never read
    (tmp_path / "absurd.txt").write_text("TOKYO — The vote was held on May 45, officials said in 2009.\n",
                                         encoding="utf-8")
    (tmp_path / "good.txt").write_text("TOKYO — The cabinet met on Monday to approve the budget for 2010.\n",
                                       encoding="utf-8")
    cfg = {"pipeline": {"stages": ["clean", "dating"]}, "ingest": {"max_bytes": 50 * 1024 * 1024},
           "stages": {"dating": {"use_kb": False}}}
    db = tmp_path / "t.duckdb"
    summary = ingest([str(tmp_path)], db, config=cfg)
    assert len(summary.added) == 2 and [e.source for e in summary.errors] == [str(big)]
    assert "too large" in summary.errors[0].reason
    again = ingest([str(tmp_path)], db, config=cfg)
    assert not again.added and len(again.unchanged) == 2  # nothing stored twice
    with open_store(db) as s:
        assert s.count("documents") == 2
        (earliest,) = s.query("SELECT published_earliest FROM documents WHERE source LIKE '%absurd.txt'")[0]
    assert earliest == date(2009, 1, 1)


def test_full_date_with_its_weekday_is_in_the_reports_week():
    res = infer_date("Rescuers pulled a girl from the rubble on Monday, 25 January 2010, officials said.").interval
    assert (res.earliest, res.latest) == (date(2010, 1, 25), date(2010, 2, 1)) and "weekday" in kinds(res)
    # A weekday that does not fit the date says nothing about the week.
    res = infer_date("Rescuers pulled a girl from the rubble on Tuesday, 25 January 2010, officials said.").interval
    assert res.latest is None


def test_page_stamp_recency_skips_pages_stamped_after_every_year_the_text_names():
    text = "The crowd gathered again in 2011, witnesses said.\nReader comment, February 11 , 2013 at 10:15 pm: yes."
    res = infer_date(text, recency={"page": 7, "day": None, "month": None, "year": None}).interval
    assert res.earliest == date(2011, 1, 1)  # no "within 7 days of the stamp" lower bound
    text = "The crowd gathered again, witnesses said.\nReader comment, February 11 , 2013 at 10:15 pm: yes."
    res = infer_date(text, recency={"page": 7, "day": None, "month": None, "year": None}).interval
    assert res.earliest == date(2013, 2, 4)
