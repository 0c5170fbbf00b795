"""Session 19: a report whose date was given, stored after its undated near-duplicate copy, lends its date
backwards: the stored copy is analysed again (date, time expressions, events), its rows replaced and its events
merged again, without duplicates or losses; re-ingesting the same files changes nothing."""

from __future__ import annotations

import json
from datetime import date

from chronicler.ingest.run import ingest
from chronicler.store.db import open_store

STORY = ("Police in the northern port city arrested two customs officers on Tuesday after a barge carrying forty "
         "tonnes of smuggled diesel was found at a river pier, the interior ministry said. The barge had crossed "
         "from the far bank at night with its lights off, and its crew of five was detained for questioning. "
         "Officials said the fuel would be sold at auction and the money paid into a fund for border patrols. "
         "Smuggling of cheap fuel across the river has grown as prices on the two banks drifted apart.")
COPY = STORY.replace("forty tonnes", "about forty tonnes").replace("crew of five", "five-man crew")
TABLES = {"documents": "id, published_earliest, published_latest, published_best, duplicate_of, data",
          "events": "id, document_id, date_earliest, date_latest, cluster_id, data",
          "timexes": "document_id, tid, value", "clusters": "id, mention_count, source_count, date_best",
          "sentences": "document_id, idx"}


def _state(db):
    with open_store(db, read_only=True) as st:
        return {t: st.query(f"SELECT {cols} FROM {t} ORDER BY ALL") for t, cols in TABLES.items()}


def test_a_later_dated_copy_redates_the_stored_copy_and_its_events(tmp_path):
    (tmp_path / "copy.txt").write_text(COPY + "\n", encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "w1", "published": "2004-03-10", "text": STORY}) + "\n",
                                         encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([tmp_path / "copy.txt"], db)
    before = _state(db)
    (copy_id, *_), = before["documents"]
    assert before["events"] and all(e[2] is None for e in before["events"])  # no date yet: events undated

    ingest([tmp_path / "wire.jsonl"], db)
    after = _state(db)
    with open_store(db, read_only=True) as st:
        p = json.loads(st.query("SELECT data FROM documents WHERE id = ?", [copy_id])[0][0])["published"]
    assert (p["earliest"], p["latest"], p["best"]) == ("2004-03-09", "2004-03-17", "2004-03-10")
    (ev,) = [e for e in p["evidence"] if e["kind"] == "copy"]
    assert "wire.jsonl#w1" in ev["note"] and ev["text"] == "2004-03-10"
    mine = [e for e in after["events"] if e[1] == copy_id]
    assert len(mine) == len(before["events"])  # replaced, not added
    assert all(e[2] is not None and date(2004, 3, 9) <= e[2] <= e[3] <= date(2004, 3, 17) for e in mine)
    assert any(t[0] == copy_id and t[2].startswith("2004") for t in after["timexes"])  # "Tuesday" anchored
    assert len({e[0] for e in after["events"]}) == len(after["events"])
    assert all(e[4] is not None for e in after["events"])  # every event is in a cluster again
    assert {e[4] for e in after["events"]} == {c[0] for c in after["clusters"]}
    assert sum(c[1] for c in after["clusters"]) == len(after["events"])  # each event counted once

    ingest([tmp_path / "wire.jsonl", tmp_path / "copy.txt"], db)  # the same files again: nothing moves
    assert _state(db) == after


def test_an_undated_copy_stored_after_nothing_dated_is_left_alone(tmp_path):
    other = ("The city orchestra named a new conductor who will lead its first season in the renovated hall, the "
             "board said on Tuesday. She has worked with choirs and opera houses across the region and will also "
             "teach at the conservatory. The board thanked her predecessor, who retires after twenty years.")
    (tmp_path / "copy.txt").write_text(COPY + "\n", encoding="utf-8")
    (tmp_path / "other.jsonl").write_text(json.dumps({"id": "o1", "published": "2004-03-10", "text": other}) + "\n",
                                          encoding="utf-8")
    db = tmp_path / "s.duckdb"
    cfg = {"pipeline": {"stages": ["clean", "dating"]}, "stages": {"dating": {"use_kb": False}}}
    ingest([tmp_path / "copy.txt"], db, config=cfg)
    before = _state(db)
    ingest([tmp_path / "other.jsonl"], db, config=cfg)  # dated, but no copy of the stored report
    assert [d for d in _state(db)["documents"] if d[0] == before["documents"][0][0]] == before["documents"]



def test_lending_backwards_with_worker_processes_equals_one_process(tmp_path):
    # with --workers N the dated copy is analysed in another process; its date must still reach the stored copy
    (tmp_path / "copy.txt").write_text(COPY + "\n", encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "w1", "published": "2004-03-10", "text": STORY}) + "\n",
                                         encoding="utf-8")
    states = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        ingest([tmp_path / "copy.txt"], db, workers=workers)
        (copy_id, *_), = _state(db)["documents"]
        ingest([tmp_path / "wire.jsonl"], db, workers=workers)
        states.append(_state(db))
    one, two = states
    assert one == two
    (copy,) = [d for d in two["documents"] if d[0] == copy_id]
    assert copy[3] == date(2004, 3, 10)  # the lent date
    assert all(e[2] is not None for e in two["events"] if e[1] == copy_id)
