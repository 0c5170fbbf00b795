"""Which of several time expressions that reach one trigger governs it, and which expressions lie inside a phrase
measured from the act ("two days after the vote on 7 March") and so date nothing above it (session 16)."""

from __future__ import annotations

from typing import Any

from chronicler.events.treepath import OFFSET_UNITS, ancestors, is_verb as _is_verb, offset_phrase


def behind_offset(root: Any, span: Any) -> bool:
    """Whether a time expression lies inside a phrase set a measured time from the act it hangs on ("two days
    after [the vote on 7 March]"): walking up to the first verb it passes a measured "after/before" or a
    duration carrying one, not part of the expression itself."""
    for tok in ancestors(root)[1:]:
        if span.start <= tok.i < span.end:
            continue
        if _is_verb(tok):
            return False
        if offset_phrase(tok) or (tok.dep_ == "prep" and tok.lower_ in ("after", "before") and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS for c in tok.children)):
            return True
    return False


#: Marks that set a phrase or clause off from the rest of its sentence.
_SET_OFF = frozenset({",", ";", "(", ")", "--", "\u2013", "\u2014"})


def remoteness(sdoc: Any, root: Any, trig: int, anchors: dict[int, int]) -> tuple[int, ...]:
    """How far a time expression reaching a trigger stands from it, for choosing among several that reach one
    trigger: whether its path passes through a clause of its own (a participle or relative clause: "the pact,
    signed in 1951, was extended on Tuesday"), then whether it meets the trigger at a verb the trigger took in as
    its content rather than at its own word, then whether it is set off from the trigger's highest word (an
    apposition "X, in office since 2021, met Y on Saturday"; a fronted clause the parser hung on the main verb
    "Before he flew on Sunday, X met Y on Friday"; not a plain fronted time, "On Monday, X met Y"), then the arcs
    of its path, then its place in the text."""
    path = []
    for tok in ancestors(root):
        if anchors.get(tok.i) == trig:
            break
        path.append(tok)
    else:
        return (1, 1, 1, 99, root.i)
    # the trigger's word highest in the tree (its verb rather than a complement or argument it took in)
    head = min((sdoc[i] for i, n in anchors.items() if n == trig), key=lambda t: len(ancestors(t)))
    through = int(any(_is_verb(t) for t in path[1:]))
    at_content = int(_is_verb(tok) and tok.i != head.i)  # met at a verb the trigger took in: its content's time
    return (through, at_content, int(_set_off(sdoc, root, head)), len(path), root.i)


def _set_off(sdoc: Any, root: Any, head: Any) -> bool:
    """Whether ``root`` lies in a stretch of its sentence between commas (or dashes, brackets) that does not hold
    ``head`` and that is a clause of its own (holds a verb) or a parenthesis (marks on both sides)."""
    top = ancestors(root)[-1]
    first, last = top.left_edge.i, top.right_edge.i
    lo = root.i
    while lo > first and sdoc[lo - 1].text not in _SET_OFF:
        lo -= 1
    hi = root.i
    while hi < last and sdoc[hi + 1].text not in _SET_OFF:
        hi += 1
    if lo <= head.i <= hi:
        return False
    if any(_is_verb(sdoc[i]) for i in range(lo, hi + 1)):
        return True
    return lo > first and hi < last
