"""Timeline summarisation over a store: dated sentences from stored sentences, timexes and event dates."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.queries import _reader
from chronicler.timeline.summarize import DatedSentence, dated_sentences, summarize


def store_dated_sentences(store: Store) -> list[DatedSentence]:
    """Dated sentences of every stored report that is not a near-duplicate copy of another.

    A sentence is dated by its day-granular timexes and by the own day of any event read from it.
    """
    days: dict[tuple[str, int], list] = defaultdict(list)
    for doc, sent, day in store.query(
            "SELECT document_id, sentence, earliest FROM timexes WHERE sentence IS NOT NULL AND earliest = latest "
            "UNION ALL SELECT document_id, sentence, date_earliest FROM events WHERE date_earliest = date_latest"):
        days[(doc, sent)].append(day)
    rows = store.query(
        "SELECT s.document_id, s.idx, s.text, d.published_best FROM sentences s JOIN documents d ON d.id = s.document_id "
        "WHERE d.duplicate_of IS NULL ORDER BY s.document_id, s.idx")
    items: list[DatedSentence] = []
    current, published, sents = None, None, []
    for doc, idx, text, pub in rows + [(None, None, None, None)]:
        if doc != current:
            if current is not None:
                items += dated_sentences(current, published, sents)
            current, published, sents = doc, pub, []
        if doc is not None:
            sents.append((" ".join(text.split()), days.get((doc, idx), [])))
    return items


def summarize_store(db: str | Path = DEFAULT_DB, *, dates: int = 10, sentences: int = 1, query: str | None = None,
                    store: Store | None = None) -> list[dict[str, Any]]:
    """``[{"date": "YYYY-MM-DD", "sentences": [...]}, ...]``: the ``dates`` most important dates of the store."""
    with _reader(db, store) as st:
        items = store_dated_sentences(st)
    return summarize(items, dates, sentences, query)
