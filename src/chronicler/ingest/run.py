"""``ingest``: files → documents → the pipeline → the store, streaming in batches, every batch one transaction."""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from dateutil import parser as dateutil_parser

from chronicler.clean.dedup import Deduper
from chronicler.clean.learned import MIN_DOCS, LineCounts
from chronicler.ingest.sources import (MAX_DOC_CHARS, RawRecord, content_id, expand_paths, printable_path,
                                      read_file)
from chronicler.model import DateInterval, Document, Evidence, IngestError
from chronicler.pipeline import AnnotatedDocument, Pipeline, load_config
from chronicler.store.db import DEFAULT_DB, Store, open_store

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class IngestSummary:
    """What one ingest run did."""

    run_id: int | None = None
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    files: int = 0

    @property
    def failed(self) -> int:
        return len(self.errors)


def make_document(record: RawRecord) -> Document:
    """A document from a raw record, with the publication date its container gave (if any) as evidence."""
    meta = dict(record.meta)
    meta["format"] = record.format
    published = given_date(meta.get("published"), f"{record.format} metadata")
    return Document(
        id=content_id(record.text),
        source=record.source,
        text=record.text,
        url=meta.get("url"),
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=published,
        meta=meta,
    )


def given_date(value: str | None, where: str) -> DateInterval | None:
    """A one-day interval from a metadata date string (ISO or common formats), None if absent or unreadable."""
    if not value:
        return None
    try:
        d: date = dateutil_parser.isoparse(value).date()
    except (ValueError, OverflowError):
        try:
            # Parse with two different defaults: a string lacking its year, month or day gives two answers.
            a = dateutil_parser.parse(value, default=datetime(1904, 1, 1)).date()
            b = dateutil_parser.parse(value, default=datetime(1905, 2, 2)).date()
        except (ValueError, OverflowError):
            return None
        if a != b:
            return None
        d = a
    ev = Evidence("metadata", value, DateInterval(d, d, d, "day"), note=f"given by the {where}")
    return DateInterval(d, d, d, "day", (ev,))


def ingest(
    paths: Sequence[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    config: dict[str, Any] | str | Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    store: Store | None = None,
    workers: int = 1,
    wait: float | None = None,
) -> IngestSummary:
    """Ingest files, folders or globs into the store at ``db`` and return what was added, unchanged or failed.

    ``progress(done, total, current_path)`` is called after each file. Re-ingesting stored documents
    changes nothing; a bad file becomes an error row and the rest of the batch goes on. Files are read
    lazily (JSONL line by line) and handed to the pipeline in batches (``[ingest] batch_size`` documents, at
    most ``batch_chars`` characters), so memory
    stays flat as the corpus grows. ``workers > 1`` runs the pipeline in that many processes (the store is
    still written by this process alone, batch by batch in input order: the result equals ``workers=1``).
    ``wait``: seconds to wait for another process writing the store (see :func:`~chronicler.store.db.open_store`).
    """
    cfg = config if isinstance(config, dict) else load_config(config)
    ingest_cfg = cfg.get("ingest", {})
    max_bytes = int(ingest_cfg.get("max_bytes", 50 * 1024 * 1024))
    batch_size = int(ingest_cfg.get("batch_size", 32))
    max_doc_chars = int(ingest_cfg.get("max_doc_chars", MAX_DOC_CHARS))
    files, path_errors = expand_paths(paths)
    summary = IngestSummary(files=len(files), errors=list(path_errors))
    ctx = nullcontext(store) if store is not None else open_store(db, wait=wait)
    with ctx as st:
        summary.run_id = st.begin_run([str(p) for p in paths])
        st.record_errors(path_errors, summary.run_id)
        _merge_interrupted(st, summary, cfg.get("merge"))
        status = "failed"
        deduper = Deduper(st) if ingest_cfg.get("near_duplicates", True) else None
        learned = LineCounts(st, int(ingest_cfg.get("learned_boilerplate_min_docs", MIN_DOCS))) \
            if ingest_cfg.get("learned_boilerplate", True) else None
        pipeline = Pipeline.from_config(cfg)
        pipeline.use_store(st)
        try:
            batches = doc_batches(_documents(files, (max_bytes, max_doc_chars), st, summary, progress), ingest_cfg)
            if learned is not None:
                batches = (learned.mark(batch) for batch in batches)
            if workers > 1:
                results = parallel_analyse(batches, cfg, workers)
            else:
                results = (analyse_batch(b, pipeline) for b in batches)
            backward = pipeline if cfg.get("stages", {}).get("dating", {}).get("lend_backwards", True) else None
            for analysed, errors in results:
                deduper = _save(analysed, errors, st, summary, deduper, cfg.get("merge"), learned, backward)
            status = "done"
        finally:
            st.finish_run(summary.run_id, status, len(summary.added), len(summary.unchanged), summary.failed)
    return summary


def _documents(files: list[Path], limits: tuple[int, int], store: Store, summary: IngestSummary,
               progress: Callable[[int, int, str], None] | None, chunk: int = 256) -> Iterator[Document]:
    seen: set[str] = set()
    for i, path in enumerate(files, start=1):
        for records in _batches(_read_guarded(path, limits), chunk):
            errors = [r for r in records if isinstance(r, IngestError)]
            if errors:
                summary.errors.extend(errors)
                store.record_errors(errors, summary.run_id)
            docs = [make_document(r) for r in records if isinstance(r, RawRecord)]
            known = store.known_ids(d.id for d in docs)
            for doc in docs:
                if doc.id in known or doc.id in seen:
                    summary.unchanged.append(doc.id)
                else:
                    seen.add(doc.id)
                    yield doc
        if progress is not None:
            progress(i, len(files), str(path))


def _read_guarded(path: Path, limits: tuple[int, int]) -> Iterator[RawRecord | IngestError]:
    """The records of a file; an unexpected reader error ends that file with an error row, not the run."""
    try:
        yield from read_file(path, *limits)
    except Exception as exc:  # noqa: BLE001 - a reader bug must cost one file, not the run
        log.debug("reading %s failed", path, exc_info=True)
        yield IngestError(printable_path(path), f"cannot read: {type(exc).__name__}: {exc}"[:500])


def _batches(items: Iterable[T], size: int, max_chars: int | None = None,
             chars: Callable[[T], int] | None = None) -> Iterator[list[T]]:
    """Lists of at most ``size`` items and, when ``max_chars`` is given, at most that many characters
    (``chars(item)``; a single longer item is a batch of its own), so peak memory is bounded by the batch."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = chars(item) if max_chars is not None and chars is not None else 0
        if batch and max_chars is not None and total + n > max_chars:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
        if len(batch) >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def doc_batches(docs: Iterable[Document], ingest_cfg: dict[str, Any]) -> Iterator[list[Document]]:
    """Documents in the pipeline's batches: ``[ingest] batch_size`` documents, ``batch_chars`` characters."""
    return _batches(docs, int(ingest_cfg.get("batch_size", 32)), int(ingest_cfg.get("batch_chars", 200_000)),
                    lambda d: len(d.text))


def analyse_batch(batch: list[Document], pipeline: Pipeline) -> tuple[list[AnnotatedDocument], list[IngestError]]:
    """Run the pipeline over a batch; if the batch fails, redo it document by document.

    Returns the analysed documents (in input order) and an error for each document that fails on its own.
    """
    try:
        return list(pipeline.pipe([AnnotatedDocument(d) for d in batch], batch_size=len(batch))), []
    except Exception:  # noqa: BLE001 - one bad document must not sink the batch: redo one by one
        log.debug("batch failed; retrying its documents one by one", exc_info=True)
    analysed: list[AnnotatedDocument] = []
    errors: list[IngestError] = []
    for d in batch:
        try:
            analysed.append(pipeline(AnnotatedDocument(d)))
        except Exception as exc:  # noqa: BLE001 - reported as an error row with its reason
            errors.append(IngestError(d.source, f"pipeline failed: {type(exc).__name__}: {exc}", stage="pipeline"))
    return analysed, errors


def _save(analysed: list[AnnotatedDocument], errors: list[IngestError], store: Store, summary: IngestSummary,
          deduper: Deduper | None = None, merge_cfg: dict[str, Any] | None = None,
          learned: LineCounts | None = None, backward: Pipeline | None = None) -> Deduper | None:
    """Store a batch, lend its given dates backwards (``backward``: the pipeline that re-analyses the stored
    copies), then merge its events; returns the near-duplicate index to use for the next batch."""
    if errors:
        summary.errors.extend(errors)
        store.record_errors(errors, summary.run_id)
    deduper, saved = _store_batch(analysed, store, summary, deduper, learned)
    redone: list[str] = []
    if backward is not None and saved:
        from chronicler.ingest.backward import lend_backwards

        try:
            redone = lend_backwards(store, deduper, backward, saved)
        except Exception as exc:  # noqa: BLE001 - the batch is stored; the older copies keep their date
            err = IngestError("dating", f"lending dates backwards failed: {type(exc).__name__}: {exc}"[:500],
                              stage="dating")
            summary.errors.append(err)
            store.record_errors([err], summary.run_id)
    _merge(store, [e.id for a in saved for e in a.events] + redone, summary, merge_cfg)
    return deduper


def _store_batch(analysed: list[AnnotatedDocument], store: Store, summary: IngestSummary,
                 deduper: Deduper | None, learned: LineCounts | None = None,
                 ) -> tuple[Deduper | None, list[AnnotatedDocument]]:
    """Write a batch (documents, annotations, near-duplicate signatures, learned-line counts) in one transaction.

    If the store refuses the batch (a value it cannot hold), the transaction is rolled back and the documents
    are written one per transaction; each one that still fails becomes an error row, the rest are kept.
    """
    pending = learned.pending[0] if learned is not None and learned.pending else None
    try:
        with store.transaction():
            if learned is not None:
                learned.persist_next()
            store.save_batch(_mark_duplicates(analysed, store, deduper), summary.run_id)
        summary.added.extend(a.document.id for a in analysed)
        return deduper, analysed
    except Exception:  # noqa: BLE001 - isolate the document at fault below
        log.debug("storing the batch failed; storing its documents one by one", exc_info=True)
    if learned is not None and pending is not None:
        learned.pending.appendleft(pending)  # rolled back with the batch: write the counts on their own
        with store.transaction():
            learned.persist_next()
    deduper = _reload(deduper, store)
    saved = []
    for a in analysed:
        try:
            with store.transaction():
                store.save_batch(_mark_duplicates([a], store, deduper), summary.run_id)
            summary.added.append(a.document.id)
            saved.append(a)
        except Exception as exc:  # noqa: BLE001 - reported as an error row with its reason
            err = IngestError(a.document.source, f"store failed: {type(exc).__name__}: {exc}"[:500], stage="store")
            summary.errors.append(err)
            store.record_errors([err], summary.run_id)
            deduper = _reload(deduper, store)
    return deduper, saved


def _mark_duplicates(analysed: list[AnnotatedDocument], store: Store,
                     deduper: Deduper | None) -> list[AnnotatedDocument]:
    if deduper is None or not analysed:
        return analysed
    known = store.known_ids(a.document.id for a in analysed)
    fresh = [a for a in analysed if a.document.id not in known]
    signed = {a.document.id: a.signature for a in fresh if a.signature is not None}
    marked = {d.id: d for d in deduper.assign([a.document for a in fresh], signed)}
    return [replace(a, document=marked.get(a.document.id, a.document)) for a in analysed]


def _reload(deduper: Deduper | None, store: Store) -> Deduper | None:
    """A fresh index from the stored signatures (after a rollback the in-memory one may hold unstored documents)."""
    return None if deduper is None else Deduper(store)


def _merge_interrupted(store: Store, summary: IngestSummary, merge_cfg: dict[str, Any] | None) -> None:
    """Merge the events a killed run stored but did not live to merge (its last batch), before any new batch."""
    if not store.interrupted:
        return
    rows = store.query("SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IS NULL "
                       "AND d.run_id IN (SELECT unnest(?)) ORDER BY e.rowid", [store.interrupted])
    _merge(store, [r[0] for r in rows], summary, merge_cfg)


def _merge(store: Store, event_ids: list[str], summary: IngestSummary, merge_cfg: dict[str, Any] | None) -> None:
    """Join the batch's new events to the store's event clusters; a failure is an error row, not a lost batch."""
    if not event_ids:
        return
    from chronicler.merge.store import merge_new_events

    try:
        merge_new_events(store, event_ids, merge_cfg)
    except Exception as exc:  # noqa: BLE001 - the documents are stored; `chronicler merge --rebuild` redoes it
        err = IngestError("merge", f"merging {len(event_ids)} events failed: {type(exc).__name__}: {exc}", stage="merge")
        summary.errors.append(err)
        store.record_errors([err], summary.run_id)


# ----------------------------------------------------------------------------------- worker processes

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(cfg: dict[str, Any]) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline.from_config(cfg)


def _run_in_worker(batch: list[Document]) -> tuple[list[AnnotatedDocument], list[IngestError]]:
    assert _WORKER_PIPELINE is not None
    analysed, errors = analyse_batch(batch, _WORKER_PIPELINE)
    # The spaCy Doc is neither stored nor cheap to send back: drop it before pickling.
    return [dataclasses.replace(a, nlp=None) for a in analysed], errors


def parallel_analyse(batches: Iterable[list[Document]], cfg: dict[str, Any], workers: int,
                     ) -> Iterator[tuple[list[AnnotatedDocument], list[IngestError]]]:
    """:func:`analyse_batch` over ``batches`` in ``workers`` processes, results in input order.

    At most two batches per worker are in flight, so memory does not grow with the corpus. Each worker
    builds the pipeline (and loads the spaCy model) once.
    """
    mp = multiprocessing.get_context("spawn")  # no fork of a process holding an open DuckDB connection
    with ProcessPoolExecutor(workers, mp_context=mp, initializer=_init_worker, initargs=(cfg,)) as pool:
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(pool.submit(_run_in_worker, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
