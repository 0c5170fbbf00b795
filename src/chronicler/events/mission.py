"""Forces moved on a relief mission are AID, as PLOVER codes relief and peacekeeping deployments (CAMEO 07).

A report that calls a mission humanitarian, relief or reconstruction work tells what its troop movements are for:
"an advance team left for the region", "the unit arrived in X on Monday", "troops are expected to leave Japan
next month" are the delivery of that aid, not a show of force (MOBILIZE), a visit (CONSULT) or a withdrawal
(RETREAT: leaving one's own country is setting out, not pulling back). The mission words may stand in
another sentence than the movement, but within a few sentences of it (``MISSION_WINDOW``): a long report or a
page of readers' comments that names relief once does not make every troop movement in it aid; nor does a relief
well or a sigh of relief.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from typing import Any

from chronicler.events.lexicon import goldstein
from chronicler.events.main import trigger_token
from chronicler.model import Event, Mention
from chronicler.nlp.memo import token_indices

#: Words by which a report states that a mission brings aid.
AID_MISSION_WORDS = frozenset({"humanitarian", "relief", "reconstruction", "rebuild", "rebuilding", "reconstruct"})
#: Verbs of setting out and arriving.
MOVES = frozenset({"leave", "arrive", "depart", "head", "fly", "sail", "land", "deploy", "dispatch", "send",
                   "reach", "set"})
#: The types a movement of forces is read as without the mission's purpose.
MOVEMENT_TYPES = frozenset({"MOBILIZE", "CONSULT", "RETREAT"})
AID_CAMEO = "073"  # provide humanitarian aid


#: How many sentences away from a movement the mission may be stated (a report's paragraph, not its comments).
MISSION_WINDOW = 6
#: "relief" that is no aid: a relief well or valve, a sigh or expression of relief.
NOT_AID_RELIEF = frozenset({"well", "valve", "pitcher", "sigh", "express", "feel", "voice"})


def _states_mission(t: Any) -> bool:
    word = t.lemma_.lower()
    if word not in AID_MISSION_WORDS and t.lower_ not in AID_MISSION_WORDS:
        return False
    if word == "relief":
        near = {t.head.lemma_.lower(), t.head.head.lemma_.lower()} | {c.lemma_.lower() for c in t.children}
        if t.i + 1 < len(t.doc):
            near.add(t.doc[t.i + 1].lower_)  # the parser often leaves "relief well" unattached
        return not near & NOT_AID_RELIEF
    return True


def mission_sentences(sdoc: Any) -> set[int]:
    """Indexes of the sentences in which the report says its mission brings humanitarian, relief or
    reconstruction aid."""
    hits = sorted(set(token_indices(sdoc, "LEMMA", AID_MISSION_WORDS, lower=True))
                  | set(token_indices(sdoc, "LOWER", AID_MISSION_WORDS)))
    hits = [i for i in hits if _states_mission(sdoc[i])]  # only these tokens can state a mission
    if not hits:
        return set()
    return {k for k, sent in enumerate(sdoc.sents) if any(sent.start <= i < sent.end for i in hits)}


def _leaves_home(tok: Any, country: str | None, mentions: tuple[Mention, ...]) -> bool:
    """The movement's object is the forces' own country ("leave Japan"): they set out, they do not withdraw."""
    if country is None:
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        lo, hi = obj.idx, obj.idx + len(obj.text)
        if any(m.actor_id == f"country:{country}" and m.start < hi and lo < m.end for m in mentions):
            return True
    return False


def relief_movements(events: list[Event], sdoc: Any, mentions: tuple[Mention, ...]) -> list[Event]:
    """``events`` with the movements of military units retyped AID when the report states an aid mission."""
    moving = any(e.type in MOVEMENT_TYPES and e.status != "negated" for e in events)
    stated = mission_sentences(sdoc) if moving else set()  # most reports move no forces: no token scan
    if not stated:
        return events
    starts = [sent.start for sent in sdoc.sents]
    out = []
    for e in events:
        tok = trigger_token(e, sdoc) if e.type in MOVEMENT_TYPES and e.status != "negated" else None
        if tok is not None and not any(abs(bisect_right(starts, tok.i) - 1 - i) <= MISSION_WINDOW for i in stated):
            tok = None  # the mission is told of far from this movement (another story, a reader's comment)
        src = e.source
        # the movers are forces: a military actor, or the lexicon's "troops" reading of the subject
        forces = src is not None and (src.sector == "MIL" or e.mode == "troops")
        if tok is not None and tok.lemma_.lower() in MOVES and forces \
                and (e.type != "RETREAT" or _leaves_home(tok, src.country, mentions)):
            target = e.target if e.target is not None and e.target.country != src.country else None
            e = dataclasses.replace(e, type="AID", mode=None, cameo=AID_CAMEO, goldstein=goldstein(AID_CAMEO),
                                    target=target,
                                    context=tuple(dict.fromkeys(e.context + ("humanitarian",))))
        out.append(e)
    return out
