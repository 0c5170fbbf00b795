"""Source and target of a movement of forces (MOBILIZE, RETREAT): who moves, what is released, what is left."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.events.cues import prep_objects
from chronicler.events.fillers import distinct, named_side, same_side
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
#: Verbs whose object is the place the forces leave ("left Lebanon", "quit Iraq").
LEFT_VERBS = frozenset({"leave", "quit", "exit", "vacate", "abandon", "evacuate", "depart"})
#: Where forces one pulls back or reduces stand: a foreign place there is the side the retreat eases.
STATIONED_PREPS = ("in", "near", "around", "inside")


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
        if not tgt and src and head.lemma_.lower() in LEFT_VERBS:  # "Syrian troops left Lebanon": the country left
            tgt = [f for c in forces for f in reader.fillers(c) if f.actor is not None
                   and f.actor.kind == "country" and not same_side(f, src[0])][:1]
        if trig.sense.mode in ("release", "return"):  # "returned the statue to X": X, a place to the actors stage
            tgt = tgt or [f for g in prep_objects(head, ("to",)) for f in reader.place_at(g, 0.6)]
        if trig.sense.mode == "return":  # "handed back three Ukrainian ships": their owner
            tgt = tgt or [f for c in forces for f in reader.fillers(c) if not src or distinct(f, src[0])]
        purposes = [c for c in head.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        tgt = tgt or [f for c in purposes for f in reader.objects(c)]  # "opened the border to allow aid to X"
        tgt = tgt or [f for c in purposes for x in c.subtree for g in prep_objects(x, ("to", "into"))
                      for f in reader.place_at(g, 0.35)][:1]  # "opened the crossing to let trucks into X"
        # "cut its forces near X" (forces named as the object: "surrendered in X" leaves no side)
        if not tgt and objs and src and src[0].actor is not None and src[0].actor.country:
            stationed = [g for h in [head] + objs for g in prep_objects(h, STATIONED_PREPS)]
            tgt = [f for g in stationed for f in reader.place_at(g, 0.35)
                   if f.actor is not None and f.actor.country and not same_side(f, src[0])][:1]
    else:  # aimed only when said so: "against X", or the purpose's "for a war against X"
        tgt = reader.obliques(head, MOBILIZE_PREPS)
        purpose = [g for h in [head] + forces for g in prep_objects(h, ("for",))]
        tgt = tgt or [f for g in purpose for f in reader.obliques(g, ("against", "on"))]
        # an edge may hang on the object of another preposition: "placed its navy on standby along X's frontier"
        steps = [head] + objs + [g for h in [head] + objs for g in prep_objects(h, ("on", "in"))]
        edges = [g for h in steps for g in prep_objects(h, EDGE_PREPS) if g.lemma_.lower() in EDGE_NOUNS]
        for g in edges:  # "massed troops near X's border" (a border is a setting to ``fillers``: read its words)
            tgt = tgt or reader._at(min(t.idx for t in g.subtree), max(t.idx + len(t.text) for t in g.subtree), 0.6)
        tgt = tgt or adversary(reader, head, objs, src)
    return src, tgt


#: Prepositions that set a show of force about another country: "deployed warships around Taiwan".
AROUND_PREPS = ("around", "off", "near")
#: Subordinators of the clause a mobilization answers: "put forces on alert after the North launched a missile".
ANSWERING = frozenset({"after", "as", "following", "when"})


def _country_named(f: Filler) -> bool:
    """True for a filler the actors stage coded as a country itself ("the North" read as North Korea), which,
    unlike a person, names its side wherever it stands."""
    return f.actor is not None and f.actor.kind == "country" and bool(f.actor.country)


def adversary(reader: RoleReader, head: Any, objs: list[Any], src: list[Filler]) -> list[Filler]:
    """The foreign side a mobilization with no "against X" is aimed at: a country it is deployed around ("around
    Taiwan"), the other side of a border it reinforces ("border posts with Cambodia"), the one its purpose clause
    deters ("to deter Iran"), else the one whose act it answers ("after Chinese drones flew ..."). Only a country
    other than the source's counts: a deployment at home has no such side."""
    if not src or src[0].actor is None or not src[0].actor.country:
        return []
    home = src[0].actor.country

    def foreign(found: list[Filler]) -> list[Filler]:
        return [f for f in found if f.actor is not None and f.actor.country and f.actor.country != home][:1]

    found = []
    for h in [head] + objs:  # an actor, else a place the gazetteer codes ("around Taiwan": no actor mention)
        found = found or foreign(reader.obliques(h, AROUND_PREPS)) \
            or foreign([f for g in prep_objects(h, AROUND_PREPS) for f in reader.place_at(g, 0.6)])
    for o in objs:  # "reinforced its border posts with Cambodia" (the parser hangs "with" on either word)
        if not found and any(c.lemma_.lower() in EDGE_NOUNS for c in o.children if c.dep_ == "compound"):
            found = foreign(reader.obliques(o, ("with",)) or reader.obliques(head, ("with",)))
    edges = [g for g in prep_objects(head, EDGE_PREPS) if g.lemma_.lower() in EDGE_NOUNS]
    for g in edges:  # "moved units to the border with X": the other side of the edge it moves to
        found = found or foreign(reader.obliques(g, ("with",)) or reader.obliques(head, ("with",)))
    for a in [c for c in head.children if c.lower_ == "ahead"]:  # "called up reservists ahead of an offensive in X"
        for n in [n for n in prep_objects(a, ("of",)) if is_event_noun(n)]:
            found = found or foreign(reader.noun_roles(n)[1]) \
                or foreign([f for g in prep_objects(n, ("in", "on", "against")) for f in reader.place_at(g, 0.5)])
    for g in [g for g in prep_objects(head, ("after", "following")) if is_event_noun(g)]:
        # "went on alert after the North's missile launch": the act's possessor is the side it answers
        found = found or foreign([f for p in g.children if p.dep_ == "poss" for f in reader.fillers(p)])
    for c in head.children:
        if found:
            break
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            found = foreign([f for d in c.children if d.dep_ == "dobj" for f in reader.fillers(d)])  # "to deter X"
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ANSWERING for m in c.children):
            found = foreign([f for d in c.children if d.dep_ == "nsubj" for f in reader.fillers(d)
                             if named_side(d) or _country_named(f)])
    return found
