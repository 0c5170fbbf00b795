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

import numpy as np

_MEMOS: "weakref.WeakKeyDictionary[Any, dict[str, dict]]" = weakref.WeakKeyDictionary()


#: The Doc asked about last (a weak reference) and its memos: stages ask about one Doc many times in a row, and a
#: lookup in the weak mapping builds a new weak reference on every call.
_LAST: tuple[Any, dict[str, dict] | None] = (None, None)


def doc_memo(doc: Any, name: str) -> dict:
    """The memo dict called ``name`` of spaCy Doc ``doc`` (created empty on first use)."""
    global _LAST
    ref, memos = _LAST
    if ref is None or ref() is not doc:
        memos = _MEMOS.get(doc)
        if memos is None:
            memos = _MEMOS[doc] = {}
        _LAST = (weakref.ref(doc), memos)
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


def ent_of_token(doc: Any) -> dict[int, int]:
    """Token index → the position in :func:`doc_ents` of the entity holding that token (tokens outside every
    entity are absent), built once per Doc."""
    memo = doc_memo(doc, "ents")
    index = memo.get("of_token")
    if index is None:
        index = memo["of_token"] = {i: k for k, e in enumerate(doc_ents(doc)) for i in range(e.start, e.end)}
    return index


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token's text anew on each ``doc.text``)."""
    memo = doc_memo(doc, "text")
    text = memo.get("text")
    if text is None:
        text = memo["text"] = doc.text
    return text


def token_indices(doc: Any, attr: str, values: frozenset[str], lower: bool = False) -> tuple[int, ...]:
    """Indices (in order) of the tokens of ``doc`` whose attribute ``attr`` (a spaCy attribute name: "POS", "TAG",
    "DEP", "LOWER", "LEMMA", "ENT_TYPE") has a value in ``values`` (compared in lower case with ``lower``), once
    per Doc and question. A loop that only acts on such tokens walks these instead of building every Token
    (spaCy makes a new Token object on every step over a Doc)."""
    memo = doc_memo(doc, "token_indices")
    key = (attr, values, lower)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(np.flatnonzero(token_mask(doc, attr, values, lower)).tolist())
    return found


def token_mask(doc: Any, attr: str, values: frozenset[str], lower: bool = False) -> Any:
    """A boolean numpy array over the tokens of ``doc``: True where attribute ``attr`` has a value in ``values``
    (see :func:`token_indices`); masks of several attributes combine with ``&``, ``|`` and ``~``."""
    memo = doc_memo(doc, "token_masks")
    key = (attr, values, lower)
    found = memo.get(key)
    if found is None:
        column, text = _array(doc, attr, lower)
        wanted = [h for h, s in text.items() if s in values]
        found = memo[key] = np.isin(column, np.array(wanted, dtype=column.dtype))
    return found


def token_strings(doc: Any, attr: str, lower: bool = False) -> tuple[str, ...]:
    """The string value of attribute ``attr`` ("LOWER", "TAG" ...) of every token of ``doc`` (in lower case with
    ``lower``), once per Doc (each ``token.lower_`` builds a Token and looks its string up anew)."""
    memo = doc_memo(doc, "strings")
    found = memo.get((attr, lower))
    if found is None:
        column, text = _array(doc, attr, lower)
        found = memo[(attr, lower)] = tuple(map(text.__getitem__, column.tolist()))
    return found


def _array(doc: Any, attr: str, lower: bool) -> tuple[Any, dict[int, str]]:
    """The values of attribute ``attr`` of every token of ``doc`` (spaCy's ids, a numpy array) and the string of
    each distinct id (lower-cased with ``lower``), once per Doc."""
    memo = doc_memo(doc, "columns")
    found = memo.get((attr, lower))
    if found is None:
        column = doc.to_array(attr) if len(doc) else np.zeros(0, dtype=np.uint64)
        strings = doc.vocab.strings
        text = {h: (strings[h].lower() if lower else strings[h]) for h in np.unique(column).tolist()}
        found = memo[(attr, lower)] = (column, text)
    return found


def span_indices(indices: tuple[int, ...], start: int, end: int) -> tuple[int, ...]:
    """The members of sorted ``indices`` within ``[start, end)`` (a sentence's share of :func:`token_indices`)."""
    from bisect import bisect_left

    return indices[bisect_left(indices, start):bisect_left(indices, end)]
