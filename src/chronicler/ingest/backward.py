"""Dates lent backwards: a report whose date was given re-dates its undated copies stored before it (session 19).

Forward lending (:mod:`chronicler.time.dating.copies`) dates a report by the dated copies already seen. When the
dated copy comes later (a later batch or run), the undated copy is already stored with the date of its own clues.
After each stored batch, the undated stored reports that are near-duplicates of the batch's given-date reports
are analysed again (the whole pipeline, from the document as ingest read it, with the dating stage's index now
holding the dated copy); when their date now comes from one of these copies, their rows are replaced
(:func:`chronicler.store.replace.replace_document`) and their events merged again by the caller. A report whose
re-analysis does not take such a copy's date is left as it is, so re-ingesting the same files changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from chronicler.clean.dedup import Deduper
from chronicler.model import Document, from_dict
from chronicler.pipeline import AnnotatedDocument, Pipeline
from chronicler.store.db import Store

log = logging.getLogger(__name__)


def given(document: Document) -> bool:
    """True when the report's date was given as metadata (kept as one day with its ``metadata`` evidence)."""
    p = document.published
    return p is not None and p.earliest is not None and p.earliest == p.latest and any(
        e.kind == "metadata" for e in p.evidence)


def stored_undated_copies(store: Store, deduper: Deduper, analysed: Sequence[AnnotatedDocument]) -> list[Document]:
    """The stored reports of earlier batches, without a given date, that are copies of a given-date report of
    ``analysed`` (signatures from the near-duplicate index, which holds every stored report)."""
    batch = {a.document.id for a in analysed}
    found: set[str] = set()
    for a in analysed:
        sig = deduper.signatures.get(a.document.id)
        if sig is None or not given(a.document):
            continue
        found |= {k for k in deduper.lsh.query(sig)
                  if k not in batch and sig.jaccard(deduper.signatures[k]) >= deduper.threshold}
    if not found:
        return []
    rows = store.query("SELECT data FROM documents WHERE id IN (SELECT unnest(?)) ORDER BY rowid", [sorted(found)])
    docs = [from_dict(Document, json.loads(r[0])) for r in rows]
    return [d for d in docs if not given(d)]


def as_read(stored: Document) -> Document:
    """The stored report as ingest first handed it to the pipeline (no annotation; ``duplicate_of`` kept)."""
    from chronicler.ingest.run import given_date

    meta = dict(stored.meta)
    return Document(id=stored.id, source=stored.source, text=stored.text, url=meta.get("url"),
                    title=meta.get("title"), outlet=meta.get("outlet"),
                    published=given_date(meta.get("published"), f"{meta.get('format')} metadata"), meta=meta,
                    duplicate_of=stored.duplicate_of)


def _dating_index(pipeline: Pipeline) -> Any:
    return next((c.index for c in pipeline.components if getattr(c, "index", None) is not None), None)


def _lent_by(document: Document, lenders: set[str]) -> bool:
    p = document.published
    return p is not None and any(e.kind == "copy" and e.implies.best is not None and any(k in e.note for k in lenders)
                                 for e in p.evidence)


def lend_backwards(store: Store, deduper: Deduper | None, pipeline: Pipeline,
                   analysed: Sequence[AnnotatedDocument]) -> list[str]:
    """Re-date and replace the stored undated copies of the batch's given-date reports; returns the event ids to
    merge (empty when nothing changed). Runs in one transaction."""
    index = _dating_index(pipeline)
    if deduper is None or index is None:
        return []
    from chronicler.time.dating.copies import Dated

    lenders = set()
    for a in analysed:
        sig = deduper.signatures.get(a.document.id)
        if sig is not None and given(a.document):  # with --workers N the batch was dated in another process
            index.add(Dated(a.document.id, a.document.source, a.document.published.earliest, sig))
            lenders.add(f"({a.document.id},")
    stale = stored_undated_copies(store, deduper, analysed) if lenders else []
    if not stale:
        return []
    from chronicler.ingest.run import analyse_batch

    redone, _errors = analyse_batch([as_read(d) for d in stale], pipeline)
    old = {d.id: d for d in stale}
    changed = [replace(a, document=replace(a.document, duplicate_of=old[a.document.id].duplicate_of))
               for a in redone if _lent_by(a.document, lenders) and a.document.published != old[a.document.id].published]
    if not changed:
        return []
    from chronicler.store.replace import replace_document

    merge: list[str] = []
    with store.transaction():
        for a in changed:
            merge += replace_document(store, a)
    log.info("lent a later copy's date to %d stored reports", len(changed))
    return merge
