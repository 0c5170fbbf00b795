"""PLOVER coding conventions on top of our events (for PLOVER export and the PLOVER gold standard).

We keep the action and its status apart ("will meet" = CONSULT, planned). PLOVER folds some statuses into the
type instead; ``plover_type`` applies those rules of the PLOVER manual:
- future/expected cooperative actions (CONSULT, SUPPORT, COOPERATE, AID) are AGREE;
- future or conditional RETREAT is CONCEDE (an announced withdrawal);
- future or conditional material conflict (ASSAULT, COERCE, SANCTION, MOBILIZE, PROTEST, RETREAT under a
  condition) is THREATEN;
- a negated cooperative action ("will not accept", "failed to reach agreement") is REJECT.

Under ``convention="cameo"`` (data coded from CAMEO codes, such as the PLOVER gold standard built from CAMEO
examples) an announced yield is CAMEO 035 "express intent to yield", which the CAMEO→PLOVER table maps to
AGREE: future or conditional CONCEDE and RETREAT become AGREE instead of staying CONCEDE; and, as the manual's
CAMEO→PLOVER table says, a code is reduced to its two-digit root's category ("destroy property", CAMEO 1712,
is COERCE under root 17, where PLOVER itself reads it as ASSAULT).
"""

from __future__ import annotations

from chronicler.events.lexicon import cameo_table
from chronicler.model import Event

FUTURE = frozenset({"planned", "expected", "proposed"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
NEGATABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


YIELDING = frozenset({"CONCEDE", "RETREAT"})
#: The manual's table of PLOVER equivalents of CAMEO root codes (01 and 02 are dropped there: we keep our type).
CAMEO_ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
               "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
               "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}


def cameo_root_type(event: Event) -> str:
    """The event's type read from its CAMEO code's two-digit root, when that code is the event's own (its table
    type is the event's type); else the event's type."""
    row = cameo_table().get(event.cameo or "")
    if row is None or row.plover != event.type:
        return event.type
    root = row.code[:2]
    if root == "08":
        return "CONCEDE" if row.code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return CAMEO_ROOTS.get(root, event.type)


def plover_type(event: Event, convention: str = "plover") -> str:
    """The PLOVER category of an event under the manual's conventions for future, conditional and negated acts
    (``convention="cameo"``: announced yields are AGREE, as CAMEO 035 maps)."""
    t, status = event.type, event.status
    if convention == "cameo":
        t = cameo_root_type(event)
    if convention == "cameo" and t in YIELDING and (status in FUTURE or status == "hypothetical"):
        return "AGREE"
    if status == "negated":
        return "REJECT" if t in NEGATABLE else t
    if status == "hypothetical":
        if t in MATERIAL_CONFLICT or t == "RETREAT":
            return "THREATEN"
        return "AGREE" if t in COOPERATIVE else t  # a conditional offer is a promise
    if status in FUTURE:
        if t in COOPERATIVE:
            return "AGREE"
        if t == "RETREAT":
            return "CONCEDE"
        if t in MATERIAL_CONFLICT:
            return "THREATEN"
    return t
