"""Words that set an act rather than take part in it: an area after a locative preposition ("flights over
residential areas"), even when the actors stage has coded it as a group of people; the one list of place nouns
the events readers share (settings, nearest-mention places, a visit's destination)."""

from __future__ import annotations

from typing import Any

#: Common nouns of a place: an area ("residential areas", "the coastal district"), a settlement or unit ("the town
#: of X", "the capital"), a site one is held at or travels to ("a camp", "the embassy", "the front"). As a
#: preposition's object such a noun is the setting of an act, or a visit's destination, never a participant.
PLACE_NOUNS = frozenset({"area", "district", "neighborhood", "neighbourhood", "zone", "quarter", "suburb",
                         "outskirts", "vicinity", "sky", "skies", "airspace", "waters", "land", "ground", "coast",
                         "region", "street", "road", "field", "site", "town", "city", "village", "capital",
                         "province", "border", "camp", "prison", "base", "port", "state", "part", "country",
                         "island", "front", "headquarters", "embassy", "airport", "territory", "kingdom", "republic",
                         "nation", "mainland"})
AREA_NOUNS = PLACE_NOUNS  # the old name
#: A gathering one travels to ("arrived for the summit"): a visit's destination, but an event, not a setting.
GATHERING_NOUNS = frozenset({"summit"})
#: Facilities things are held or delivered at ("rioted at a jail", "flew food to evacuation centers"): the setting of
#: an act for the nearest-mention reader, but no visit's destination, and left out of ``is_setting_noun`` (there
#: "jail" would drop the nationality of "prisoners in Turkish jails" from the roles: an output change).
FACILITY_NOUNS = frozenset({"jail", "center", "centre"})
LOCATIVE_PREPS = frozenset({"over", "above", "in", "near", "around", "across", "within", "through", "along",
                            "into", "at", "inside", "outside", "off"})


def is_place_noun(tok: Any, also: frozenset[str] = frozenset()) -> bool:
    """True when the token's lemma or form is a common noun of a place (``PLACE_NOUNS``, or the ``also`` set)."""
    return any(w in PLACE_NOUNS or w in also for w in (tok.lemma_.lower(), tok.lower_))


def is_setting_noun(tok: Any) -> bool:
    """True for a common noun of an area after a locative preposition ("over residential areas", "in the
    district"): a place, never a participant, even when a mention covers it (a name is not: "in Okinawa")."""
    return (tok.pos_ == "NOUN" and is_place_noun(tok) and tok.dep_ == "pobj"
            and tok.head.lower_ in LOCATIVE_PREPS)
