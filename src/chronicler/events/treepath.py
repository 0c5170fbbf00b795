"""Walking a dependency parse for the date links: a word's heads, verbs, and durations that set an act a
measured time from another ("a day after seizing X"). Shared by ``timelink`` and ``governing``."""

from __future__ import annotations

from typing import Any

#: Units of a duration that measures the distance between two events ("two days after", "a week before").
OFFSET_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "fortnight"})


def ancestors(tok: Any) -> list[Any]:
    """``tok`` and its heads up to the root of its sentence."""
    out = [tok]
    while tok.head.i != tok.i and len(out) < 60:
        tok = tok.head
        out.append(tok)
    return out


def is_verb(tok: Any) -> bool:
    """A verb or auxiliary."""
    return tok.pos_ in ("VERB", "AUX")


def offset_phrase(tok: Any) -> bool:
    """A duration with its own "after/before" ("a day after seizing X"): what follows it is set apart in time."""
    return tok.dep_ == "npadvmod" and tok.lemma_.lower() in OFFSET_UNITS and any(
        c.dep_ == "prep" and c.lower_ in ("after", "before") for c in tok.children)
