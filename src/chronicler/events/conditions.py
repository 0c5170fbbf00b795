"""A threat's condition names its target: in "X threatened to strike Z if Y entered W" the party threatened is Y,
whose act the threat makes a condition of (the PLOVER GSR codes it so), not what the threatened act would hit.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.fillers import Filler, distinct, same_side

#: Subordinators of a condition ("if Y does", "unless Y does").
CONDITION_MARKS = frozenset({"if", "unless"})
#: Complement links a threat's content hangs on ("threatened to veto ...", "threatened that it would ...").
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})


def condition_clauses(head: Any) -> list[Any]:
    """Heads of the if/unless clauses attached to ``head`` or to the verbs of its content (xcomp/ccomp chain)."""
    found: list[Any] = []
    todo = [head]
    while todo:
        verb = todo.pop()
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                found.append(c)
            elif c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX"):
                todo.append(c)
    return found


def addressed(reader: Any, head: Any) -> bool:
    """True when the threat verb itself names its addressee ("threatened Taiwan with a blockade")."""
    return any(c.dep_ in ("dobj", "dative") and reader.fillers(c) for c in head.children)


def condition_party(reader: Any, head: Any, src: list[Filler]) -> list[Filler]:
    """The parties named as the subject of a threat's condition, other than the threatener ([] when the
    condition's subject is a pronoun, names no actor, or is the threatener's own side)."""
    for clause in condition_clauses(head):
        for c in clause.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.pos_ == "PRON":
                continue
            got = [f for f in reader.fillers(c) if not src or (distinct(f, src[0]) and not same_side(f, src[0]))]
            if got:
                return got
    return []
