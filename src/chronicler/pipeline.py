"""Stages registered by name, composed into a pipeline by a TOML config (spaCy-style).

A stage is a factory ``make(config) -> component``; a component is a callable
``AnnotatedDocument -> AnnotatedDocument`` that may also offer ``pipe(iterable)`` for batched work.
Each stage declares the annotations it requires and provides; a pipeline whose stage needs an
annotation that no earlier stage provides is refused with :class:`MissingRequirement`.
"""

from __future__ import annotations

import dataclasses
import importlib
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from chronicler.model import Actor, Document, Event, Mention, Sentence, Timex

#: Annotations present on every document before any stage runs.
BASE_ANNOTATIONS = frozenset({"text"})

#: Where each known stage is defined; imported on first use so that a CLI call loads only what it runs.
STAGE_MODULES: dict[str, str] = {
    "clean": "chronicler.clean.stage",
    "dating": "chronicler.time.dating.stage",
    "nlp": "chronicler.nlp.stage",
    "timex": "chronicler.time.stage",
    "actors": "chronicler.actors.stage",
    "events": "chronicler.events.stage",
}


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document travelling through the pipeline with the annotations stages have added."""

    document: Document
    annotations: frozenset[str] = BASE_ANNOTATIONS
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    #: The spaCy Doc of the masked body (not serialized; offsets equal those of ``document.text``).
    nlp: Any = field(default=None, compare=False, repr=False)
    #: The near-duplicate signature the dating stage computed (``clean.dedup.Signed``; not serialized), reused
    #: when the batch is stored so that it is computed once.
    signature: Any = field(default=None, compare=False, repr=False)

    def with_(self, provides: Iterable[str] = (), **changes: Any) -> "AnnotatedDocument":
        """A copy with fields changed and the named annotations added."""
        return dataclasses.replace(self, annotations=self.annotations | frozenset(provides), **changes)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, if any."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


Component = Callable[[AnnotatedDocument], AnnotatedDocument]


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its name, factory, and the annotations it requires and provides."""

    name: str
    factory: Callable[[dict[str, Any]], Component]
    requires: frozenset[str]
    provides: frozenset[str]
    doc: str = ""


class PipelineError(Exception):
    """A pipeline that cannot be built or run."""


class UnknownStage(PipelineError):
    """A config names a stage nobody registered."""


class MissingRequirement(PipelineError):
    """A stage runs before the annotations it needs exist."""


_REGISTRY: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Decorator registering a stage factory under ``name``."""

    def register(factory: Callable[[dict[str, Any]], Component]) -> Callable[[dict[str, Any]], Component]:
        _REGISTRY[name] = StageSpec(name, factory, frozenset(requires), frozenset(provides), (factory.__doc__ or "").strip())
        return factory

    return register


def get_stage(name: str) -> StageSpec:
    """The registered stage called ``name`` (importing its module if needed)."""
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    if name not in _REGISTRY:
        known = ", ".join(sorted(set(_REGISTRY) | set(STAGE_MODULES)))
        raise UnknownStage(f"unknown stage {name!r}; known stages: {known}")
    return _REGISTRY[name]


def available_stages() -> list[str]:
    """Names of every stage that exists in this installation, in the default order."""
    return list(STAGE_MODULES)


class Pipeline:
    """An ordered list of configured stages, checked for missing requirements when built."""

    def __init__(self, stages: list[tuple[str, dict[str, Any]]], *, start: Iterable[str] = BASE_ANNOTATIONS):
        have = set(start)
        self.names: list[str] = []
        self.components: list[Component] = []
        for name, cfg in stages:
            spec = get_stage(name)
            missing = spec.requires - have
            if missing:
                raise MissingRequirement(
                    f"stage {name!r} requires {sorted(missing)}, which no earlier stage provides "
                    f"(pipeline so far: {self.names or 'empty'})"
                )
            have |= spec.provides
            self.names.append(name)
            self.components.append(spec.factory(cfg))
        self.provides = frozenset(have)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Pipeline":
        """Build from a parsed config: ``[pipeline] stages = [...]`` and ``[stages.NAME]`` settings."""
        names = config.get("pipeline", {}).get("stages", [])
        settings = config.get("stages", {})
        return cls([(n, dict(settings.get(n, {}))) for n in names])

    @classmethod
    def default(cls) -> "Pipeline":
        """The pipeline of the packaged default config."""
        return cls.from_config(default_config())

    def use_store(self, store: Any) -> None:
        """Hand the open store to the stages that read earlier runs (dating: the dated wire copies stored)."""
        for component in self.components:
            hook = getattr(component, "use_store", None)
            if hook is not None:
                hook(store)

    def __call__(self, doc: AnnotatedDocument) -> AnnotatedDocument:
        for component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, docs: Iterable[AnnotatedDocument], batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Run every stage over a stream of documents, using a stage's own ``pipe`` where it has one."""
        stream: Iterable[AnnotatedDocument] = docs
        for component in self.components:
            stream = _pipe_one(component, stream, batch_size)
        yield from stream


def _pipe_one(component: Component, docs: Iterable[AnnotatedDocument], batch_size: int) -> Iterator[AnnotatedDocument]:
    batch_pipe = getattr(component, "pipe", None)
    if batch_pipe is not None:
        yield from batch_pipe(docs, batch_size=batch_size)
    else:
        for d in docs:
            yield component(d)


def default_config() -> dict[str, Any]:
    """The packaged default config (``chronicler/default_config.toml``)."""
    text = resources.files("chronicler").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None) -> dict[str, Any]:
    """A config read from ``path``, or the default when ``path`` is None."""
    if path is None:
        return default_config()
    with open(path, "rb") as fh:
        return tomllib.load(fh)
