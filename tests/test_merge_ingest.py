"""Ingest calls the merge after each batch: reports of one event in files ingested in two runs join one cluster."""

from __future__ import annotations

import re
from datetime import date

from chronicler.ingest.run import ingest
from chronicler.model import Actor, DateInterval, Event, Provenance
from chronicler.pipeline import stage
from chronicler.store.db import open_store

JPN = Actor("country:JPN", "Japan", "country", "JPN")
USA = Actor("country:USA", "United States", "country", "USA")


@stage("test_agree_events", requires={"text"}, provides={"events"})
def _make(config):
    """A stand-in event extractor: 'agreed on YYYY-MM-DD' → AGREE Japan–US on that day."""

    def run(adoc):
        events = []
        for i, m in enumerate(re.finditer(r"[^.]*agreed on (\d{4}-\d\d-\d\d)[^.]*\.", adoc.document.text)):
            events.append(Event(f"{adoc.document.id[:12]}-{i}", "AGREE", Provenance(adoc.document.id, i, m.group(0)),
                                source=JPN, target=USA, date=DateInterval.day(date.fromisoformat(m.group(1)))))
        return adoc.with_({"events"}, events=tuple(events))

    return run


CONFIG = {"pipeline": {"stages": ["test_agree_events"]}, "ingest": {"batch_size": 1, "near_duplicates": False}}


def test_ingest_merges_incrementally_across_runs(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Japan and the United States agreed on 2006-05-01 to move Marines from Okinawa to Guam.\n")
    b = tmp_path / "b.txt"
    b.write_text("Washington and Tokyo agreed on 2006-05-01 a plan moving Marines from Okinawa to Guam.\n"
                 "Separately they agreed on 2007-02-03 to study missile defence.\n")
    db = tmp_path / "i.duckdb"
    ingest([str(a)], db, config=CONFIG)
    with open_store(db, read_only=True) as st:
        assert st.count("clusters") == 1
    ingest([str(b)], db, config=CONFIG)
    with open_store(db, read_only=True) as st:
        rows = st.query("SELECT mention_count, date_best FROM clusters ORDER BY date_best")
        assert rows == [(2, date(2006, 5, 1)), (1, date(2007, 2, 3))]
        assert st.query("SELECT count(*) FROM events WHERE cluster_id IS NULL")[0][0] == 0
