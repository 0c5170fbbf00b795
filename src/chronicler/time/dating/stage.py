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
    """The ``dating`` component: one document at a time, or a batch with the corpus-context step.

    With ``corpus_context`` on, :meth:`pipe` dates each batch's documents from their own clues first, then
    lets a document whose year is still open borrow it from similar dated documents of the same batch
    (:mod:`chronicler.time.dating.corpus`). Called on a single document, there is no batch: own clues only.
    """

    def __init__(self, kb: Any, recency: dict[str, int | None], corpus_context: bool) -> None:
        self.kb, self.recency, self.corpus_context = kb, recency, corpus_context

    def __call__(self, doc: AnnotatedDocument) -> AnnotatedDocument:
        return self._finish(doc, date_document(doc.document, self.kb, self.recency))

    def pipe(self, docs: Iterable[AnnotatedDocument], batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Date a stream of documents batch by batch (corpus context inside each batch when enabled)."""
        if not self.corpus_context:
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
        from chronicler.time.dating.corpus import with_context

        own = [date_document(d.document, self.kb, self.recency) for d in batch]
        redone: dict[int, Dating] = {}

        def redate(i: int, ev: Evidence) -> DateInterval | None:
            redone[i] = date_document(batch[i].document, self.kb, self.recency, extra=[ev])
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
    """Infers the publication date interval with its evidence (metadata, text, URL, office holders, and with
    ``corpus_context`` the year of similar dated documents of the same batch)."""
    recency = {**RECENCY_DAYS, **dict(config.get("recency", {}))}
    return DatingComponent(load_kb(config), recency, bool(config.get("corpus_context", False)))
