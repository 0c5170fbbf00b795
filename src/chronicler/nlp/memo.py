"""Per-Doc memos: results a stage computes from a spaCy Doc's parse, kept as long as that Doc lives.

A spaCy Doc is not changed after the ``nlp`` stage (no stage retokenizes or resets its entities), so anything
computed from its parse alone (a token's path to the root, the entity spans) can be computed once per Doc
instead of once per question. Memos are held in a weak mapping: they go with their Doc. Their values must hold
no Token or Span (those refer to their Doc and would keep it, and its memos, alive): plain ints and strings.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

_MEMOS: "weakref.WeakKeyDictionary[Any, dict[str, dict]]" = weakref.WeakKeyDictionary()


def doc_memo(doc: Any, name: str) -> dict:
    """The memo dict called ``name`` of spaCy Doc ``doc`` (created empty on first use)."""
    memos = _MEMOS.get(doc)
    if memos is None:
        memos = _MEMOS[doc] = {}
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


@dataclass(frozen=True)
class Ent:
    """An entity of a Doc as plain values (token range, label, text, character range)."""

    start: int
    end: int
    label_: str
    text: str
    start_char: int
    end_char: int


def doc_ents(doc: Any) -> tuple[Ent, ...]:
    """``doc.ents`` as plain values, built once per Doc (spaCy builds every entity Span anew on each
    ``doc.ents``)."""
    memo = doc_memo(doc, "ents")
    ents = memo.get("all")
    if ents is None:
        ents = memo["all"] = tuple(Ent(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc.ents)
    return ents
