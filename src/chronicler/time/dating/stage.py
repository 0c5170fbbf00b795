"""The ``dating`` stage: sets ``Document.published`` (an interval with its evidence) from metadata and text.

It needs only the ``clean`` annotation (body spans), not sentences, so it runs before the spaCy stage. A date
given as metadata (JSONL field, HTML meta tag, WARC-Date) is kept exactly; text clues that agree with it are
added as evidence, clues that disagree are left out.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from chronicler.model import Document, Span
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
    chars = [c if c == "\n" else " " for c in document.text]
    for s in keep:
        chars[s.start:s.end] = document.text[s.start:s.end]
    return "".join(chars)


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


def date_document(document: Document, kb: Any = None, recency: dict[str, int | None] | None = None) -> Dating:
    """Date one document (metadata kept; text, URL, file name and KB clues as evidence)."""
    return infer_date(dating_text(document), given=document.published, url=document.url, source=document.source,
                      kb=kb, recency=recency, crawled=document.meta.get("crawled"))


@stage("dating", requires={"clean"}, provides={"published"})
def make_dating(config: dict[str, Any]):
    """Infers the publication date interval with its evidence (metadata, text, URL, office holders)."""
    kb = load_kb(config)
    recency = {**RECENCY_DAYS, **dict(config.get("recency", {}))}

    def run(doc: AnnotatedDocument) -> AnnotatedDocument:
        result = date_document(doc.document, kb, recency)
        given = doc.document.published
        published = result.interval
        if given is not None and published is not None and not (given.earliest == published.earliest
                                                                  and given.latest == published.latest):
            published = replace(given, evidence=published.evidence)  # metadata is never contradicted
        warnings = tuple(f"{doc.document.source}: {w}" for w in result.warnings)
        return doc.with_({"published"}, document=replace(doc.document, published=published or given),
                         warnings=doc.warnings + warnings)

    return run
