"""The international community as the side an appeal is made to.

An appeal or demand "to the international community", or "for international help/mediation/aid", asks the
world's states and bodies together: our check sets written to the GSR's convention code that side as an
international body (IGO), never as the appealing state itself (which the domestic rule would otherwise give an
appeal with no side named). Read off the parse: a noun of help, mediation or community that "international"
modifies, as the object of the request or of its to/for/on/from phrase.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.cues import prep_objects
from chronicler.events.fillers import Filler
from chronicler.events.triggers import Trigger
from chronicler.model import Actor

#: Nouns whose "international" kind names the world's states and bodies as the side asked.
ASKED_NOUNS = frozenset({"community", "help", "aid", "assistance", "support", "mediation", "mediator", "mediators",
                         "intervention", "involvement", "action", "pressure", "donor", "donors", "relief",
                         "observer", "observers", "monitor", "monitors", "force", "peacekeeper", "peacekeepers",
                         "investigation", "inquiry", "probe", "protection"})
#: Modifiers that make such a noun the world's.
WORLD_WORDS = frozenset({"international", "global"})
#: Phrases of a request that name whom it asks ...
ADDRESS_PREPS = ("to", "on", "upon")
#: ... or what it asks for.
ASKED_PREPS = ("for", "from")
INTERNATIONAL_CONFIDENCE = 0.5
INTERNATIONAL = Actor("igo:international community", "international community", "organization", "IGO",
                      confidence=INTERNATIONAL_CONFIDENCE)


def international_addressee(trig: Trigger) -> tuple[Filler | None, bool]:
    """The international community as the target of a request made to it or for its help ("appealed to the
    international community", "a call for international aid"), and whether the text addresses it (its object or
    to/on phrase: it then outranks a target read off the request's content, "urged the international community
    to pressure X"); else (None, False)."""
    if trig.type != "REQUEST":
        return None, False
    heads = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    addressed = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative")]
    addressed += [g for h in heads for g in prep_objects(h, ADDRESS_PREPS)]
    asked = [g for h in heads for g in prep_objects(h, ASKED_PREPS)]
    for g in addressed + asked:
        if g.lemma_.lower() in ASKED_NOUNS and _worldwide(g):
            lo = min(t.idx for t in g.subtree)
            hi = max(t.idx + len(t.text) for t in g.subtree)
            return Filler(INTERNATIONAL, lo, hi, INTERNATIONAL_CONFIDENCE), any(g is a for a in addressed)
    return None, False


def _worldwide(noun: Any) -> bool:
    """True when "international" (or "global") modifies ``noun``."""
    return any(c.dep_ == "amod" and c.lower_ in WORLD_WORDS for c in noun.children)
