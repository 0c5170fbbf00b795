"""Source and target of a movement of forces (MOBILIZE, RETREAT): who moves, what is released, what is left."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.events.cues import prep_objects
from chronicler.events.fillers import distinct, same_side
from chronicler.events.lexicon import trigger_lexicon
from chronicler.events.triggers import Trigger

if TYPE_CHECKING:
    from chronicler.events.roles import Filler, RoleReader

#: Show-of-force events have a target only when aimed at someone ("over Japan" is not a target).
MOBILIZE_PREPS = ("against", "at", "toward", "towards")
FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT"})
#: A show of force at another's edge is aimed at it: "massed troops near the Georgian border", "off X's coast".
EDGE_PREPS = ("near", "along", "off", "on", "at", "to")
EDGE_NOUNS = frozenset({"border", "frontier", "coast", "shore", "waters", "boundary"})
RETREAT_PREPS = ("from", "to", "with")


def is_event_noun(tok: Any) -> bool:
    """True for a noun of the trigger lexicon ("blockade", "talks")."""
    return bool(trigger_lexicon().get(("noun", tok.lemma_.lower())))


def force_roles(reader: RoleReader, trig: Trigger, src: list[Filler]) -> tuple[list[Filler], list[Filler]]:
    """Source and target of a movement of forces (MOBILIZE, RETREAT) with an active verb.

    The moved forces are the actor's own ("moved U.S. Marines from X"); what is released is the target ("freed
    X"); a lifted measure names its target ("lifted the blockade on X"); the place left is "from X"; else the one a
    concession is made for ("opened the bridge to allow deliveries to X").
    """
    head = trig.head
    objs = [c for c in head.children if c.dep_ == "dobj"]
    measures = [c for c in objs if is_event_noun(c)]
    forces = [c for c in objs if not is_event_noun(c)]
    tgt: list[Filler] = []
    if trig.sense.mode == "release":
        tgt = [f for c in forces for f in reader.fillers(c)]
    else:
        src = src or [f for c in forces for f in reader.fillers(c, conjuncts=False)]
    if trig.type == "RETREAT":
        left = [g for h in [head] + forces for g in prep_objects(h, ("from",))]
        tgt = tgt or reader.obliques(head, ("from",)) or [f for c in forces for f in reader.obliques(c, ("from",))] \
            or [f for g in left for f in reader.place_at(g, 0.35)] \
            or [f for c in measures for f in reader.noun_roles(c)[1]] \
            or [f for c in measures for f in reader.noun_roles(c)[0]  # "lifted the Cuba embargo": Cuba
                if src and f.actor is not None and f.actor.country and not same_side(f, src[0])]
        if measures:  # "lifted economic sanctions on X" (the parser hangs "on X" on the verb)
            tgt = tgt or reader.obliques(head, ("on", "against"))
        tgt = tgt or reader.obliques(head, RETREAT_PREPS)
        if trig.sense.mode in ("release", "return"):  # "returned the statue to X": X, a place to the actors stage
            tgt = tgt or [f for g in prep_objects(head, ("to",)) for f in reader.place_at(g, 0.6)]
        if trig.sense.mode == "return":  # "handed back three Ukrainian ships": their owner
            tgt = tgt or [f for c in forces for f in reader.fillers(c) if not src or distinct(f, src[0])]
        purposes = [c for c in head.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        tgt = tgt or [f for c in purposes for f in reader.objects(c)]  # "opened the border to allow aid to X"
    else:  # aimed only when said so: "against X", or the purpose's "for a war against X"
        tgt = reader.obliques(head, MOBILIZE_PREPS)
        purpose = [g for h in [head] + forces for g in prep_objects(h, ("for",))]
        tgt = tgt or [f for g in purpose for f in reader.obliques(g, ("against", "on"))]
        edges = [g for h in [head] + objs for g in prep_objects(h, EDGE_PREPS) if g.lemma_.lower() in EDGE_NOUNS]
        for g in edges:  # "massed troops near X's border" (a border is a setting to ``fillers``: read its words)
            tgt = tgt or reader._at(min(t.idx for t in g.subtree), max(t.idx + len(t.text) for t in g.subtree), 0.6)
    return src, tgt
