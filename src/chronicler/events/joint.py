"""Typing conventions for acts done jointly by two sides (PLOVER: AGREE covers commitments to cooperate).

Approving, endorsing or finalizing *someone else's* plan is political support (SUPPORT, CAMEO 051: "Washington
endorsed the Egyptian plan"); two governments approving a plan of their own ("Japan and the United States
approved a plan to ...", "the report was endorsed by the ministers of both countries") commit to carry it out
together: that is the agreement between them (AGREE, CAMEO 030), as adopting a plan already is in the lexicon.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.cues import objects

#: Verbs of accepting a text (their SUPPORT sense is praise of another's plan).
ACCEPT_VERBS = frozenset({"approve", "endorse", "finalize", "finalise", "ratify", "accept", "adopt", "unveil",
                          "announce"})
#: Nouns of a plan of action (not of an agreement already reached: signing that is SUPPORT in PLOVER).
PLAN_NOUNS = frozenset({"plan", "blueprint", "roadmap", "guideline", "proposal", "report", "outline", "scheme",
                        "program", "programme", "strategy"})


def joint_plan_acceptance(head: Any, source: Any, target: Any) -> bool:
    """True when a coordinated pair of two different countries accepts a plan (``head``: the trigger verb)."""
    if head is None or head.lemma_.lower() not in ACCEPT_VERBS:
        return False
    if source is None or target is None or not source.country or not target.country:
        return False
    if source.country == target.country:
        return False
    return any(o.lemma_.lower() in PLAN_NOUNS for o in objects(head))
