"""The sentence's place against the report's home country (issue 6, session 14).

A dateline says where a report was filed, not where each of its groups is: "SEOUL - ... In Tokyo, demonstrators
marched" speaks of people in Tokyo. Two rules keep the home country from overriding what the text says:

* :func:`placed_elsewhere`: a local group (residents, protesters, police: ``countryguess.LOCAL`` sectors) whose own
  sentence places the action in a town or country of another state is not given the home country; the sentence's
  place decides (``countryguess._context``).
* :func:`filed_from`: a dateline whose country the report's own words never name, while they name other states,
  is only where the report was filed — a venue that hosts foreigners ("GENEVA - Syria's government and
  opposition ..."); its country is no home for the report's officials and delegates.
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.draft import Draft
from chronicler.actors.storyplace import NOT_STATES, _evidence, tally

#: Fewest mentions of other states (a lead's counted twice) that make a dateline never named a mere venue.
VENUE_MIN = 3
#: Lowest confidence of a place's country that counts as the sentence's word.
PLACE_CONF = 0.5


def placed_elsewhere(d: Draft, drafts: list[Draft], sdoc: Any, home: str) -> bool:
    """True when ``d``'s sentence names, as where something happens, a place whose country is not ``home``
    ("in Tokyo", "residents of Kupwara", "near the Afghan town of X") and no place of ``home``."""
    if sdoc is None:
        return False
    from chronicler.actors.countryguess import _elsewhere, _located

    codes = {p.country for p in drafts
             if p is not d and p.phrase.sentence == d.phrase.sentence and p.country and p.country not in NOT_STATES
             and p.country_conf >= PLACE_CONF and (p.kind == "place" or p.phrase.head.kind in {"city", "capital"})
             and _located(p, sdoc) and not _elsewhere(d, p, sdoc)}
    return bool(codes) and home not in codes


def filed_from(drafts: list[Draft], home: str | None) -> str | None:
    """``home``, unless the report's own words name states (at least :data:`VENUE_MIN` mentions, a lead's twice,
    as :func:`.storyplace.tally` counts them) and never ``home``: then None (the dateline is a venue)."""
    if home is None:
        return None
    counts, _ = tally(drafts, _evidence)
    return home if counts.get(home) or sum(counts.values()) < VENUE_MIN else None
