"""Titles shared by several names (issue 6, session 22): a plural title heading a list ("Envoys X of Norway, Y of
Qatar and Z of Egypt", "Ambassadors A of Denmark, B of France and C of Italy") and a numbered plural that sums up
the names before it ("X and Y of Bolivia met ...; the two ministers agreed ...") give their role and sector to each
name they cover. Only the role and sector: each name's country is its own ("of Qatar"), never the first one's.
Called by :func:`.coref.resolve` after the apposition and counterpart rules."""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft, _named

#: Number words a summing plural may carry ("the two ministers", "both envoys").
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
PLURAL_TAGS = {"NNS", "NNPS"}


def shared_titles(drafts: list[Draft], sdoc: Any) -> None:
    """Give the role and sector of a plural title to the names it covers (in place): the names joined to a titled
    name by apposition or coordination under a plural title word, and the named people a numbered plural sums up."""
    if sdoc is None:
        return
    heads = {_head(d, sdoc).i: d for d in drafts if d.kind == "person" and _named(d)}
    for d in drafts:
        if d.kind != "person" or not d.role or d.sector is None:
            continue
        if _named(d) and _plural_title(d, sdoc):
            head = _head(d, sdoc)
            on_title = head.dep_ == "appos" and d.phrase.start <= head.head.i < d.phrase.head.start
            tops = [head, head.head] if on_title else [head]
            for t in _members(tops):  # "Ambassadors X, Y and Z": the names may hang on the title word itself
                _give(heads.get(t.i), d)
        elif not _named(d):
            n = _count(d, sdoc)
            if n is None:
                continue  # no number sums the names up: the names before it are not gathered
            before = list({id(p.root()): p.root() for p in drafts if p.kind == "person" and _named(p)
                           and p.phrase.sentence == d.phrase.sentence and p.start < d.start}.values())
            if len(before) == n:
                for p in before:
                    _give(p, d)


def _head(d: Draft, sdoc: Any) -> Any:
    return span_root(sdoc, d.phrase.head.start, d.phrase.head.end)


def _plural_title(d: Draft, sdoc: Any) -> bool:
    """True when the words before the name in ``d``'s phrase end in a plural title noun ("Envoys", "ministers")."""
    before = [t for t in sdoc[d.phrase.start:d.phrase.head.start] if t.is_alpha]
    return bool(before) and _plural(before[-1])


def _plural(t: Any) -> bool:
    """True for a plural noun, also one the tagger reads as a singular name for its capital ("Envoys": a listed
    noun once its "s" is cut)."""
    from chronicler.actors.lexicon import default_lexicon

    w = t.lower_
    return t.tag_ in PLURAL_TAGS or (t.tag_ == "NNP" and w.endswith("s") and not w.endswith("ss")
                                     and default_lexicon().lookup_noun(w[:-1]) is not None)


def _members(tops: list[Any]) -> list[Any]:
    """The name tokens joined to ``tops`` by apposition or coordination, through one another ("X, Y and Z")."""
    out, todo = [], list(tops)
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN":
                out.append(c)
                todo.append(c)
    return out


def _count(d: Draft, sdoc: Any) -> int | None:
    """The number of people a definite plural ("the two ministers", "both envoys") sums up, if it says one."""
    head = _head(d, sdoc)
    if not _plural(head):
        return None
    words = {c.lower_ for c in head.children if c.dep_ in {"nummod", "det", "predet", "quantmod"}}
    n = [NUMBERS[w] for w in words if w in NUMBERS]
    return n[0] if len(n) == 1 and ("the" in words or "both" in words) else None


def _give(p: Draft | None, title: Draft) -> None:
    """``p`` (a named person with no role and no sector of its own) takes ``title``'s role and sector."""
    if p is None:
        return
    r = p.root()
    if r.kind != "person" or r.role is not None or r.sector is not None or r is title.root():
        return
    r.role, r.sector = title.role, title.sector
    r.evidence.append(f"role {title.role} from the plural title {title.text!r}")
