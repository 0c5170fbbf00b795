"""Indexes for :func:`chronicler.actors.namekind.cued_names` (session 20, issue 7: speed).

``cued_names`` asks, for a document's subjects and the words after a media kind noun, whether a capitalised run
overlaps a component found before. Walking every token of the Doc (spaCy builds a Token on each step) and every
component for each run made it the actors stage's largest addition of session 19. These helpers give the same
answers from the per-Doc string columns (:mod:`chronicler.nlp.memo`) and a token → components map.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from chronicler.actors.comps import Comp
from chronicler.nlp.memo import token_indices

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def after_media_kind(sdoc: Any, kinds: frozenset[str]) -> frozenset[int]:
    """Indices of the tokens right after a lower-case word of ``kinds`` ("the daily X": X's index)."""
    n = len(sdoc)  # the kind words are rare: their own Tokens, not the Doc's whole text column
    return frozenset(i + 1 for i in token_indices(sdoc, "LOWER", kinds) if i + 1 < n and sdoc[i].text.islower())


def subject_or_after(sdoc: Any, after: frozenset[int]) -> list[int]:
    """The indices, in order, of the tokens that are a clause's subject or are in ``after``."""
    subjects = token_indices(sdoc, "DEP", SUBJECT_DEPS)
    return sorted(after.union(subjects)) if after else list(subjects)


def comps_by_token(comps: Iterable[Comp]) -> dict[int, list[Comp]]:
    """Token index → the components over it (an empty component is filed under its start)."""
    out: dict[int, list[Comp]] = {}
    for c in comps:
        for i in (c.tokens() or (c.start,)):
            out.setdefault(i, []).append(c)
    return out


def overlapping(index: dict[int, list[Comp]], start: int, end: int) -> Iterator[Comp]:
    """The components of ``index`` that overlap tokens ``[start, end)`` (``c.start < end and c.end > start``),
    each once."""
    seen: set[int] = set()
    for i in range(start, end):
        for c in index.get(i, ()):
            if id(c) not in seen and c.start < end and c.end > start:
                seen.add(id(c))
                yield c

