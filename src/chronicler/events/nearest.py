"""Roles the syntax leaves empty, filled from the nearest coded mentions of the trigger's clause (lower confidence)."""

from __future__ import annotations

from typing import Any

from chronicler.events.fillers import clause_of, distinct
from chronicler.events.forces import FORCE_TYPES, is_event_noun
from chronicler.events.roles import Filler, RoleReader
from chronicler.events.setting import PLACE_NOUNS  # noqa: F401 (the old import path)
from chronicler.events.setting import FACILITY_NOUNS, is_place_noun, is_setting_noun
from chronicler.events.triggers import Trigger

#: Confidence factor for a role read by proximity rather than syntax.
NEAREST_FACTOR = 0.5
EMBEDDED_DEPS = frozenset({"relcl"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place(tok: Any) -> bool:
    """A place: a place entity ("in X"), or a place noun ("near the town of X", "at a camp")."""
    if tok.ent_type_ in PLACE_LABELS:
        return True
    return is_place_noun(tok, FACILITY_NOUNS)


def _place_object(tok: Any) -> bool:
    """True when ``tok`` is the place object of an "in/at/near" phrase on a verb or an event noun."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and (prep.head.pos_ in ("VERB", "AUX")
                                                                  or is_event_noun(prep.head)) and _place(tok)


class _Setting:
    """Whether a word of one clause (``top``'s subtree) lies in the setting of an act: an "in/at/near <place>"
    phrase (a place entity in its object) on a verb or an event noun ("talks in X", "a bombing near X"; not "the
    villages near X") on its way up to ``top``. Each word is tested once: the walks up share their upper steps."""

    def __init__(self, top: Any):
        self.top = top.i
        self.tested: dict[int, bool] = {}

    def __call__(self, tok: Any) -> bool:
        hops = 0
        while tok.i != self.top and tok.head.i != tok.i and hops < 12:
            found = self.tested.get(tok.i)
            if found is None:
                found = self.tested[tok.i] = _place_object(tok)
            if found:
                return True
            tok, hops = tok.head, hops + 1
        return False


#: Verbs of telling whose object is an audience ("told reporters", "briefed journalists").
TELLING_VERBS = frozenset({"tell", "brief", "inform", "address", "assure"})


def _audience(tok: Any) -> bool:
    """A word of the object of a telling verb ("told reporters", "briefed lawmakers")."""
    t = tok
    while t.dep_ in ("compound", "amod", "det", "poss") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in TELLING_VERBS


def nearest_roles(reader: RoleReader, trig: Trigger, source: Filler | None,
                  target: Filler | None) -> tuple[Filler | None, Filler | None]:
    """Fill an empty role with the nearest coded mention left (source) or right (target) of the trigger, inside
    the trigger's clause; such fillers get a lower confidence. Uncoded mentions are never used this way."""
    if source is not None and target is not None:
        return source, target
    top = clause_of(trig.head)
    own = {t.i for t in trig.tokens}
    # Embedded clauses (relative, adverbial, reported) speak of other acts; only the trigger's own path stays.
    clause = list(top.subtree)
    cut = {t.i for c in clause if c.dep_ in EMBEDDED_DEPS and c.i != top.i and trig.head.i not in
           {x.i for x in c.subtree} for t in c.subtree}
    words = [t for t in clause if t.i not in cut or t.i in own]
    in_place_phrase = _Setting(top)
    t_start, t_end = trig.char_span
    taken = {(f.start, f.end) for f in (source, target) if f is not None}
    coded = []
    for w in words:
        if not reader.index.within(w.idx, w.idx + len(w.text)):
            continue  # no mention here: nothing to fill a role with (the common case, so asked first)
        if _audience(w):
            continue  # "X told reporters after talks with Y": those told hear of the act, they take no part
        if in_place_phrase(w) or is_setting_noun(w) or (
                w.dep_ in ("amod", "compound") and is_setting_noun(w.head)):
            continue  # "talks in X", "flights over residential areas": the setting is no participant
        for f in reader._at(w.idx, w.idx + len(w.text), NEAREST_FACTOR):
            if f.actor is not None and (f.start, f.end) not in taken and all(f != g for g in coded):
                coded.append(f)
    if source is None:
        left = [f for f in coded if f.end <= t_start and distinct(f, target)]
        source = left[-1] if left else None
    if target is None and trig.type not in FORCE_TYPES:  # a show of force is aimed only when the syntax says so
        right = [f for f in coded if f.start >= t_end and distinct(f, source)]
        target = right[0] if right else None
    return source, target
