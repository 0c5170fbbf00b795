"""A role filler (an actor and the span it was read from), how two fillers compare, and the clause a trigger
stands in: the small pieces the role readers (``roles.py``, ``nearest.py``, ``places.py``, ``forces.py``) share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronicler.model import Actor


@dataclass(frozen=True)
class Filler:
    """An actor filling a role, with the character span of the mention it was read from."""

    actor: Actor | None
    start: int
    end: int
    confidence: float


def named_side(tok: Any, deps: tuple[str, ...] = ("amod", "compound")) -> bool:
    """True when a noun names its side: a country or nationality itself ("Russia"), or one hanging on it by one of
    ``deps`` ("U.S. warships", "Pakistani troops"), not a person the actors stage may place anywhere."""
    return tok.ent_type_ in ("GPE", "NORP") or any(c.dep_ in deps and c.ent_type_ in ("GPE", "NORP")
                                                   for c in tok.children)


def same_side(a: Filler, b: Filler) -> bool:
    """True when two fillers are actors of one country."""
    return a.actor is not None and b.actor is not None and a.actor.country is not None \
        and a.actor.country == b.actor.country


def distinct(a: Filler | None, b: Filler | None) -> bool:
    """True when two fillers name different actors (or either is missing)."""
    if a is None or b is None:
        return True
    if a.actor is not None and b.actor is not None:
        return a.actor.id != b.actor.id
    return (a.start, a.end) != (b.start, b.end)


def clause_of(head: Any) -> Any:
    """The clause a trigger stands in: climb nouns and non-clausal links up to the nearest verb heading a clause."""
    tok, hops = head, 0
    while tok.head.i != tok.i and hops < 8 and (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("xcomp", "aux")):
        tok, hops = tok.head, hops + 1
    return tok
