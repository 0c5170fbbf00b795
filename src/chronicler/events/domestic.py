"""Domestic acts: a protest, concession, act of force, demand or threat at home with no other side named is aimed
at the actor's own state, as the PLOVER gold records code them ("workers went on strike": the country's workers
against their country; "the government banned all rallies": the state against its own people).

The filler is the source's own country, read from the source's mention, at a low confidence
(``DOMESTIC_CONFIDENCE``) so a consumer can tell it from a target the text names. The events stage setting
``domestic_targets`` (default on) switches the rule off for data coded with such targets left empty. The types
are those whose GSR development records with a source never leave the target empty and often name the source's
own country (protests 10 of 13, concessions 6 of 6, coercion 4 of 8, demands 6 of 17, threats 5 of 15,
assaults 5 of 15, rejections 5 of 17 against 2 empty; the rest name another side, which the text then gives).
Investigations with no side named ("police opened a probe into the deal", CAMEO 09) are coded at home by our sets
written to the GSR's convention (F, G); a criticism always has another side in the GSR (DISAPPROVE 8 of 8), so
one with none named stays untargeted; a denial answers an accuser and a withheld reply ("withheld its response") the one who asked:
both keep their target empty. A mobilization
is aimed at home only when it moves police ("drafted in riot police"): troops put on alert with no side named keep
an empty target, as the example corpus and our choice sets code them. Agreements, retreats and meetings (the empty
targets of the gold) are left as the text gives them.
"""

from __future__ import annotations

from chronicler.events.fillers import Filler
from chronicler.events.pairs import country_actor
from chronicler.events.triggers import Trigger

#: Types whose act, when the text names no other side, is aimed at home.
DOMESTIC_TYPES = frozenset({"PROTEST", "CONCEDE", "COERCE", "REQUEST", "THREATEN", "ASSAULT", "REJECT"})
#: Rejections that answer an accusation: their other side is the accuser, whom the text may not name.
DENIALS = frozenset({"deny"})
#: Possessives of a rejecting actor's own object.
OWN_WORDS = frozenset({"its", "their", "his", "her", "our"})
#: A mobilization is aimed at home only when it moves police: troops put on alert with no side named stay untargeted.
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie", "constabulary"})
#: Countries that are no state to be aimed at (international bodies).
NO_STATE = frozenset({"IGO", "NGO", "IMG"})
DOMESTIC_CONFIDENCE = 0.3


def with_domestic_target(trig: Trigger, roles: tuple[Filler | None, Filler | None, bool]
                         ) -> tuple[Filler | None, Filler | None, bool]:
    """``roles`` with an empty target, or one coded with no country ("fired tear gas at demonstrators": people
    the actors stage could not place), filled by ``domestic_target`` (a countryless target keeps its span)."""
    source, target, reciprocal = roles
    if target is None:
        target = domestic_target(trig, source)
    elif _placeless(target):
        home = domestic_target(trig, source)
        if home is not None:
            target = Filler(home.actor, target.start, target.end, home.confidence)
    return source, target, reciprocal


def _placeless(f: Filler) -> bool:
    """A target coded with no country that is no international body ("demonstrators" of nowhere)."""
    a = f.actor
    return a is not None and not a.country and a.kind in ("group", "person") and a.sector not in NO_STATE


def domestic_target(trig: Trigger, source: Filler | None) -> Filler | None:
    """The source's own country as the target of a domestic act, when the source has one."""
    if source is None or source.actor is None:
        return None
    if trig.type == "REJECT" and (trig.head.lemma_.lower() in DENIALS or _own_object(trig.head)):
        return None  # a denial answers an accuser, a withheld reply or support the one who asked: not home
    investigation = trig.type == "ACCUSE" and str(trig.sense.cameo or "").startswith("09")
    if trig.type not in DOMESTIC_TYPES and not investigation \
            and not (trig.type == "MOBILIZE" and _policing(trig, source)):
        return None
    code = source.actor.country
    if not code or code in NO_STATE:
        return None
    return Filler(country_actor(code, DOMESTIC_CONFIDENCE), source.start, source.end,
                  DOMESTIC_CONFIDENCE * source.confidence)


def _own_object(head: object) -> bool:
    """True when the verb's object is the actor's own ("withheld its response"): it is kept from another side."""
    return any(p.dep_ == "poss" and p.lower_ in OWN_WORDS for c in head.children if c.dep_ == "dobj"
               for p in c.children)


def _policing(trig: Trigger, source: Filler) -> bool:
    """A mobilization by or of police ("deployed riot police", "police were put on alert")."""
    if source.actor is not None and source.actor.sector == "COP":
        return True
    moved = [c for c in trig.head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    # a phrasal "drafted/brought in riot police" whose particle the parser read as a preposition
    moved += [g for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in POLICE_WORDS]
    return any(t.lemma_.lower() in POLICE_WORDS for c in moved for t in c.subtree)  # "thousands of riot police"
