"""Words that set an act rather than take part in it: an area after a locative preposition ("flights over
residential areas"), even when the actors stage has coded it as a group of people."""

from __future__ import annotations

from typing import Any

#: Common nouns of an area ("residential areas", "the coastal district"): as a preposition's object, a setting.
AREA_NOUNS = frozenset({"area", "district", "neighborhood", "neighbourhood", "zone", "quarter", "suburb",
                        "outskirts", "vicinity", "sky", "skies", "airspace", "waters", "land", "ground", "coast",
                        "region", "street", "road", "field", "site"})
LOCATIVE_PREPS = frozenset({"over", "above", "in", "near", "around", "across", "within", "through", "along",
                            "into", "at", "inside", "outside", "off"})


def is_setting_noun(tok: Any) -> bool:
    """True for a common noun of an area after a locative preposition ("over residential areas", "in the
    district"): a place, never a participant, even when a mention covers it (a name is not: "in Okinawa")."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in AREA_NOUNS and tok.dep_ == "pobj"
            and tok.head.lower_ in LOCATIVE_PREPS)
