"""Triggers that name no event of their own beside another trigger of the same sentence.

Found on a full annotation of example reports (``eval/data/event_full_gold.json``, tune part): an event word
inside another event's phrase is often the same happening told twice, or the thing another event acts on:

- the same happening twice: an event noun that is the object of a verb trigger of the same type ("provide ...
  aid", "travel on to Russia for a summit"), or a verb whose subject carries a participle trigger of the same type
  ("a missile fired by North Korea flew over Honshu": one launch);
- the thing stopped: an event noun that is the object of a suspension or withdrawal ("suspend food aid and talks":
  the SANCTION is the event; the aid and the talks are what it ends);
- an assertion: a request verb whose content states a fact ("insisting that the islands are Chinese territory");
- a protest's aim: a rejection, request or accusation in the purpose clause of a protest ("rallied to oppose the
  deployment"): PLOVER codes the protest, its aim is in its target.

Found on real news (Timeline17 tune part, session 10):
- the thing an event handles: an event noun that classifies another event noun or is its of-object ("an aid
  distribution", "the co-ordination of aid");
- a purpose told twice: the act a participle of aim names after an act of the same type ("began handing out food,
  aiming to feed a million people");
- a description of a group: what a group is "devoted to" doing ("a charity dedicated to helping orphans");
- a danger: "the threat posed by rising seas" names a risk, not an act of threatening.

Found on the blind structure set (``eval/data/event_structure_blind_s17.tsv``, tune part, session 17):
- the aim of an act: a verb trigger in the purpose clause of a verb that is an event itself ("sent troops to
  the border to curb migration"): what the act is for has not happened; the act is the event.

Found on the blind set "left" (``eval/data/event_left_blind_s18.tsv``, tune part, session 18):
- the document signed: an event noun that is the object of a signing verb, or carries its participle ("ratified
  a gas deal", "the accord signed by X and Y"): PLOVER codes one event, the signing (SUPPORT, CAMEO 057).

Found on the blind content set (``eval/data/event_content_blind_s16.tsv``, tune part, session 16):
- silence: a refusal whose content is only speaking ("declined to comment", "refused to give details").

Found on the blind mission set (``eval/data/mission_s15``, tune part, session 15):
- a record told of the act itself: the infinitive on "the first (only, last ...) N" that the act's participle
  or apposition makes its doer ("visited the city, becoming the first president to visit it", "flew to the
  capital, the first leader to go there"): the same act of the same type, told twice.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.policy import ruled_content

#: Modes of triggers that end something: their object is the thing ended, not an event.
STOPPING_MODES = frozenset({"discontinue", "withdraw"})
#: Types a protest's purpose clause carries ("to oppose", "to demand", "to denounce").
AIM_TYPES = frozenset({"REJECT", "REQUEST", "ACCUSE"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Prepositions of aim ("travel to Russia for a summit"); a setting ("discussed ... at their summit") is kept: the
#: act shares the dated event's date through it.
AIM_PREPS = frozenset({"for"})
#: Verbs of aim whose infinitive restates the purpose of the act they modify ("..., aiming to feed ...").
AIMING = frozenset({"aim", "seek", "hope", "intend", "try", "plan"})
#: Adjectives that make a record of an act ("the first leader to visit").
RECORD_WORDS = frozenset({"first", "second", "third", "last", "only", "latest"})
#: Adjectives of devotion whose complement says what a group does ("a charity devoted to helping ...").
DEVOTION = frozenset({"devoted", "dedicated", "committed"})


#: Verbs of refusing, and the speaking whose refusal is silence, not a rejection ("declined to comment").
REFUSING = frozenset({"decline", "refuse"})
SAYING = frozenset({"comment", "say", "elaborate", "specify", "disclose", "reveal", "confirm", "speculate",
                    "identify", "name", "answer", "respond", "explain", "detail"})
DETAILS = frozenset({"detail", "details", "information", "comment", "figure", "name", "timeline", "timetable"})


def _governor(noun: Any) -> Any | None:
    """The verb a noun is the object of: directly, through a coordination ("aid and talks"), or through a
    preposition of aim ("for a summit")."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in OBJECT_DEPS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in AIM_PREPS \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and _amount(tok.head.head):
        return _governor(tok.head.head)  # "provide $5 billion in aid", "sent 100 tonnes of food aid"
    return None


def _amount(tok: Any) -> bool:
    """A quantity noun ("$5 billion", "100 tonnes"): a number or a noun with a number of its own."""
    return tok.tag_ == "CD" or tok.tag_ == "$" or any(c.dep_ == "nummod" for c in tok.children)


def _assertion(t: Any) -> bool:
    """A request verb whose content is a plain statement of fact ("insisting that the islands are Chinese
    territory"): an assertion, not a request (a request's content is subjunctive or modal: "that X be freed")."""
    if t.type != "REQUEST" or t.noun is not None or t.complements:
        return False
    for c in t.head.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "be" and c.tag_ in ("VBP", "VBZ", "VBD") \
                and not any(a.dep_ == "aux" for a in c.children):
            return True
    return False


def _purpose_of(tok: Any) -> Any | None:
    """The verb a to-infinitive clause is the purpose of ("rallied ... to oppose")."""
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head
    return None


#: (act, aim) pairs where PLOVER codes the aim, not the act ("met the envoy to protest": ACCUSE; "sent troops to
#: help flood victims": AID; supporters mobilized to demonstrate: PROTEST), as ``main._coded_instead`` chooses.
#: (A government's "protest" is still PROTEST here: the stage makes it ACCUSE later.)
AIM_CODED = frozenset({("CONSULT", "ACCUSE"), ("CONSULT", "PROTEST"), ("MOBILIZE", "AID"), ("MOBILIZE", "PROTEST")})


def _aim_of_act(t: Any, by_head: dict[int, list[Any]]) -> bool:
    """A verb trigger heading the purpose clause ("to" + infinitive, an adverbial clause) of a verb that is an event
    itself: the aim of that act, not an act of its own ("sent troops to the border to curb migration", "deployed
    batteries to shore up the flank", "gave vessels to help it patrol"), unless PLOVER codes the aim instead."""
    h = t.head
    if t.noun is not None or h.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        return False
    acts = by_head.get(h.head.i, ())
    if any(o is t.content_of for o in acts):
        return False  # the content of the request or promise it hangs on ("called for X to resign")
    return bool(acts) and not any((o.type, t.type) in AIM_CODED for o in acts)


def _told_twice(t: Any, by_head: dict[int, list[Any]]) -> bool:
    """A verb trigger whose subject carries a past-participle trigger of the same type ("a missile fired by ...
    flew"; not "supporters, chanting slogans, marched": the march is the event, or "a commission set up to look
    into ... blamed")."""
    if t.standalone or t.noun is not None:
        return False
    for subj in (c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for acl in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if any(o.type == t.type for o in by_head.get(acl.i, ())):
                return True
    return False


def _handled(t: Any, nouns: set[int]) -> bool:
    """An event noun that classifies another event noun or is its of-object ("an aid distribution", "the
    co-ordination of aid"): the thing that event handles, not an event of its own."""
    n = t.noun
    if n.dep_ == "compound" and n.head.i in nouns:
        return True
    return n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.i in nouns


def _aim_restated(t: Any, triggers: list[Any]) -> bool:
    """A verb trigger in the infinitive of a participle of aim whose governing verb carries a trigger of the same
    type, itself or in its object ("began an aid distribution, aiming to feed ..."): one act, told twice."""
    h = t.head
    if t.noun is not None or h.dep_ != "xcomp" or h.head.lemma_.lower() not in AIMING or h.head.tag_ != "VBG" \
            or h.head.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    verb = h.head.head
    inside = {verb.i} | {x.i for c in verb.children if c.dep_ == "dobj" for x in c.subtree}
    return any(o is not t and o.type == t.type and (o.noun if o.noun is not None else o.head).i in inside
               for o in triggers)


def _record_restated(t: Any, triggers: list[Any]) -> bool:
    """A verb trigger in the infinitive on "the first/only/last N" whose sentence's act (the verb the participle
    or apposition of N hangs on) carries a trigger of the same type: "met X, becoming the first leader to hold
    talks with him" is one meeting."""
    h = t.head
    if h.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        return False
    noun = h.head
    if noun.dep_ not in ("attr", "appos") or not any(c.dep_ == "amod" and c.lower_ in RECORD_WORDS
                                                     for c in noun.children):
        return False
    act = noun.head
    while act.pos_ != "VERB" or act.lemma_.lower() in ("become", "be"):
        if act.head.i == act.i:
            return False
        act = act.head
    return any(o is not t and o.type == t.type and o.head.i == act.i for o in triggers)


def _described(t: Any) -> bool:
    """A verb trigger that says what a group is devoted to ("a charity dedicated to helping orphans")."""
    h = t.head
    return t.noun is None and h.dep_ == "pcomp" and h.head.lower_ == "to" and h.head.head.lower_ in DEVOTION


def _danger(t: Any) -> bool:
    """A threat noun with a "posed" participle ("the threat posed by the loss of forests"): a risk, not an act."""
    return t.standalone and t.noun.lemma_.lower() == "threat" \
        and any(c.dep_ == "acl" and c.lemma_.lower() == "pose" for c in t.noun.children)


def spoken_content(verb: Any) -> Any | None:
    """The infinitive of speaking that a refusing verb takes ("declined to give details", "refused to comment on
    the report", "declined to say where the ships were"), or None."""
    if verb.lemma_.lower() not in REFUSING:
        return None
    for c in verb.children:
        if c.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        lemma = c.lemma_.lower()
        if lemma in SAYING or (lemma in ("give", "provide", "offer") and any(
                o.dep_ == "dobj" and o.lemma_.lower() in DETAILS for o in c.children)):
            return c
    return None


def silenced(tok: Any) -> bool:
    """True for the speaking a source refused ("give" in "declined to give details"): no act of its own."""
    return tok.dep_ == "xcomp" and spoken_content(tok.head) is tok


def _silence(t: Any) -> bool:
    """A refusal whose content is only speaking: a source keeping quiet, no rejection of any act."""
    return t.type == "REJECT" and t.noun is None and spoken_content(t.head) is not None \
        and all(o.standalone for o in t.complements)  # an act in the content: "refused to say it would pay"


#: The CAMEO code of signing a formal agreement (PLOVER SUPPORT).
SIGNING_CAMEO = "057"


def _signed(t: Any, by_head: dict[int, list[Any]]) -> bool:
    """An event noun that is the document a signing verb signs: its object ("inked a deal") or the noun its
    participle modifies ("the accord signed by X"): the signing is the one event."""
    if not t.standalone:
        return False
    gov = _governor(t.noun)
    heads = [gov] if gov is not None else []
    heads += [c for c in t.noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(o is not t and o.sense.cameo == SIGNING_CAMEO for h in heads for o in by_head.get(h.i, ()))


def drop_nested(triggers: list[Any]) -> list[Any]:
    """The triggers of one sentence less those that name no event of their own (see the module docstring)."""
    by_head: dict[int, list[Any]] = {}
    for t in triggers:
        by_head.setdefault(t.head.i, []).append(t)
    nouns = {t.noun.i for t in triggers if t.noun is not None}
    ruled = ruled_content(triggers)  # what a law or treaty lets someone do (``policy.py``)
    keep = []
    for t in triggers:
        others = []
        if (t.noun if t.noun is not None else t.head).i in ruled:
            continue
        if t.standalone and _handled(t, nouns - {t.noun.i}):
            continue
        if _aim_restated(t, triggers) or _record_restated(t, triggers) or _described(t) or _danger(t):
            continue
        if t.standalone:
            gov = _governor(t.noun)
            others = [o for o in by_head.get(gov.i, ()) if o is not t] if gov is not None else []
            if any(o.type == t.type or o.sense.mode in STOPPING_MODES for o in others):
                continue
        elif t.type in AIM_TYPES:
            purpose = _purpose_of(t.head)
            if purpose is not None and any(o.type == "PROTEST" for o in by_head.get(purpose.i, ())):
                continue
        if _aim_of_act(t, by_head):
            continue
        if _told_twice(t, by_head) or _assertion(t) or _silence(t) or _signed(t, by_head):
            continue
        keep.append(t)
    return keep
