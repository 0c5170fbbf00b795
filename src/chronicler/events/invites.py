"""Invitations to visit: the PLOVER manual codes "invitations for state visits" as AGREE (CONSULT, "Potential
ambiguities"), like the references to future visits they are: the host commits to receive the guest. CAMEO 036,
"express intent to meet". An invitation to anything else ("invited Y to a round of negotiations", "invited
investors to bid") stays a request.
"""

from __future__ import annotations

from typing import Any

#: Words of inviting (verb or noun).
INVITE_WORDS = frozenset({"invite", "invitation"})
#: CAMEO code of an announced meeting or visit.
INTENT_TO_MEET = "036"


def invitation_to_visit(trig: Any) -> bool:
    """True when ``trig`` (a ``triggers.Trigger``) invites someone to visit: an inviting verb or noun whose content
    is a visit ("invited X to make a state visit to Y", "an invitation to visit Y")."""
    words = {trig.head.lemma_.lower()} | ({trig.noun.lemma_.lower()} if trig.noun is not None else set())
    if not words & INVITE_WORDS:
        return False
    return any(c.type == "CONSULT" and c.sense.mode == "visit" for c in trig.complements)
