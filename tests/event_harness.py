"""One sentence through the events stage with spaCy's entities standing in for actor mentions (uncoded), as
eval/events.py scores the GSR: the harness the event tests share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from chronicler.events import borrow
from chronicler.events.lexicon import spelling_variants, trigger_lexicon
from chronicler.events.stage import EventsComponent
from chronicler.events.triggers import find_triggers, forget_lexicon_lookups
from chronicler.model import Document, Event, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

#: spaCy entity labels that stand in for actor mentions.
ACTOR_LABELS = ("GPE", "NORP", "ORG", "PERSON")


def entity_events(nlp: Any, text: str, config: dict | None = None) -> tuple[list[Event], Any]:
    """The events the stage (with ``config``) finds in ``text``, and the spaCy Doc of ``text``."""
    sdoc = nlp(text)
    ms = tuple(Mention(e.start_char, e.end_char, e.text, None, "name") for e in sdoc.ents if e.label_ in ACTOR_LABELS)
    ad = AnnotatedDocument(Document(id="d", source="t", text=text), sentences=sentences_of(sdoc), mentions=ms,
                           nlp=sdoc)
    return list(EventsComponent(config or {})(ad).events), sdoc


def main_type(nlp: Any, text: str) -> str:
    """The PLOVER type (CAMEO-root convention, as the GSR is scored) of the sentence's main event with the
    harness's stand-in actors, or ``NONE``."""
    from chronicler.events.main import main_event
    from chronicler.events.plover import plover_type

    ev = main_event(*entity_events(nlp, text))
    return plover_type(ev, "cameo") if ev is not None else "NONE"


@contextmanager
def unlisted(word: str) -> Iterator[None]:
    """The lexicon without any row of ``word`` (as if it had never been listed), then restored."""
    table = trigger_lexicon()
    saved = {k: table.pop(k) for k in list(table) if k[1] in spelling_variants(word)}
    forget_lexicon_lookups()
    try:
        yield
    finally:
        table.update(saved)
        forget_lexicon_lookups()


def loans_in(nlp: Any, text: str, word: str) -> list[tuple[str, str]]:
    """(type, evidence) of the WordNet loans the trigger finder makes in ``text`` with ``word`` taken out of the
    lexicon (``unlisted``)."""
    doc = nlp(text)
    with unlisted(word):
        found = find_triggers(doc[:])
    return [(t.type, t.sense.evidence) for t in found if isinstance(t.sense, borrow.BorrowedSense)]

