"""A state's own council under a name an international body also bears (session 24, issue 6).

The lexicon reads the bare "Security Council" as the UN's (right in "the Security Council voted to impose
sanctions"). Russia, Kazakhstan, Armenia and others have a Security Council of their own, and the news names it with
the state's word before it: "Russia's Security Council", "the Russian Security Council". There the state word says
whose council it is, so the component becomes that state's executive body (GOV), not the UN's. "UN Security
Council" and its spellings are their own, longer entries and never reach this rule.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from chronicler.actors.comps import Comp

#: Bare names of international bodies that states' own bodies also bear (lower case).
SHARED_NAMES = frozenset({"security council"})
#: Words after the council that make it the UN's seen from a member ("a British Security Council draft", "Russia's
#: Security Council veto", "Germany's Security Council seat"): the state acts at the UN, not in a council of its own.
UN_CONTEXT = frozenset({"resolution", "resolutions", "draft", "drafts", "text", "proposal", "seat", "seats", "veto",
                        "vetoes", "vote", "votes", "member", "members", "membership", "presidency", "bid", "ambassador",
                        "envoy", "diplomat", "diplomats", "delegation", "mission", "colleagues", "partners"})


def national_councils(comps: list[Comp], sdoc: Any) -> list[Comp]:
    """``comps`` with each bare "Security Council" that a state word (a country with "'s", or a state demonym)
    directly precedes recoded as that state's GOV body; the list itself when nothing changes."""
    if not any(c.kind == "igo" and c.text.lower() in SHARED_NAMES for c in comps):  # cheap gate: rarely true
        return comps
    by_end = {c.end: c for c in comps}
    out = list(comps)
    for k, c in enumerate(comps):
        if c.kind != "igo" or c.entry is None or c.text.lower() not in SHARED_NAMES:
            continue
        if c.end < len(sdoc) and sdoc[c.end].lower_ in UN_CONTEXT:
            continue
        state = _state_before(c, by_end, sdoc)
        if state is None or state.entry is None:
            continue
        code = state.entry.country
        entry = replace(c.entry, kind="institution", country=code, sector="GOV",
                        name=f"{c.text} ({code})", note=f"a state's council: {state.text!r} before it")
        out[k] = Comp(c.start, c.end, "institution", c.text, entry, c.inner)
    return out


def _state_before(c: Comp, by_end: dict[int, Comp], sdoc: Any) -> Comp | None:
    """The country with "'s" ("Russia's") or state demonym ("Russian") component right before ``c``, else None.
    A people's word with no state ("Kurdish"), a doubtful reading and a bare country word ("a U.S. Security Council
    draft") do not count."""
    end = c.start
    kinds = {"demonym"}
    if end > 0 and sdoc[end - 1].lower_ in {"'s", "’s", "'"}:
        end -= 1
        kinds = {"country"}
    s = by_end.get(end)
    if s is None or s.kind not in kinds or s.entry is None or not s.entry.country:
        return None
    if s.entry.country in {"IGO", "NGO", "IMG"} or s.entry.confidence < 0.8 or s.entry.note.startswith("people"):
        return None
    return s
