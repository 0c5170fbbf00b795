"""The source and target of one trigger: which of the readers in ``roles.py`` speaks for a verb, a noun on its
own or a noun inside a verb, passives, speech, pairs ("talks between X and Y") and the other side of a move.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.conditions import addressed, condition_party
from chronicler.events.coordinated import other_side, permitted
from chronicler.events.cues import prep_objects
from chronicler.events.fillers import Filler, clause_of, distinct, same_side
from chronicler.events.forces import FORCE_TYPES, force_roles
from chronicler.events.passives import act_agent, from_place
from chronicler.events.roles import TARGET_PREPS, RoleReader
from chronicler.events.triggers import MATERIAL_TYPES, Trigger

#: CAMEO "host a visit": PLOVER makes the visitor the actor, so the verb's object becomes the source.
HOST_CAMEO = "043"
#: Prepositions that set a noun event in the governing clause ("came for talks", "said after the meeting").
SETTING_PREPS = frozenset({"for", "in", "during", "at", "after", "before", "following"})
#: Verbs whose passive "from X" names the actor ("diplomats were expelled from X": X expelled them).
FROM_AGENT_VERBS = frozenset({"expel", "deport", "ban", "bar", "evict", "oust", "banish", "exile"})
#: Acts that take a stand on another act: their target is that act's actor.
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})
#: Prepositions of a verb that may give the cause or setting of the act rather than its target.
CAUSE_PREPS = frozenset({"over", "for", "from", "at"})
NOUN_TARGET_PREPS = frozenset({"with", "to", "against", "on", "upon", "toward", "towards"})
#: Types a coordinated pair of countries does with each other ("X and Y met", "X and Y agreed").
PAIR_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: The prepositions that still name a third party beside such a pair ("X and Y met with Z").
PAIR_PREPS = frozenset({"with", "against", "to", "toward", "towards", "into"})


def read_roles(reader: RoleReader, trig: Trigger) -> tuple[Filler | None, Filler | None, bool]:
    """Source and target fillers of a trigger, and whether they are a reciprocal pair."""
    head = trig.head
    src: list[Filler] = []
    tgt: list[Filler] = []
    if trig.standalone:  # a noun on its own
        src, tgt = reader.noun_roles(head, trig.type)
        gov = head.head
        if not src and head.dep_ == "pobj" and gov.lower_ in SETTING_PREPS \
                and gov.head.pos_ in ("VERB", "AUX"):
            src = reader.subject(gov.head)[0]  # "negotiators return to Geneva for talks"
        if not src and head.dep_ == "dobj" and gov.pos_ == "VERB":
            # "X and Y set up a joint venture": the verb's subject likely does the noun's act (a verb outside the
            # lexicon may also stop or judge it: a weak reading)
            src = [Filler(f.actor, f.start, f.end, f.confidence * 0.5) for f in reader.subject(gov)[0]]
        if not tgt and head.dep_ == "dobj" and gov.pos_ == "VERB":  # "handed X an ultimatum": X receives it
            tgt = [f for c in gov.children if c.dep_ in ("dative", "dobj") and c.i < head.i
                   for f in reader.fillers(c) if not src or distinct(f, src[0])]
        if not src and trig.type not in MATERIAL_TYPES:  # "X said its proposal ...", "X said talks with Y ..."
            src = [Filler(f.actor, f.start, f.end, f.confidence * 0.7) for f in reader.speaker(clause_of(head))]
    else:
        gov = trig.governor.head if trig.governor is not None else None
        subj, passive = reader.subject(head, governor=gov)
        if head.dep_ == "acl" and head.tag_ == "VBN":  # "a missile fired by X": X acted on the noun
            subj, passive = [], True
        if not subj and not passive:  # a gerund used as a noun: "fighting between X and Y left 20 dead"
            subj = _between(reader, head)
        pair = trig.type in PAIR_TYPES and _distinct_pair(subj)
        if passive:
            src = reader.agent(head)
            if not src and head.lemma_.lower() in FROM_AGENT_VERBS:  # "were expelled from X"
                src = from_place(reader, head)
            if not src:  # "were killed in clashes with X" (``passives.py``)
                src = act_agent(reader, head)
            tgt = reader.passive_subject(head)
            if not src and trig.type in FORCE_TYPES and trig.sense.mode != "release":
                # "the army was deployed in X", "troops were withdrawn from X": the forces moved act
                src, tgt = tgt, (from_place(reader, head) if trig.type == "RETREAT" else [])
        else:
            src = subj
            if not src and head.tag_ in ("VBG", "VB"):  # "X said removing the sanctions on Y is ...": X's option
                clause = head.head if head.dep_ in ("csubj", "csubjpass") else head
                src = [Filler(f.actor, f.start, f.end, f.confidence * 0.6) for f in reader.speaker(clause)]
            if trig.type in FORCE_TYPES:
                src, tgt = force_roles(reader, trig, src)
            elif trig.type == "PROTEST":  # "rallied to oppose the deployment of X"
                tgt = reader.obliques(head, ("against",))
                for c in head.children:
                    if not tgt and c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children):
                        tgt = [f for o in c.children if o.dep_ == "dobj" for f in reader.fillers(o)]
                tgt = tgt or reader.objects(head, skip=trig.noun)
            else:
                preps = TARGET_PREPS
                if trig.noun is not None and _prep_target(trig.noun):  # "imposed sanctions on X over Y": the
                    preps = tuple(p for p in TARGET_PREPS if p not in CAUSE_PREPS)  # noun's X, not the cause
                if trig.type == "ASSAULT" and len(src) > 1 and distinct(src[0], src[1]):
                    preps = tuple(p for p in preps if p != "at")  # "X and Y clashed at a crossing": each other
                if pair:  # "X and Y met on the sidelines of Z": each other (not "the two" guessed before)
                    preps = tuple(p for p in preps if p in PAIR_PREPS)
                tgt = reader.objects(head, skip=trig.noun, preps=preps, stance=trig.type in STANCE_TYPES)
                if pair:  # "X and Y discussed the reopening of the crossing": what they discussed, no third side
                    tgt = _countried(tgt)
                if trig.type == "THREATEN" and not addressed(reader, head):  # "threatened to X if Y did Z": Y
                    tgt = condition_party(reader, head, src) or tgt
        if trig.noun is not None:
            n_src, n_tgt = reader.noun_roles(trig.noun, trig.type)
            if pair and not prep_objects(trig.noun, PAIR_PREPS):
                n_tgt = []  # "X and Y conducted a joint patrol over the Sea of Japan": where, not with whom
            tgt = tgt or n_tgt
            if not tgt and src and n_src and not same_side(n_src[0], src[0]) and distinct(n_src[0], src[0]):
                tgt = n_src[:1]  # "X would not lift the Y embargo": the noun's other country is X's target
            src = src or n_src
        if not tgt and len(src) > 1 and distinct(src[0], src[1]) and trig.type not in FORCE_TYPES:
            tgt = src[1:2]  # "X and Y agreed to ...": a reciprocal pair comes before the content's objects
        for comp in trig.complements:  # "demanded that X ...", "agreed to meet X"
            if tgt:
                break
            csub, _ = reader.subject(comp.head) if comp.head.dep_ == "ccomp" else ([], False)
            if trig.type == "AGREE" and src:  # "pledged that <its own country> would ...": a pledge, not a target
                csub = [f for f in csub if not same_side(f, src[0])]
            tgt = [f for f in csub if not src or distinct(f, src[0])] or reader.objects(comp.head, skip=comp.noun)
            if not tgt and comp.noun is not None:
                tgt = reader.noun_roles(comp.noun)[1] or reader.noun_roles(comp.noun)[0]
            if pair:  # the content's uncoded things are no third side of a pair
                tgt = _countried(tgt)
    if not trig.standalone:
        allowed = [f for f in permitted(reader, head) if not src or distinct(f, src[0])]
        tgt = allowed or tgt  # "X allowed U.N. inspectors to visit", "refused to let U.S. troops use ..."
    if not tgt and len(src) > 1 and distinct(src[0], src[1]) and trig.type not in FORCE_TYPES:
        tgt = src[1:2]
    if not tgt and trig.sense.role != "act" and not trig.standalone:  # "proposed updating X to Y"
        for c in head.children:
            if c.dep_ == "ccomp" and not tgt:  # "demanded that X forsake ...", not "pledged that <own side> ..."
                tgt = [f for f in reader.subject(c)[0] if not src or (
                    distinct(f, src[0]) and not (trig.type == "AGREE" and same_side(f, src[0])))]
            if c.dep_ in ("xcomp", "ccomp") and not tgt:
                tgt = reader.obliques(c)
                for o in (g for g in c.children if g.dep_ == "dobj"):
                    tgt = tgt or reader.noun_roles(o)[1]
    if trig.governor is not None:  # "X ordered patrols", "X ordered troops to ...", "X ordered Y to stop"
        src = src if src and head.dep_ != "xcomp" else (reader.subject(trig.governor.head)[0] or src)
        if not tgt:
            tgt = [f for c in trig.governor.head.children if c.dep_ in ("dobj", "dative") and c.i != head.i
                   for f in reader.fillers(c) if not src or distinct(f, src[0])]
    source = src[0] if src else None
    if tgt and len(src) > 1 and same_side(src[0], tgt[0]):  # "X and Y agreed to move ... from X": Y moves
        source = next((f for f in src[1:] if not same_side(f, tgt[0])), source)
    # among several candidates, one of the other side first ("X suspended flights between the two countries")
    target = next((f for f in tgt if distinct(f, source) and not (len(tgt) > 1 and source is not None
                                                                  and same_side(f, source))), None) \
        or next((f for f in tgt if distinct(f, source)), None)
    if target is not None and source is not None and same_side(target, source) and not trig.standalone:
        target = other_side(reader, head, source) or target  # "recalled its ambassador to X": X
    if trig.type == "CONSULT" and trig.sense.cameo == HOST_CAMEO and not trig.standalone and target is not None:
        pair = between_pair(reader, head)
        if source is not None and pair:  # "X hosted talks between Y and Z": X mediates, the parties receive
            return source, next((f for f in pair if distinct(f, source)), target), False
        return target, source, False  # PLOVER: the visitor is the actor, the host the recipient
    reciprocal = target is not None and len(src) > 1 and any(t is target for t in src)
    if target is None and len(src) > 1 and trig.type not in FORCE_TYPES:  # forces moving together: one actor
        target = next((f for f in src[1:] if distinct(f, source)), None)
        reciprocal = target is not None
    return source, target, reciprocal


def _distinct_pair(src: list[Filler]) -> bool:
    """True when the first two sources are two different sides named apart ("Egyptian and Israeli officials"),
    not one side twice nor "the two" read off one phrase."""
    return len(src) > 1 and distinct(src[0], src[1]) and not same_side(src[0], src[1]) \
        and (src[0].start, src[0].end) != (src[1].start, src[1].end)


def _countried(fillers: list[Filler]) -> list[Filler]:
    """The fillers coded with a country (or an international body's code): a pair's third side must be one."""
    return [f for f in fillers if f.actor is not None and f.actor.country]


def _between(reader: RoleReader, head: Any) -> list[Filler]:
    """The two sides a subjectless verb's own "between X and Y" names (a gerund standing as a noun: "fighting
    between Indian and Chinese troops"), when they are two different sides; else nothing."""
    pair = [f for g in prep_objects(head, ("between", "among")) for f in reader.fillers(g) if f.actor is not None]
    return pair if _distinct_pair(pair) else []


def _prep_target(noun: Any) -> bool:
    """True when an event noun has a target phrase of its own ("sanctions on X", "talks with X")."""
    return bool(prep_objects(noun, NOUN_TARGET_PREPS))


def between_pair(reader: RoleReader, head: Any) -> list[Filler]:
    """The parties of "talks between X and Y" when they are the object of ``head`` ("hosted talks between ...")."""
    for o in head.children:
        if o.dep_ in ("dobj", "nsubjpass"):
            for p in o.children:
                if p.dep_ == "prep" and p.lower_ in ("between", "among"):
                    return [f for g in p.children if g.dep_ == "pobj" for f in reader.fillers(g)]
    return []
