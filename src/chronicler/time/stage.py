"""The ``timex`` stage: time expressions of a document's body, normalized against its publication date.

The document creation time (DCT) is ``Document.published``: a one-day interval is that day; a wider one
keeps its uncertainty (each expression is normalized against both ends and only the granularity on which
they agree is kept, so no day is invented); without it, only absolute expressions get full values and
relative ones keep X-values (``XXXX-XX-XX``) or references (``PAST_REF``).
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from chronicler.model import DateInterval, Document, Sentence, Timex
from chronicler.pipeline import AnnotatedDocument, stage
from chronicler.time.dateline_anchor import dateline_day
from chronicler.time.tagger import tag


def dct_of(published: DateInterval | None) -> DateInterval | None:
    """The DCT to normalize against: the publication interval when both ends are known, else None."""
    if published is None or published.earliest is None or published.latest is None:
        return None
    if published.earliest > published.latest:
        return None
    return DateInterval(published.earliest, published.latest, published.best, published.granularity)


def filed_day(document: Document, dct: DateInterval | None) -> DateInterval | None:
    """The DCT to tag the body against: the day of a dated dateline the clean stage marked ("OSLO, March 12
    (Xinhua) --"), when it lies within a week before the publication date (the reporter's "today"), else
    ``dct``. The body is tagged with the dateline blanked, so the tagger cannot read it itself."""
    if dct is None:
        return None
    line = next((s for s in document.boilerplate_spans if s.label == "dateline"), None)
    if line is None:
        return dct
    found = dateline_day(document.text[line.start:line.end], dct.earliest, dct.latest)
    return dct if found is None else DateInterval(found[0], found[0], found[0], "day")


def with_sentences(timexes: list[Timex], sentences: tuple[Sentence, ...]) -> list[Timex]:
    """The timexes with ``sentence`` set to the index of the sentence containing their start."""
    starts = [s.start for s in sentences]
    out = []
    for t in timexes:
        i = bisect.bisect_right(starts, t.start) - 1
        idx = sentences[i].index if i >= 0 and t.start < sentences[i].end else None
        out.append(dataclasses.replace(t, sentence=idx))
    return out


class TimexComponent:
    """Tags the masked body of each document (same offsets as ``Document.text``)."""

    def __init__(self, use_dct: bool = True, use_parse: bool = False):
        self.use_dct = use_dct
        self.use_parse = use_parse

    def __call__(self, doc: AnnotatedDocument) -> AnnotatedDocument:
        d = doc.document
        dct = filed_day(d, dct_of(d.published)) if self.use_dct else None
        hint = None
        if self.use_parse and doc.nlp is not None:
            from chronicler.time.parse_tense import spacy_tense_hint

            hint = spacy_tense_hint(doc.nlp)
        timexes = with_sentences(tag(d.masked_body(), dct, hint), doc.sentences)
        warnings = doc.warnings
        if dct is None and any(t.anchor == "DCT" for t in timexes):
            warnings += ("no publication date: relative time expressions left unresolved (X-values)",)
        return doc.with_({"timexes"}, timexes=tuple(timexes), warnings=warnings)


@stage("timex", requires={"sentences"}, provides={"timexes"})
def make_timex(config: dict[str, Any]) -> TimexComponent:
    """TIMEX3 time expressions (DATE, TIME, DURATION, SET) normalized against the publication date."""
    return TimexComponent(bool(config.get("use_dct", True)), bool(config.get("use_parse", False)))
