"""The ``dating`` stage: sets ``Document.published`` (an interval with its evidence) from metadata and text.

It needs only the ``clean`` annotation (body spans), not sentences, so it runs before the spaCy stage. A date
given as metadata (JSONL field, HTML meta tag, WARC-Date) is kept exactly; text clues that agree with it are
added as evidence, clues that disagree are left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from chronicler.model import DateInterval, Document, Evidence, Span, blank_outside
from chronicler.pipeline import AnnotatedDocument, stage
from chronicler.time.dating.infer import RECENCY_DAYS, Dating, infer_date

log = logging.getLogger(__name__)


def dating_text(document: Document) -> str:
    """The text the clues are read from: the body and the dateline, other boilerplate blanked (same offsets).

    Site furniture such as a scrape-time copyright year would otherwise pass for a reference to the past.
    """
    if not document.body_spans:
        return document.text
    keep: list[Span] = list(document.body_spans) + [s for s in document.boilerplate_spans if s.label == "dateline"]
    return blank_outside(document.text, keep)


def load_kb(config: dict[str, Any]) -> Any:
    """The office-holder knowledge base, or None when disabled in the config or not installed."""
    if not config.get("use_kb", True):
        return None
    try:
        from chronicler.actors.office_kb import default_kb
    except ImportError:
        log.info("dating: office-holder knowledge base not installed; dating without it")
        return None
    return default_kb()


def date_document(document: Document, kb: Any = None, recency: dict[str, int | None] | None = None,
                  extra: Sequence[Evidence] = ()) -> Dating:
    """Date one document (metadata kept; text, URL, file name and KB clues as evidence; ``extra`` added)."""
    line = next(((s.start, s.end) for s in document.boilerplate_spans if s.label == "dateline"), None)
    return infer_date(dating_text(document), given=document.published, url=document.url, source=document.source,
                      kb=kb, recency=recency, crawled=document.meta.get("crawled"), extra=extra, dateline=line)


class DatingComponent:
    """The ``dating`` component: one document at a time, or a batch with the copy and corpus-context steps.

    With ``copies`` on (the default), a report without a given date borrows the given date of its near-duplicate
    wire copies in the batch or stored by earlier runs (:mod:`chronicler.time.dating.copies`; the stored ones once
    :meth:`use_store` is called), and undated copies pool their own clues. With ``corpus_context`` on,
    :meth:`pipe` then lets a document whose year is still open borrow it from similar dated documents of the same
    batch (:mod:`chronicler.time.dating.corpus`). Called on a single document, there is no batch.
    """

    def __init__(self, kb: Any, recency: dict[str, int | None], corpus_context: bool, copies: bool = True) -> None:
        self.kb, self.recency, self.corpus_context, self.copies = kb, recency, corpus_context, copies
        self.index: Any = None  # CopyIndex of the dated reports of the store, once use_store is called

    def use_store(self, store: Any) -> None:
        """Read the dated reports already stored, so that their copies in this run borrow their date."""
        if self.copies:
            from chronicler.time.dating.copies import CopyIndex

            self.index = CopyIndex.from_store(store)

    def __call__(self, doc: AnnotatedDocument) -> AnnotatedDocument:
        if self.copies and self.index is not None:  # stored dated copies can lend to a single document too
            return self._batch([doc])[0]
        return self._finish(doc, date_document(doc.document, self.kb, self.recency))

    def pipe(self, docs: Iterable[AnnotatedDocument], batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Date a stream of documents batch by batch (copies and corpus context inside each batch when enabled)."""
        if not self.corpus_context and not self.copies:
            yield from (self(d) for d in docs)
            return
        batch: list[AnnotatedDocument] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[AnnotatedDocument]) -> list[AnnotatedDocument]:
        own = [date_document(d.document, self.kb, self.recency) for d in batch]
        redone: dict[int, Dating] = {}
        extras: list[list[Evidence]] = [[] for _ in batch]
        if self.copies:
            from chronicler.clean.dedup import signed
            from chronicler.time.dating.copies import lent, remember, signatures

            docs = [d.document for d in batch]
            sigs = signatures(docs)
            extras = lent(docs, [r.interval for r in own], self.index, sigs)
            for i, extra in enumerate(extras):
                if extra:
                    redone[i] = date_document(batch[i].document, self.kb, self.recency, extra=extra)
            if self.index is not None:  # later batches of this run see this batch's dated reports
                remember(self.index, docs, sigs)
            batch = [d.with_(signature=signed(d.document, s)) if s is not None else d for d, s in zip(batch, sigs)]
        if self.corpus_context:
            from chronicler.time.dating.corpus import with_context

            def redate(i: int, ev: Evidence) -> DateInterval | None:
                redone[i] = date_document(batch[i].document, self.kb, self.recency, extra=extras[i] + [ev])
                return redone[i].interval

            with_context([d.document.id for d in batch], [dating_text(d.document) for d in batch],
                         [r.interval for r in own], redate)
        return [self._finish(d, redone.get(i, own[i])) for i, d in enumerate(batch)]

    def _finish(self, doc: AnnotatedDocument, result: Dating) -> AnnotatedDocument:
        given = doc.document.published
        published = result.interval
        if given is not None and published is not None and not (given.earliest == published.earliest
                                                                  and given.latest == published.latest):
            published = replace(given, evidence=published.evidence)  # metadata is never contradicted
        warnings = tuple(f"{doc.document.source}: {w}" for w in result.warnings)
        return doc.with_({"published"}, document=replace(doc.document, published=published or given),
                         warnings=doc.warnings + warnings)


@stage("dating", requires={"clean"}, provides={"published"})
def make_dating(config: dict[str, Any]) -> DatingComponent:
    """Infers the publication date interval with its evidence (metadata, text, URL, office holders, the given
    date of near-duplicate copies, and with ``corpus_context`` the year of similar dated documents of the same
    batch)."""
    recency = {**RECENCY_DAYS, **dict(config.get("recency", {}))}
    return DatingComponent(load_kb(config), recency, bool(config.get("corpus_context", False)),
                           bool(config.get("copies", True)))
