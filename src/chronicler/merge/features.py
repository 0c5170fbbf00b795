"""What the merger compares: type families, actor sides, date buckets and the content words of a sentence.

Type families (documented in docs/stages.md): two events may denote the same real-world event when
their PLOVER types are equal, or when both belong to one family of types that reporters use for the same
happening. Equal types score 1.0, same family 0.5, anything else is incompatible.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from chronicler.model import Actor, DateInterval, Event

#: Families of PLOVER types that different reports use for one happening (e.g. "talks" reported as an agreement).
TYPE_FAMILIES: dict[str, str] = {
    "CONSULT": "talks", "AGREE": "talks",
    "SUPPORT": "cooperation", "COOPERATE": "cooperation", "AID": "cooperation",
    "CONCEDE": "concession",
    "REQUEST": "demand", "PROTEST": "demand",
    "ACCUSE": "criticism", "REJECT": "criticism", "THREATEN": "criticism",
    "SANCTION": "sanction",
    "MOBILIZE": "posture", "RETREAT": "posture",  # deployments, withdrawals, relocations of forces
    "COERCE": "violence", "ASSAULT": "violence",
}

#: Types whose two actors play the same part: "A met B" is "B met A".
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: PLOVER quad classes (verbal/material cooperation/conflict), numbered as GDELT's QuadClass 1-4.
QUAD_CLASSES: dict[str, tuple[int, str]] = {}
for _t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"):
    QUAD_CLASSES[_t] = (1, "verbal cooperation")
for _t in ("COOPERATE", "AID", "RETREAT"):
    QUAD_CLASSES[_t] = (2, "material cooperation")
for _t in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"):
    QUAD_CLASSES[_t] = (3, "verbal conflict")
for _t in ("SANCTION", "MOBILIZE", "COERCE", "ASSAULT"):
    QUAD_CLASSES[_t] = (4, "material conflict")

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just may me might more most must my no nor not now of off on once
only or other our out over own said same says she should so some such than that the their them then there these
they this those through to too under until up us very was we were what when where which while who whom why will
with would year years you your new one two last next told would mr ms per cent percent week month day today
""".split())
_WORD = re.compile(r"[a-z][a-z0-9\-']+")


@lru_cache(maxsize=1024)
def family(event_type: str) -> str:
    """The merge family of a PLOVER type (the type itself, lower-cased, when it has none)."""
    return TYPE_FAMILIES.get(event_type.upper(), event_type.lower())


def type_score(a: str, b: str) -> float:
    """1.0 for equal types, 0.5 for types of one family, 0.0 for incompatible ones."""
    if a == b:
        return 1.0
    return 0.5 if family(a) == family(b) else 0.0


def quad_class(event_type: str) -> int | None:
    """GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict) of a PLOVER type."""
    q = QUAD_CLASSES.get(event_type.upper())
    return q[0] if q else None


def content_words(text: str, limit: int = 40) -> frozenset[str]:
    """Lower-cased content words of a sentence (stop words and short tokens dropped), crudely stemmed."""
    out: list[str] = []
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        out.append(_stem(w))
        if len(out) >= limit:
            break
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _stem(w: str) -> str:
    for suf in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def side(actor: Actor | None) -> str:
    """The blocking key of one actor: its country code, else its id, else '' (unknown)."""
    if actor is None:
        return ""
    return actor.country or actor.id


def month_bucket(interval: DateInterval | None, max_width: int = 62) -> int | None:
    """A month index of a date narrow enough to block on (None for undated or coarse dates)."""
    if interval is None:
        return None
    width = interval.width_days()
    if width is None or width > max_width:
        return None
    d: date = interval.best or interval.earliest  # type: ignore[assignment]
    return d.year * 12 + d.month - 1


def event_words(event: Event) -> frozenset[str]:
    """Content words of the event's trigger context: its sentence plus its trigger."""
    return content_words(f"{event.trigger} {event.provenance.text}")
