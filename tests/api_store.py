"""A small synthetic store for the API and browser tests, written through ``Store.save_batch`` and
``Store.replace_clusters`` (no spaCy): four reports, nine events, two multi-event clusters.

Timeline: 2 clusters + 5 unclustered events = 7 entries (one undated); 3 of them involve China.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chronicler.model import (Actor, DateInterval, Document, Event, EventCluster, Mention, Provenance, Sentence,
                              Span, Timex)
from chronicler.pipeline import AnnotatedDocument
from chronicler.store.db import open_store

JPN = Actor("country:JPN", "Japan", "country", "JPN", "GOV")
PHL = Actor("country:PHL", "Philippines", "country", "PHL", "GOV")
CHN = Actor("country:CHN", "China", "country", "CHN", "GOV")
USA = Actor("country:USA", "United States", "country", "USA", "GOV")
KISHIDA = Actor("person:kishida", "Fumio Kishida", "person", "JPN", "GOV", role="prime minister")
ACTORS = {a.name: a for a in (JPN, PHL, CHN, USA, KISHIDA)}

#: (document key, title, published, [sentences]); each sentence: (text, [events])
#: each event: (id, type, status, source name, target name, trigger, time text or None, date or None, cluster)
REPORTS = [
    ("d1", "Japan and Philippines sign defence pact", date(2024, 7, 8), [
        ("Japan and the Philippines signed a defence pact in Manila on Monday.",
         [("e1", "AGREE", "occurred", "Japan", "Philippines", "signed", "Monday", date(2024, 7, 8), "c1")]),
        ("China accused Japan of stoking tension in the region.",
         [("e2", "ACCUSE", "occurred", "China", "Japan", "accused", None, date(2024, 7, 8), "c2")]),
    ]),
    ("d2", "Manila pact signed", date(2024, 7, 9), [
        ("On July 8 Fumio Kishida said Japan signed the pact with the Philippines.",
         [("e3", "AGREE", "occurred", "Japan", "Philippines", "signed", "July 8", date(2024, 7, 8), "c1")]),
        ("Beijing protested to the Philippines, and China accused Japan again.",
         [("e4", "ACCUSE", "occurred", "China", "Japan", "accused", None, date(2024, 7, 8), "c2"),
          ("e5", "PROTEST", "occurred", "China", "Philippines", "protested", None, date(2024, 7, 9), None)]),
    ]),
    ("d3", "United States pledges aid", date(2024, 8, 2), [
        ("The United States will send aid to the Philippines in September.",
         [("e6", "AID", "planned", "United States", "Philippines", "send", "September", date(2024, 9, 15), None)]),
        ("Japan threatened sanctions against China in August.",
         [("e7", "THREATEN", "occurred", "Japan", "China", "threatened", "August", date(2024, 8, 1), None)]),
    ]),
    ("d4", "Talks", None, [
        ("Japan and the United States held talks.",
         [("e8", "CONSULT", "occurred", "Japan", "United States", "talks", None, None, None)]),
        ("The Philippines did not mobilize troops.",
         [("e9", "MOBILIZE", "negated", "Philippines", None, "mobilize", None, date(2024, 6, 1), None)]),
    ]),
]

N_TIMELINE = 7
N_TIMELINE_CHINA = 3  # c2 (CHN→JPN), e5 (CHN→PHL), e7 (JPN→CHN)


def _find(text: str, part: str, offset: int) -> tuple[int, int]:
    i = text.index(part)
    return offset + i, offset + i + len(part)


def build_store(path: Path) -> Path:
    """Write the synthetic store at ``path`` and return it."""
    docs, events_by_id = [], {}
    for key, title, published, sentences in REPORTS:
        header = f"{title}\n\n"
        text = header + " ".join(s for s, _ in sentences)
        doc_id = f"{key}{'0' * 14}"
        pub = DateInterval.day(published) if published else None
        doc = Document(doc_id, f"/corpus/{key}.txt", text, title=title, outlet="Test Wire", published=pub,
                       body_spans=(Span(len(header), len(text)),), meta={"format": "text"})
        offset, sents, mentions, timexes, evs = len(header), [], [], [], []
        for idx, (s, items) in enumerate(sentences):
            sents.append(Sentence(idx, offset, offset + len(s), s))
            for name, actor in ACTORS.items():
                if name in s:
                    a, b = _find(s, name, offset)
                    mentions.append(Mention(a, b, name, actor.id, "name", idx))
            for (eid, etype, status, src, tgt, trig, ttext, d, cluster) in items:
                spans = [Span(*_find(s, trig, offset), "trigger"), Span(*_find(s, src, offset), "source")]
                if tgt:
                    spans.append(Span(*_find(s, tgt, offset), "target"))
                if ttext:
                    a, b = _find(s, ttext, offset)
                    spans.append(Span(a, b, "time"))
                    timexes.append(Timex(f"t{len(timexes) + 1}", a, b, ttext, "DATE", d.isoformat(), idx,
                                         interval=DateInterval.day(d)))
                ev = Event(eid, etype, Provenance(doc_id, idx, s, tuple(spans)), trigger=trig,
                           source=ACTORS[src], target=ACTORS[tgt] if tgt else None,
                           date=DateInterval.day(d) if d else None, date_source="timex" if ttext else "inherited",
                           status=status, cluster=cluster)
                evs.append(ev)
                events_by_id[eid] = (ev, doc_id)
            offset += len(s) + 1
        docs.append(AnnotatedDocument(doc, sentences=tuple(sents), timexes=tuple({t.tid: t for t in timexes}.values()),
                                      mentions=tuple(mentions), actors=tuple(ACTORS.values()), events=tuple(evs)))
    clusters = []
    for cid, ids, summary in (("c1", ("e1", "e3"), "Japan and the Philippines sign a defence pact"),
                              ("c2", ("e2", "e4"), "China accuses Japan of stoking tension")):
        evs = [events_by_id[i][0] for i in ids]
        d = date(2024, 7, 8)
        clusters.append(EventCluster(cid, evs[0].type, evs[0].source, evs[0].target, DateInterval.day(d), "occurred",
                                     ids, tuple(sorted({events_by_id[i][1] for i in ids})), len(ids), 2,
                                     first_reported=d, last_reported=date(2024, 7, 9), summary=summary))
    with open_store(path) as st:
        st.save_batch(docs)
        st.replace_clusters(clusters)
    return path
