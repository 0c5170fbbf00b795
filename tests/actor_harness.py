"""Short texts of our own through the real nlp + actors stages, and the coded actor at a phrase: the harness the
actor test files share."""

from __future__ import annotations

from datetime import date

from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.model import Actor, DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline


def actors_pipeline() -> Pipeline:
    """nlp + actors on raw text, newly built (test modules share one: conftest's session fixture ``actors_pipe``)."""
    return Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})


def read_text(pipe: Pipeline, text: str, on: date | None = None, **meta) -> AnnotatedDocument:
    """``text`` as one report published on ``on`` (no date when None), through ``pipe``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(on) if on else None, **meta)
    return pipe(AnnotatedDocument(doc))


def coded_at(adoc: AnnotatedDocument, phrase: str, nth: int = 0, on: date | None = None,
             places: bool = False) -> Actor | None:
    """The actor coded at the ``nth`` occurrence of ``phrase`` (as of ``on``); with ``places``, a place the stage
    left unmentioned is coded as the scorers do (``place_as_actor``)."""
    start = -1
    for _ in range(nth + 1):
        start = adoc.document.text.index(phrase, start + 1)
    end = start + len(phrase)
    actor = actor_at(adoc, start, end, on)
    return actor or (place_as_actor(adoc, start, end) if places else None)


def country_and_sector(pipe: Pipeline, text: str, phrase: str, on: date | None = None) -> tuple[str | None, str | None]:
    """(country, sector) of the actor coded at ``phrase`` in ``text`` published on ``on`` (as of that date);
    (None, None) when no actor is coded there."""
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector) if actor is not None else (None, None)
