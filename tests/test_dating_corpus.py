"""The corpus-context step of dating: a report without a year borrows it from similar dated reports of its batch.

Our own short reports about an invented flood in an invented town (no KB needed)."""

from __future__ import annotations

from datetime import date

from chronicler.model import DateInterval
from chronicler.time.dating import infer_date
from chronicler.time.dating.corpus import Sibling, corpus_evidence, names, with_context

DATED = [
    "Floodwaters reached Varnholm on March 3, 2014, and Mayor Ilse Brandqvist said the Kessel dam will be "
    "repaired until the end of 2014.",
    "Mayor Ilse Brandqvist said on March 4, 2014 that the Kessel dam had held; Varnholm will rebuild its quay "
    "until the end of 2014.",
    "The Kessel dam near Varnholm was inspected on April 2, 2014, and Mayor Ilse Brandqvist expects repairs to "
    "last until the end of 2014.",
]
UNDATED = "Mayor Ilse Brandqvist visited the Kessel dam on Thursday, March 6, as Varnholm counted the damage."
UNRELATED = "Trawlers from Oskarshamn landed a record catch of herring on Friday, skippers said."


def _batch(texts: list[str]) -> list[DateInterval | None]:
    first = [infer_date(t).interval for t in texts]
    res = with_context([f"d{i}" for i in range(len(texts))], texts, first,
                       lambda i, ev: infer_date(texts[i], extra=[ev]).interval)
    return [iv for iv, _ in res]


def test_names_are_capitalized_words_without_common_ones():
    assert names("On Monday Mayor Ilse Brandqvist said the Kessel dam held.") == \
        frozenset({"mayor", "ilse", "brandqvist", "kessel"})


def test_an_undated_report_borrows_the_year_of_similar_siblings_and_its_clues_resolve_inside_it():
    assert infer_date(UNDATED).interval is None or infer_date(UNDATED).interval.earliest is None
    out = _batch(DATED + [UNDATED])
    iv = out[-1]
    # 2014: March 6 was a Thursday, so the weekday-and-date clue pins the week of the report.
    assert iv is not None and iv.earliest == date(2014, 3, 6) and iv.latest <= date(2014, 3, 13)
    corpus = [e for e in iv.evidence if e.kind == "corpus"]
    assert corpus and "d0" in corpus[0].note and corpus[0].weight < 0.8


def test_an_unrelated_report_borrows_nothing():
    out = _batch(DATED + [UNRELATED])
    assert out[-1] is None or all(e.kind != "corpus" for e in out[-1].evidence)


def test_too_few_donors_lend_nothing_and_own_clues_win():
    assert corpus_evidence([Sibling("a", names(DATED[0]), infer_date(DATED[0]).interval),
                            Sibling("b", names(UNDATED), None)]) == [None, None]
    own = "Mayor Ilse Brandqvist of Varnholm reopened the Kessel dam, which was closed in May 2011, on Friday."
    out = _batch(DATED + [own])
    # Its own clue (a past month of 2011) stays; the borrowed 2014 only narrows it, never contradicts it.
    assert out[-1].earliest >= date(2011, 5, 1)


def test_corpus_context_runs_in_the_ingest_batch_and_is_switchable(tmp_path):
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    for i, text in enumerate(DATED + [UNDATED]):
        (tmp_path / f"r{i}.txt").write_text(text + "\n", encoding="utf-8")
    for on in (True, False):
        cfg = {"pipeline": {"stages": ["clean", "dating"]},
               "stages": {"dating": {"use_kb": False, "corpus_context": on}}}
        db = tmp_path / f"t{on}.duckdb"
        ingest([str(tmp_path)], db, config=cfg)
        with open_store(db) as s:
            (earliest,) = s.query("SELECT published_earliest FROM documents WHERE source LIKE '%r3.txt'")[0]
        assert (earliest == date(2014, 3, 6)) is on


def test_a_named_known_event_bounds_the_report_from_below_and_a_weekday_possessive_narrows_it():
    from chronicler.actors.office_kb import default_kb

    kb = default_kb()
    res = infer_date("Aid agencies said the Haiti earthquake left a million people homeless.", kb=kb).interval
    assert res.earliest == date(2010, 1, 12) and res.latest is None
    res = infer_date("Rescuers dug through the rubble after Tuesday 's devastating Haiti earthquake .", kb=kb).interval
    assert res.earliest == date(2010, 1, 12) and res.latest == date(2010, 1, 18)
    # A keyword naming no event noun ("nuclear test" recurs) gives no such bound.
    res = infer_date("Officials discussed the nuclear test at length.", kb=kb).interval
    assert res is None or res.earliest is None
