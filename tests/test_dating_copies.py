"""Wire copies lend their date (time/dating/copies.py): a dated copy's day to undated copies, pooled own clues,
own hard clues first, nothing borrowed lent on, across ingest runs, idempotent, and through the real CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from chronicler.model import DateInterval, Document, Span

STORY = ("Customs officers at the river port seized a barge carrying forty tonnes of smuggled diesel, the "
         "finance ministry said. The barge had crossed from the far bank at night with its lights off, and its "
         "crew of five was detained for questioning. Officials said the fuel would be sold at auction and the "
         "money paid into a fund for border patrols. Smuggling of cheap fuel across the river has grown as "
         "prices on the two banks drifted apart.")
COPY = STORY.replace("forty tonnes", "about forty tonnes").replace("crew of five", "five-man crew")
OTHER = ("The city orchestra named a new conductor who will lead its first season in the renovated hall, the "
         "board said. She has worked with choirs and opera houses across the region and will also teach at the "
         "conservatory. The board thanked her predecessor, who retires after twenty years, and said ticket "
         "prices would stay the same for students and pensioners.")


def _doc(doc_id: str, text: str, given: str | None = None) -> Document:
    day = date.fromisoformat(given) if given else None
    published = DateInterval(day, day, day, "day") if day else None
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=published,
                    body_spans=(Span(0, len(text), "body"),))


def test_a_dated_copy_lends_its_day_as_an_interval_naming_the_copy():
    from chronicler.time.dating.copies import AFTER, BEFORE, lent

    out = lent([_doc("a", STORY, "2004-03-09"), _doc("b", COPY), _doc("c", OTHER)], [None, None, None])
    assert out[0] == [] and out[2] == []  # the dated report keeps its own; a different story borrows nothing
    (ev,) = out[1]
    assert ev.kind == "copy" and "a.txt" in ev.note and "(a," in ev.note
    assert (ev.implies.earliest, ev.implies.latest, ev.implies.best) == (
        date(2004, 3, 9 - BEFORE), date(2004, 3, 9 + AFTER), date(2004, 3, 9))


def test_the_undated_copy_is_dated_by_its_copy_and_its_yearless_dateline_resolves_inside():
    from chronicler.clean.stage import clean_document
    from chronicler.pipeline import AnnotatedDocument
    from chronicler.time.dating.stage import DatingComponent

    component = DatingComponent(None, {}, corpus_context=False)
    lined = clean_document(Document(id="b", source="b.txt", text="RIVERTON, March 10 (Wire) -- " + COPY))
    out = list(component.pipe([AnnotatedDocument(clean_document(_doc("a", STORY, "2004-03-09"))),
                               AnnotatedDocument(lined)]))
    p = out[1].document.published
    assert p.earliest == p.latest == p.best == date(2004, 3, 10)  # its own dateline day, in the copy's year
    assert {"copy", "dateline"} <= {e.kind for e in p.evidence}
    assert out[0].document.published.best == date(2004, 3, 9)
    alone = next(iter(component.pipe([AnnotatedDocument(lined)]))).document.published
    assert alone is None or alone.earliest is None  # without its copy, the dateline has no year


def test_own_hard_clues_win_a_conflict_with_the_copy():
    from chronicler.time.dating.stage import DatingComponent
    from chronicler.pipeline import AnnotatedDocument

    component = DatingComponent(None, {}, corpus_context=False)
    later = COPY + " The seizure was the largest since 11 May 2009."  # a copy re-sent years on, with a later date
    out = list(component.pipe([AnnotatedDocument(_doc("a", STORY, "2004-03-09")), AnnotatedDocument(_doc("b", later))]))
    p = out[1].document.published
    assert p.earliest >= date(2009, 5, 11) and "copy" not in [e.kind for e in p.evidence]


def test_undated_copies_pool_their_own_clues_and_nothing_borrowed_is_lent_on():
    from chronicler.time.dating.copies import lent

    with_year = STORY + " Patrols were doubled in 2011."
    pooled = lent([_doc("b", COPY), _doc("c", with_year)], [None, DateInterval(date(2011, 1, 1), None, None, "year")])
    (ev,) = pooled[0]
    assert ev.kind == "copy" and ev.implies.earliest == date(2010, 12, 30) and ev.implies.latest is None
    assert pooled[1] == []  # b has no clue of its own to give
    # A chain: b is a copy of the dated a, c a copy of b but not of a (each rewrote a different part).
    first, second, third, _ = STORY.split(". ")
    later = "Traders on both banks say diesel costs nearly twice as much on this side as on the other, and the gap keeps widening."
    b_text = ". ".join([first, second, third, later])
    c_text = ". ".join([first, "The barge had been stopped twice last winter", third, later])
    out = lent([_doc("a", STORY, "2004-03-09"), _doc("b", b_text), _doc("c", c_text)], [None, None, None])
    assert out[1] and out[1][0].implies.best == date(2004, 3, 9)
    assert out[2] == []  # b's date is borrowed: not lent on to c (and b has no clue of its own)


def _ingest(paths: list[Path], db: Path) -> None:
    from chronicler.ingest.run import ingest

    ingest([str(p) for p in paths], db, config={"pipeline": {"stages": ["clean", "dating"]},
                                                "stages": {"dating": {"use_kb": False}}})


def test_a_copy_stored_by_an_earlier_run_lends_and_reingesting_changes_nothing(tmp_path):
    from chronicler.store.db import open_store

    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "w1", "published": "2004-03-09", "text": STORY}) + "\n",
                                         encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    _ingest([tmp_path / "wire.jsonl"], db)
    _ingest([tmp_path / "copy.txt"], db)
    sql = "SELECT source, published_earliest, published_latest, published_best, duplicate_of FROM documents ORDER BY 1"
    with open_store(db) as st:
        first = st.query(sql)
        (n,) = st.query("SELECT count(*) FROM documents")[0]
    copy = next(r for r in first if r[0].endswith("copy.txt"))
    assert copy[1:4] == (date(2004, 3, 8), date(2004, 3, 16), date(2004, 3, 9)) and copy[4] is not None
    _ingest([tmp_path / "wire.jsonl", tmp_path / "copy.txt"], db)  # the same batch again: nothing moves
    with open_store(db) as st:
        assert st.query(sql) == first and st.query("SELECT count(*) FROM documents")[0] == (n,)


def test_cli_ingest_dates_the_undated_copy_from_the_dated_one(tmp_path, cli):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "published": "2004-03-09", "text": STORY}) + "\n", encoding="utf-8")
    (tmp_path / "in" / "zcopy.txt").write_text(COPY + "\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text('[pipeline]\nstages = ["clean", "dating"]\n[stages.dating]\nuse_kb = false\n', encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    cli("ingest", str(tmp_path / "in"), "--db", db, "--config", str(config), "--no-progress", check=True)
    rows = json.loads(cli("docs", "--db", db, "--format", "json", check=True).stdout)
    copy = next(r for r in rows if r["source"].endswith("zcopy.txt"))
    assert copy["published"]["best"] == "2004-03-09" and copy["published"]["earliest"] == "2004-03-08"
    (ev,) = [e for e in copy["published"]["evidence"] if e["kind"] == "copy"]
    assert "wire.jsonl#w1" in ev["note"] and ev["text"] == "2004-03-09"
