"""Armed men "loyal to" someone are that side's, not unidentified (session 24, issue 6).

PLOVER's UAF is for armed men nobody can place ("unknown gunmen"). "Gunmen loyal to the deposed president" or
"armed men loyal to a cleric" are placed by the words: the men of a side that is not the state's are armed
opposition (REB), those loyal to the sitting government, its army or police are a pro-government militia (PRM).
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.draft import Draft

#: Adjectives that tie armed men to a side ("loyal to", "allied to/with").
TIES = frozenset({"loyal", "allied"})
#: Sectors of the state: men loyal to them are a pro-government militia.
STATE_SIDES = frozenset({"GOV", "MIL", "COP", "SPY"})


def loyal_armed_men(drafts: list[Draft], sdoc: Any) -> None:
    """Recode each UAF group draft whose head noun is "loyal to"/"allied to" another coded actor: PRM when that actor
    is the state's (GOV, MIL, COP, SPY), else REB (a deposed ruler's, a cleric's, a warlord's, a rebel's men)."""
    for d in drafts:
        if d.sector != "UAF" or d.kind != "group":
            continue
        root = sdoc[d.phrase.head.start:d.phrase.head.end].root
        tie = next((t for t in root.children if t.lower_ in TIES and t.dep_ in {"amod", "acomp"}), None)
        if tie is None:
            continue
        obj = next((o for p in tie.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                    for o in p.children if o.dep_ == "pobj"), None)
        side = next((x for x in drafts if x is not d and x.phrase.start <= obj.i < x.phrase.end), None) \
            if obj is not None else None
        if side is None or side.sector is None:
            continue
        d.sector = "PRM" if side.sector in STATE_SIDES else "REB"
        d.evidence.append(f"{tie.text!r} to {side.text!r} ({side.sector}): armed men of that side, {d.sector}")
