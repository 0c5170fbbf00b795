"""What runs inside a Spark task: plain Python over iterators, testable without Spark.

Input files become documents with :func:`~chronicler.ingest.sources.read_bytes` and
:func:`~chronicler.ingest.run.make_document` (the very functions of the local ingest); documents go through
the configured pipeline with :func:`~chronicler.ingest.run.analyse_batch`; analyses become store rows with
:func:`~chronicler.store.rows.document_rows`. Nothing here raises for bad input: a corrupt file or a failing
document becomes an ``errors`` row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from chronicler.clean.learned import mark_document, outlet_line_keys
from chronicler.ingest.run import _batches, analyse_batch, make_document
from chronicler.ingest.sources import RawRecord, read_bytes
from chronicler.model import Actor, Document, IngestError, from_dict
from chronicler.pipeline import Pipeline
from chronicler.store.rows import (COLUMNS, actor_row, column_types, document_rows, error_row, later, merge_actor,
                                   role_on)

#: Sort key of a record: (position of its file in the input list, record number in the file, item number).
Order = tuple[int, int, int]
#: A row travelling between Spark stages: (table, order, values in :data:`COLUMNS` order).
TaggedRow = tuple[str, Order, tuple[Any, ...]]

_PIPELINES: dict[str, Pipeline] = {}


def pipeline_for(config_json: str) -> Pipeline:
    """The pipeline of a config, built once per Python worker process (so the spaCy model loads once)."""
    if config_json not in _PIPELINES:
        _PIPELINES[config_json] = Pipeline.from_config(json.loads(config_json))
    return _PIPELINES[config_json]


def read_partition(files: Iterable[tuple[int, str, bytes | None]], max_bytes: int, max_doc_chars: int | None = None,
                   ) -> Iterator[tuple[str, tuple[Order, Document | None, tuple[Any, ...] | None]]]:
    """Documents (keyed by id) and error rows (keyed ``""``) from ``(file_index, source, content)`` triples.

    ``content`` None means the file could not be read. Each document carries its :data:`Order`, so that of
    identical documents the one local ingest would keep (the first in input order) can be kept.
    """
    for index, source, content in files:
        if content is None:
            yield "", ((index, 0, 0), None, tuple(error_row(IngestError(source, "cannot read file"))))
            continue
        try:
            limits = {"max_doc_chars": max_doc_chars} if max_doc_chars is not None else {}
            for n, rec in enumerate(read_bytes(source, content, max_bytes, **limits)):
                if isinstance(rec, RawRecord):
                    doc = make_document(rec)
                    yield doc.id, ((index, n, 0), doc, None)
                else:
                    yield "", ((index, n, 0), None, tuple(error_row(rec)))
        except Exception as exc:  # noqa: BLE001 - a corrupt file is an error row, never a failed task
            err = IngestError(source, f"cannot read: {type(exc).__name__}: {exc}")
            yield "", ((index, 0, 0), None, tuple(error_row(err)))


def line_pairs(doc: Document) -> list[tuple[str, str]]:
    """The (outlet, line key) pairs a document adds to the learned-boilerplate counts (each once)."""
    from chronicler.clean.stage import clean_document

    return sorted(outlet_line_keys(clean_document(doc)))


def mark_learned(docs: Iterable[tuple[Order, Document]], boilerplate: frozenset[tuple[str, str]],
                 ) -> Iterator[tuple[Order, Document]]:
    """Documents with their learned-boilerplate line keys recorded, as local ingest's ``LineCounts.mark`` does."""
    from chronicler.clean.stage import clean_document

    for order, doc in docs:
        yield order, (mark_document(doc, clean_document(doc), lambda o, k: (o, k) in boilerplate)
                      if boilerplate else doc)


def analyse_partition(docs: Iterable[tuple[Order, Document]], config_json: str, batch_size: int,
                      batch_chars: int | None = None) -> Iterator[TaggedRow]:
    """Run the pipeline over a partition's documents in batches and emit every store row they give."""
    pipeline = pipeline_for(config_json)
    types = column_types()
    for batch in _batches(docs, batch_size, batch_chars, lambda od: len(od[1].text)):
        orders = {d.id: o for o, d in batch}
        try:
            analysed, errors = analyse_batch([d for _, d in batch], pipeline)
        except Exception as exc:  # noqa: BLE001 - analyse_batch retries per document; this is the last guard
            analysed = []
            errors = [IngestError(d.source, f"pipeline failed: {type(exc).__name__}: {exc}", stage="pipeline")
                      for _, d in batch]
        for err in errors:
            yield "errors", (1 << 62, 0, 0), tuple(error_row(err))
        for a in analysed:
            order = orders[a.document.id]
            for table, rows in document_rows(a).items():
                for i, row in enumerate(rows):
                    values = coerce(table, row, types)
                    if table == "documents":  # input position: load marks near-duplicates in input order
                        values += (order[0], order[1])
                    yield table, (order[0], order[1], i), values


def coerce(table: str, row: list[Any], types: dict[str, dict[str, str]] | None = None) -> tuple[Any, ...]:
    """A row with numbers and dates of the Python type its column's Spark type demands."""
    types = types or column_types()
    out = []
    for col, v in zip(COLUMNS[table], row):
        t = types[table][col]
        if v is None:
            out.append(None)
        elif t == "DOUBLE":
            out.append(float(v))
        elif t in ("INTEGER", "BIGINT"):
            out.append(int(v))
        elif t == "DATE" and isinstance(v, datetime):
            out.append(v.date())
        elif t == "DATE" and isinstance(v, str):
            out.append(date.fromisoformat(v))
        else:
            out.append(v)
    return tuple(out)


def fold_actors(rows: Iterable[tuple[Order, tuple[Any, ...]]]) -> tuple[Any, ...]:
    """One actor row from every document's row for that actor, merged in input order as the store merges."""
    ordered = sorted(rows, key=lambda r: r[0])
    actor = from_dict(Actor, json.loads(ordered[0][1][-1]))
    on = role_on(ordered[0][1][-1])
    for _, row in ordered[1:]:
        new_on = role_on(row[-1])
        merged = merge_actor(actor, from_dict(Actor, json.loads(row[-1])), on, new_on)
        if merged is not None:  # as the store does: the date moves only with a change it records
            actor = merged
            on = later(on, new_on)
    return coerce("actors", actor_row(actor, on))


def fold_errors(rows: Iterable[tuple[Any, ...]]) -> tuple[Any, ...]:
    """One ``errors`` row per (source, reason), ``seen`` counting its occurrences."""
    rows = list(rows)
    source, reason, stage = rows[0][:3]
    return (source, reason, stage, None, None, sum(r[5] for r in rows))
