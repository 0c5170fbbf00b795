"""A small hand-made store of reports with events (no NLP needed), shared by the timeline/export/plot tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chronicler.merge.store import merge_new_events
from chronicler.model import Actor, DateInterval, Document, Event, Location, Provenance, Sentence, Timex
from chronicler.pipeline import AnnotatedDocument
from chronicler.store.db import open_store

JPN = Actor("country:JPN", "Japan", "country", "JPN", "GOV")
USA = Actor("country:USA", "United States", "country", "USA", "GOV")
CHN = Actor("country:CHN", "China", "country", "CHN", "GOV")
KOIZUMI = Actor("person:koizumi", "Junichiro Koizumi", "person", "JPN", "GOV")

REPORTS = [
    ("d1", "Kyodo", date(2006, 5, 2), [
        ("Japan and the United States agreed on Monday to relocate 8,000 Marines from Okinawa to Guam by 2014.",
         "AGREE", JPN, USA, DateInterval.day(date(2006, 5, 1)), "occurred", None),
        ("The realignment of US forces is to be completed by 2014, officials said.",
         "COOPERATE", USA, JPN, DateInterval(date(2006, 5, 2), date(2014, 12, 31), None, "year"), "planned", None),
    ]),
    ("d2", "Reuters", date(2006, 5, 2), [
        ("The United States and Japan agreed on Monday on moving Marines from Okinawa to Guam.",
         "AGREE", USA, JPN, DateInterval.day(date(2006, 5, 1)), "occurred", Location("Washington", "USA")),
    ]),
    ("d3", "Xinhua", date(2010, 9, 9), [
        ("Japan arrested the captain of a Chinese trawler near the disputed islands on Wednesday.",
         "COERCE", JPN, CHN, DateInterval.day(date(2010, 9, 8)), "occurred", Location("Senkaku Islands", "JPN")),
        ("China protested the arrest of the trawler captain.", "PROTEST", CHN, JPN,
         DateInterval.day(date(2010, 9, 9)), "occurred", None),
    ]),
    ("d4", "Asahi", date(2010, 9, 10), [
        ("Beijing lodged a protest over the arrest of the trawler captain by the Japan Coast Guard.", "PROTEST", CHN,
         JPN, DateInterval.day(date(2010, 9, 9)), "occurred", None),
        ("Koizumi met Bush at Camp David in June 2006.", "CONSULT", KOIZUMI, USA,
         DateInterval(date(2006, 6, 1), date(2006, 6, 30), None, "month"), "occurred", None),
    ]),
]


def make_store(path: Path, merge: bool = True) -> Path:
    """Write the reports above (sentences, day timexes, events) to a new store at ``path`` and merge them."""
    with open_store(path) as st:
        adocs, ids = [], []
        for doc_id, outlet, published, events in REPORTS:
            text = " ".join(s for s, *_ in events)
            sentences, evs, timexes, pos = [], [], [], 0
            for i, (s, etype, src, tgt, when, status, loc) in enumerate(events):
                sentences.append(Sentence(i, pos, pos + len(s), s))
                ev = Event(f"{doc_id}-e{i}", etype, Provenance(doc_id, i, s), trigger=etype.lower(), source=src,
                           target=tgt, date=when, date_source="timex", status=status, location=loc)
                evs.append(ev)
                ids.append(ev.id)
                if when.earliest == when.latest:
                    timexes.append(Timex(f"t{i}", pos, pos + 3, s[:3], "DATE", when.earliest.isoformat(), i,
                                         interval=when))
                pos += len(s) + 1
            doc = Document(doc_id, f"{doc_id}.txt", text, url=f"https://example.org/{doc_id}", outlet=outlet,
                           published=DateInterval.day(published))
            adocs.append(AnnotatedDocument(doc, sentences=tuple(sentences), events=tuple(evs), timexes=tuple(timexes)))
        st.save_batch(adocs)
        if merge:
            merge_new_events(st, ids)
    return path
