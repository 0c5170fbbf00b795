"""The data model every stage reads and writes: plain frozen dataclasses.

All character offsets (``start``/``end``) point into ``Document.text``, the decoded original text of the
report (for HTML, the extracted main text), so every output can be traced back to the characters it came from.
``to_dict``/``from_dict`` give a JSON round trip for every class here.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Union

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")
EVENT_STATUSES = ("occurred", "ongoing", "planned", "proposed", "expected", "hypothetical", "negated")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Span:
    """A labelled character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class Evidence:
    """One clue about a date: the text it was read from and the interval it implies."""

    kind: str  # metadata | url | filename | explicit_date | past_reference | relative_cue | office_holder | known_event | timex | inherited
    text: str
    implies: "DateInterval"
    start: int | None = None
    end: int | None = None
    note: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class DateInterval:
    """A date known to lie in ``[earliest, latest]``; ``best`` is the single most likely day."""

    earliest: date | None
    latest: date | None
    best: date | None = None
    granularity: str = "day"
    evidence: tuple[Evidence, ...] = ()

    @staticmethod
    def day(d: date) -> "DateInterval":
        """An interval of exactly one day."""
        return DateInterval(d, d, d, "day")

    def contains(self, d: date) -> bool:
        """True when ``d`` lies inside the interval (open ends count as unbounded)."""
        return (self.earliest is None or self.earliest <= d) and (self.latest is None or d <= self.latest)

    def width_days(self) -> int | None:
        """Number of days the interval covers, or None when an end is open."""
        if self.earliest is None or self.latest is None:
            return None
        return (self.latest - self.earliest).days + 1

    def intersect(self, other: "DateInterval") -> "DateInterval | None":
        """The common part of two intervals (evidence of both kept), or None when they are disjoint."""
        lo = max((d for d in (self.earliest, other.earliest) if d is not None), default=None)
        hi = min((d for d in (self.latest, other.latest) if d is not None), default=None)
        if lo is not None and hi is not None and lo > hi:
            return None
        best = self.best if self.best is not None and _within(self.best, lo, hi) else None
        if best is None and other.best is not None and _within(other.best, lo, hi):
            best = other.best
        gran = self.granularity if _rank(self.granularity) <= _rank(other.granularity) else other.granularity
        return DateInterval(lo, hi, best, gran, self.evidence + other.evidence)


def _within(d: date, lo: date | None, hi: date | None) -> bool:
    return (lo is None or lo <= d) and (hi is None or d <= hi)


def _rank(granularity: str) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


@dataclass(frozen=True)
class Document:
    """One news report. ``id`` is a hash of its normalized content; ``text`` is the decoded original."""

    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    title: str | None = None
    language: str = "en"
    body_spans: tuple[Span, ...] = ()
    boilerplate_spans: tuple[Span, ...] = ()
    published: DateInterval | None = None
    duplicate_of: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The cleaned body: the body spans joined by blank lines (offsets are into ``text``, not this)."""
        if not self.body_spans:
            return self.text.strip()
        return "\n\n".join(self.text[s.start:s.end] for s in self.body_spans)

    def masked_body(self) -> str:
        """``text`` with everything outside the body replaced by spaces: same length, same offsets."""
        if not self.body_spans:
            return self.text
        return blank_outside(self.text, self.body_spans)


def blank_outside(text: str, spans: Iterable[Span]) -> str:
    """``text`` with every character outside ``spans`` but a newline replaced by a space (same length, same
    offsets); the spans may overlap."""
    parts: list[str] = []
    done = 0  # text[:done] is written
    for start, end in sorted((max(0, s.start), min(len(text), s.end)) for s in spans):
        if end <= max(start, done):
            continue
        if start > done:
            parts.append(_NOT_NEWLINE.sub(" ", text[done:start]))
        parts.append(text[max(start, done):end])
        done = end
    parts.append(_NOT_NEWLINE.sub(" ", text[done:]))
    return "".join(parts)


_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, by index and character offsets."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A coded actor: a person, organisation, country or group, with a canonical id."""

    id: str
    name: str
    kind: str = "unknown"  # person | organization | country | group | unknown
    country: str | None = None  # ISO-3166 alpha-3, or an IGO code
    sector: str | None = None  # PLOVER sector: GOV MIL LEG JUD POL BUS MED CVL REB IGO NGO ...
    role: str | None = None
    aliases: tuple[str, ...] = ()
    kb_id: str | None = None
    confidence: float = 1.0
    # what a country resting only on weak evidence rests on (the WordNet gloss naming it); None otherwise
    evidence: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of text that refers to an actor."""

    start: int
    end: int
    text: str
    actor_id: str | None
    kind: str = "name"  # name | title | pronoun | nationality | capital | institution | group | country
    sentence: int | None = None
    role: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 time expression with its normalized value and the calendar interval it denotes."""

    tid: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    sentence: int | None = None
    anchor: str | None = None  # "DCT", a tid, or None for absolute values
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, START, END, APPROX ...
    interval: DateInterval | None = None


@dataclass(frozen=True)
class Location:
    """Where an event took place, coded to a country and coordinates when known."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None
    source: str = "text"  # text | dateline
    confidence: float = 1.0


@dataclass(frozen=True)
class Provenance:
    """Where an event was read: the document, the sentence and the spans of its parts."""

    document: str
    sentence: int
    text: str
    spans: tuple[Span, ...] = ()  # labels: trigger, source, target, time, location


@dataclass(frozen=True)
class Event:
    """Who did what to whom, when and where, as read from one sentence."""

    id: str
    type: str  # PLOVER type
    provenance: Provenance
    trigger: str = ""
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    goldstein: float | None = None
    source: Actor | None = None
    target: Actor | None = None
    location: Location | None = None
    date: DateInterval | None = None
    date_source: str = "unknown"  # timex | relative | narrative | inherited | unknown
    status: str = "occurred"
    confidence: float = 1.0
    field_confidence: dict[str, float] = field(default_factory=dict)
    cluster: str | None = None


@dataclass(frozen=True)
class StatusChange:
    """A cluster's status as reported by one document."""

    status: str
    reported: date | None
    document: str


@dataclass(frozen=True)
class EventCluster:
    """One real-world event, merged from the events of several sentences and documents."""

    id: str
    type: str
    source: Actor | None
    target: Actor | None
    date: DateInterval | None
    status: str
    events: tuple[str, ...]
    documents: tuple[str, ...]
    mention_count: int
    source_count: int
    first_reported: date | None = None
    last_reported: date | None = None
    summary: str = ""
    location: Location | None = None
    status_history: tuple[StatusChange, ...] = ()


@dataclass(frozen=True)
class IngestError:
    """A file or record that could not be ingested, and why."""

    source: str
    reason: str
    stage: str = "ingest"


# ---------------------------------------------------------------------------------------------- JSON round trip

def to_dict(obj: Any) -> Any:
    """Turn a model object (or a structure of them) into JSON-ready data: dates become ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type, data: Any) -> Any:
    """Rebuild an object of type ``cls`` from ``to_dict`` output."""
    return _build(cls, data)


@typing.no_type_check
def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_build(inner, x) for x in data)
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_build(inner, x) for x in data]
    if origin is dict:
        _, inner = typing.get_args(tp) or (str, Any)
        return {k: _build(inner, v) for k, v in data.items()}
    if tp is date:
        return date.fromisoformat(data) if isinstance(data, str) else data
    if tp is float and isinstance(data, int):
        return float(data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    return data


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(tp: type) -> dict[str, Any]:
    if tp not in _HINTS:
        _HINTS[tp] = typing.get_type_hints(tp)
    return _HINTS[tp]
