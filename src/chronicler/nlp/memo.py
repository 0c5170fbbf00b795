"""Per-Doc memos: results a stage computes from a spaCy Doc's parse, kept as long as that Doc lives.

A spaCy Doc is not changed after the ``nlp`` stage (no stage retokenizes or resets its entities), so anything
computed from its parse alone (a token's path to the root, the entity spans) can be computed once per Doc
instead of once per question. Memos are held in a weak mapping: they go with their Doc. Their values must hold
no Token or Span (those refer to their Doc and would keep it, and its memos, alive): plain ints and strings.
"""

from __future__ import annotations

import weakref
from itertools import compress, count
from dataclasses import dataclass
from typing import Any

from chronicler.nlp.view import DocView

_MEMOS: "weakref.WeakKeyDictionary[Any, dict[str, dict]]" = weakref.WeakKeyDictionary()


def doc_memo(doc: Any, name: str) -> dict:
    """The memo dict called ``name`` of spaCy Doc ``doc`` (created empty on first use). A parse view's memos are
    those of its spaCy Doc: the events stage (on the view) reuses what the actors stage (on the Doc) computed."""
    if doc.__class__ is DocView:
        doc = doc.spacy_doc
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
        doc = _spacy_doc(doc)  # a view's entities as spaCy gives them (no view spans, no view text built)
        text = seeded_text(doc)
        if text is None:
            ents = tuple(Ent(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc.ents)
        else:  # an entity's text is the Doc's text between its ends (spaCy joins its tokens anew on each ``.text``)
            ents = tuple(Ent(e.start, e.end, e.label_, text[a:b], a, b)
                         for e in doc.ents for a, b in ((e.start_char, e.end_char),))
        memo["all"] = ents
    return ents


def ent_of_token(doc: Any) -> dict[int, int]:
    """Token index → the position in :func:`doc_ents` of the entity holding that token (tokens outside every
    entity are absent), built once per Doc."""
    memo = doc_memo(doc, "ents")
    index = memo.get("of_token")
    if index is None:
        index = memo["of_token"] = {i: k for k, e in enumerate(doc_ents(doc)) for i in range(e.start, e.end)}
    return index


def seed_doc_text(doc: Any, text: str) -> None:
    """Record ``text`` as ``doc_text(doc)``: the text spaCy parsed ``doc`` from, which its ``doc.text`` always
    equals (the tokenizer keeps every character), known to the ``nlp`` stage without a join."""
    doc_memo(doc, "text")["text"] = text


def seeded_text(doc: Any) -> str | None:
    """The text recorded by :func:`seed_doc_text` for spaCy Doc ``doc`` (or built by :func:`doc_text`), None when
    there is none yet (no memo is created)."""
    memos = _MEMOS.get(doc)
    return None if memos is None or "text" not in memos else memos["text"].get("text")


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
        strings = token_strings(doc, attr)
        if lower:
            strings = map(str.lower, strings)  # type: ignore[assignment]
        found = memo[key] = tuple(compress(count(), map(values.__contains__, strings)))  # C loops
    return found


def token_strings(doc: Any, attr: str) -> tuple[str, ...]:
    """The string value of attribute ``attr`` ("LOWER", "TAG" ...) of every token of ``doc``, once per Doc (each
    ``token.lower_`` builds a Token and looks its string up anew)."""
    memo = doc_memo(doc, "strings")
    found = memo.get(attr)
    if found is None:
        doc = _spacy_doc(doc)
        column = doc.to_array(attr).tolist() if len(doc) else []
        found = memo[attr] = _strings_of(column, doc.vocab.strings)
    return found


def known_strings(doc: Any) -> dict[str, tuple[str, ...]]:
    """The string columns :func:`token_strings` has read so far for spaCy Doc ``doc`` (attribute → strings; the
    memo itself, so later reads show; empty when there are none yet, and none is created)."""
    memos = _MEMOS.get(doc)
    found = memos.get("strings") if memos is not None else None
    return found if found is not None else {}


#: The string of each spaCy string id met so far (an id is the hash of its string, or a symbol's fixed number: the
#: same in every vocabulary), so that a Doc's columns look up only the ids no Doc before had; cleared when it grows
#: past ``_MAX_STRINGS``.
_STRING_OF: dict[int, str] = {}
_MAX_STRINGS = 1 << 20


def _strings_of(column: list[int], strings: Any) -> tuple[str, ...]:
    """The strings of the spaCy string ids ``column`` (``strings``: the Doc's string store); only the ids not met
    before are looked up in the store."""
    missing = set(column).difference(_STRING_OF)
    found = {h: strings[h] for h in missing}
    if len(_STRING_OF) > _MAX_STRINGS:
        _STRING_OF.clear()
    _STRING_OF.update(found)
    try:
        return tuple(map(_STRING_OF.__getitem__, column))
    except KeyError:  # another thread cleared the kept strings meanwhile: the store answers
        return tuple(strings[h] for h in column)


def _spacy_doc(doc: Any) -> Any:
    """The spaCy Doc of a parse view, or ``doc`` itself."""
    return doc.spacy_doc if doc.__class__ is DocView else doc


def span_indices(indices: tuple[int, ...], start: int, end: int) -> tuple[int, ...]:
    """The members of sorted ``indices`` within ``[start, end)`` (a sentence's share of :func:`token_indices`)."""
    from bisect import bisect_left

    return indices[bisect_left(indices, start):bisect_left(indices, end)]
