"""Boilerplate learned from the corpus: a line repeated in many documents of one outlet is site furniture.

Counts are kept per (outlet, line key) — the key is a hash of the line with case, spacing and digits folded, so
"© 2009 Harbor Daily News" and "© 2010 Harbor Daily News" count as one line — in the store (``outlet_lines``,
migration 7), so what one ingest run learns serves the next. A batch is counted before it is cleaned, so
repeats inside one batch are caught too; documents cleaned before a line reached the threshold keep it.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from chronicler.model import Document, Span

#: A line seen in at least this many documents of one outlet is boilerplate.
MIN_DOCS = 3
#: Longer lines are paragraphs of news, never furniture, however often they repeat (wire copies share them).
MAX_LINE = 200
#: Documents without an outlet are counted under this name (a corpus of one unnamed source still learns).
NO_OUTLET = ""
#: ``Document.meta`` key holding the learned-boilerplate line keys of a document (space-separated).
LEARNED_KEY = "learned_boilerplate"
#: Rows per INSERT statement when counts are written.
PERSIST_CHUNK = 500


def line_key(line: str) -> str:
    """A short hash of ``line`` with case, white space and digits folded."""
    norm = re.sub(r"\d+", "0", " ".join(line.casefold().split()))
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def _body_lines(document: Document) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty body line of ``document`` short enough to be furniture."""
    out = []
    for span in document.body_spans:
        pos = span.start
        for part in document.text[span.start:span.end].split("\n"):
            start = pos + len(part) - len(part.lstrip())
            end = pos + len(part.rstrip())
            if start < end and end - start <= MAX_LINE:
                out.append((start, end))
            pos += len(part) + 1
    return out


class LineCounts:
    """Per-outlet counts of documents containing each short line, optionally backed by the store."""

    def __init__(self, store: Any = None, min_docs: int = MIN_DOCS):
        self.min_docs = min_docs
        self.store = store
        self.counts: dict[tuple[str, str], int] = defaultdict(int)
        #: Counts changed by each observed batch, oldest first, until :meth:`persist_next` writes them: a batch's
        #: counts are stored in its own transaction, so a killed ingest cannot leave them counted twice.
        self.pending: deque[list[list[Any]]] = deque()
        if store is not None:
            for outlet, key, docs in store.query("SELECT outlet, line_key, docs FROM outlet_lines"):
                self.counts[(outlet, key)] = int(docs)

    def observe(self, documents: Iterable[Document]) -> None:
        """Count the lines of cleaned ``documents`` (each line once per document); queue the new counts."""
        changed: dict[tuple[str, str], int] = {}
        for doc in documents:
            for pair in outlet_line_keys(doc):
                self.counts[pair] += 1
                changed[pair] = self.counts[pair]
        if self.store is not None:
            self.pending.append([[o, k, n] for (o, k), n in changed.items()])

    def persist_next(self) -> None:
        """Write the counts of the oldest observed batch not yet written (call inside that batch's transaction)."""
        rows = self.pending.popleft() if self.pending else []
        if self.store is None:
            return
        # One multi-row statement per chunk: DuckDB's executemany runs an upsert per row, ~45x slower. The keys
        # of one batch are distinct (they come from a dict), as a multi-row DO UPDATE requires.
        for i in range(0, len(rows), PERSIST_CHUNK):
            chunk = rows[i:i + PERSIST_CHUNK]
            self.store.con.execute(
                f"INSERT INTO outlet_lines VALUES {', '.join(['(?, ?, ?)'] * len(chunk))} "
                "ON CONFLICT (outlet, line_key) DO UPDATE SET docs = excluded.docs", [v for row in chunk for v in row])

    def is_boilerplate(self, outlet: str | None, line: str) -> bool:
        """True when ``line`` has been seen in at least ``min_docs`` documents of ``outlet``."""
        return len(line) <= MAX_LINE and self.counts.get((outlet or NO_OUTLET, line_key(line)), 0) >= self.min_docs

    def mark(self, batch: list[Document]) -> list[Document]:
        """Count ``batch`` (before cleaning it, so repeats inside the batch count too), then record on each
        document the keys of its lines that are boilerplate by now (``meta["learned_boilerplate"]``).

        The keys travel with the document, so the clean stage gives the same result in this process, in a
        worker process or on a Spark executor.
        """
        from chronicler.clean.stage import clean_document

        cleaned = [clean_document(d) for d in batch]
        self.observe(cleaned)
        return [mark_document(doc, clean, lambda outlet, key: self.counts.get((outlet, key), 0) >= self.min_docs)
                for doc, clean in zip(batch, cleaned)]


def outlet_line_keys(clean: Document) -> set[tuple[str, str]]:
    """The (outlet, line key) pairs of a cleaned document's short body lines, each once: what a count adds."""
    outlet = clean.outlet or NO_OUTLET
    return {(outlet, line_key(clean.text[s:e])) for s, e in _body_lines(clean)}


def mark_document(doc: Document, clean: Document, is_boilerplate: Callable[[str, str], bool]) -> Document:
    """``doc`` with ``meta["learned_boilerplate"]`` listing the keys of the lines of ``clean`` (its cleaned form)
    for which ``is_boilerplate(outlet, key)`` holds; ``doc`` itself when there are none."""
    keys = sorted(key for outlet, key in outlet_line_keys(clean) if is_boilerplate(outlet, key))
    return replace(doc, meta={**doc.meta, LEARNED_KEY: " ".join(keys)}) if keys else doc


def apply_learned(document: Document) -> Document:
    """``document`` with the body lines whose keys ingest recorded in ``meta["learned_boilerplate"]`` moved to
    ``boilerplate_spans`` (label "learned")."""
    keys = set(document.meta.get(LEARNED_KEY, "").split())
    if not keys:
        return document
    drop = [(s, e) for s, e in _body_lines(document) if line_key(document.text[s:e]) in keys]
    if not drop:
        return document
    body: list[Span] = []
    for span in document.body_spans:
        cuts = sorted((s, e) for s, e in drop if span.start <= s and e <= span.end)
        pos = span.start
        for s, e in cuts:
            if document.text[pos:s].strip():
                body.append(Span(pos, s, span.label))
            pos = e
        if document.text[pos:span.end].strip():
            body.append(Span(pos, span.end, span.label))
    learned = [Span(s, e, "learned") for s, e in drop]
    return replace(document, body_spans=tuple(body),
                   boilerplate_spans=tuple(sorted(document.boilerplate_spans + tuple(learned),
                                                  key=lambda x: x.start)))
