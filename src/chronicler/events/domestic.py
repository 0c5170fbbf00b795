"""Domestic acts: a protest, concession, act of force, demand or threat at home with no other side named is aimed
at the actor's own state, as the PLOVER gold records code them ("workers went on strike": the country's workers
against their country; "the government banned all rallies": the state against its own people).

The filler is the source's own country, read from the source's mention, at a low confidence
(``DOMESTIC_CONFIDENCE``) so a consumer can tell it from a target the text names. The events stage setting
``domestic_targets`` (default on) switches the rule off for data coded with such targets left empty. The types
are those whose GSR development records with a source never leave the target empty and often name the source's
own country (protests 10 of 13, concessions 6 of 6, coercion 4 of 8, demands 6 of 17, threats 5 of 15; the rest
name another side, which the text then gives); rejections (2 empty targets) and agreements, retreats and
meetings (the empty targets of the gold) are left as the text gives them.
"""

from __future__ import annotations

from chronicler.events.fillers import Filler
from chronicler.events.pairs import country_actor
from chronicler.events.triggers import Trigger

#: Types whose act, when the text names no other side, is aimed at home.
DOMESTIC_TYPES = frozenset({"PROTEST", "CONCEDE", "COERCE", "REQUEST", "THREATEN"})
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
    if trig.type not in DOMESTIC_TYPES or source is None or source.actor is None:
        return None
    code = source.actor.country
    if not code or code in NO_STATE:
        return None
    return Filler(country_actor(code, DOMESTIC_CONFIDENCE), source.start, source.end,
                  DOMESTIC_CONFIDENCE * source.confidence)
