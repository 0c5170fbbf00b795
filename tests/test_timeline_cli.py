"""``chronicler timeline`` end to end: a store written with events, read back through the real CLI."""

from __future__ import annotations

import json
from datetime import date

from chronicler.events.stage import EventsComponent
from chronicler.model import Actor, DateInterval, Document, Mention, Timex
from chronicler.nlp.stage import load_model, sentences_of
from chronicler.pipeline import AnnotatedDocument
from chronicler.store.db import open_store

JPN = Actor("country:JPN", "Japan", "country", "JPN")
USA = Actor("country:USA", "United States", "country", "USA")
CHN = Actor("country:CHN", "China", "country", "CHN")


def _doc(text: str, actors: dict[str, Actor], times: dict[str, DateInterval], outlet: str) -> AnnotatedDocument:
    sdoc = load_model()(text)
    mentions = tuple(Mention(text.index(k), text.index(k) + len(k), k, a.id) for k, a in actors.items())
    timexes = tuple(Timex(f"t{i}", text.index(k), text.index(k) + len(k), k, "DATE", "X", interval=iv)
                    for i, (k, iv) in enumerate(times.items()))
    doc = Document(id=f"id-{outlet}", source=f"{outlet}.txt", text=text, outlet=outlet,
                   published=DateInterval.day(date(2009, 4, 20)))
    return EventsComponent({})(AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=mentions,
                                                 actors=tuple(actors.values()), timexes=timexes, nlp=sdoc))


def test_timeline_lists_events_by_their_own_date(tmp_path, cli_inprocess):
    cli = cli_inprocess  # test_timeline.test_timeline_cli runs the real `timeline` command
    db = str(tmp_path / "t.duckdb")
    y1996 = DateInterval(date(1996, 1, 1), date(1996, 12, 31), None, "year")
    docs = [
        _doc("Japan will meet the United States on Friday.", {"Japan": JPN, "United States": USA},
             {"Friday": DateInterval.day(date(2009, 4, 24))}, "Wire A"),
        _doc("Japan signed a declaration with the United States in 1996.", {"Japan": JPN, "United States": USA},
             {"1996": y1996}, "Wire B"),
        _doc("China criticized Japan.", {"China": CHN, "Japan": JPN}, {}, "Wire C"),
    ]
    with open_store(db) as st:
        st.save_batch(docs)
    proc = cli("timeline", "--db", db, "--actor", "JPN", "--actor", "USA", "--format", "json", check=True)
    rows = json.loads(proc.stdout)
    assert [r["type"] for r in rows] == ["SUPPORT", "CONSULT"]  # 1996 before 2009, China's event filtered out
    first = rows[0]
    for key in ("date", "cluster", "type", "source", "target", "status", "mentions", "sources", "documents", "summary"):
        assert key in first
    assert first["mentions"] == 1 and first["sources"] == ["Wire B"] and first["documents"] == ["id-Wire B"]
    assert first["summary"].startswith("Japan signed") and first["date"]["earliest"] == "1996-01-01"
    assert rows[1]["status"] == "planned" and rows[1]["date_source"] == "timex"
    table = cli("timeline", "--db", db, "--type", "ACCUSE", check=True).stdout
    assert "China" in table and "(report date)" in table
    csv_out = cli("timeline", "--db", db, "--from", "2000-01-01", "--format", "csv", check=True).stdout
    assert "1996" not in csv_out and "CONSULT" in csv_out


def test_timeline_on_a_missing_store_fails_clearly(tmp_path, cli_inprocess):
    cli = cli_inprocess  # test_timeline.test_timeline_cli runs the real `timeline` command
    proc = cli("timeline", "--db", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 1 and "no such store" in proc.stderr
