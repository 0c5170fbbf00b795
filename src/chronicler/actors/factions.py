"""A faction of a body, and settlers in occupied land (session 25, issue 6).

A faction word ("hardliners", "reformists", "moderates", "a breakaway faction", "backbenchers",
``data/faction_words.csv``) names people by their stance inside a body, not by what they do: the learned model and
WordNet lend such words a civilian's or an insurgent's sector ("reformist" is a WordNet sister of "insurgent").
When the phrase says which body they are in or of ("hardliners in Iran's parliament", "reformists in the
cabinet", "a breakaway faction of the ruling party", "military hardliners"), they are members of that body and take
its sector: LEG, GOV, JUD, MIL, PTY, REB... A faction word with no body ("Iranian hardliners", "rebels in Mali")
keeps what it had.

Settlers in the West Bank, Gaza or East Jerusalem are Israel's civilians: the place after the noun names where
they live, which the ISO table codes as Palestine (PSE), not whose citizens they are.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.actors.draft import Draft
from chronicler.actors.roots import span_root
from chronicler.text.tables import data_rows

#: Sectors of bodies whose factions are their members ("hardliners in parliament" LEG); a faction "in" a people,
#: a place or a trade is no member of a body.
BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "PTY", "REB", "OPP", "COP", "SPY", "PRM"})
#: Adjectives before a faction word that name the body ("military hardliners", "party moderates").
BODY_ADJECTIVES = {"military": "MIL", "army": "MIL", "parliamentary": "LEG", "judicial": "JUD", "party": "PTY",
                   "cabinet": "GOV", "government": "GOV", "regime": "GOV"}
#: Head-noun sectors a body overrides: what a stance word was lent (civilians, insurgents) or none.
LENT_SECTORS = frozenset({"CVL", "REB", "OPP", None})


@lru_cache(maxsize=1)
def faction_words() -> frozenset[str]:
    """The faction head nouns of ``data/faction_words.csv``, lower case."""
    path = Path(__file__).resolve().parent.parent / "data" / "faction_words.csv"
    return frozenset(r[0].strip().lower() for r in data_rows(path))


def _body_of(d: Draft, sdoc: Any) -> tuple[str, str] | None:
    """(sector, the body's words) of the body a faction phrase is in or of, else None."""
    p = d.phrase
    body = next((c for c in p.in_ + p.of if c.entry is not None and c.entry.sector in BODY_SECTORS
                 and c.kind in {"group", "institution", "org"}), None)
    if body is not None:
        return body.entry.sector, body.text  # type: ignore[union-attr]
    root = span_root(sdoc, p.head.start, p.head.end)
    adj = next((t for t in root.lefts if t.dep_ in {"amod", "compound"} and t.lower_ in BODY_ADJECTIVES), None)
    return (BODY_ADJECTIVES[adj.lower_], adj.text) if adj is not None else None


def faction_bodies(drafts: list[Draft], sdoc: Any) -> None:
    """Give each faction phrase with a body named the body's sector (module docstring), in place."""
    words = faction_words()
    for d in drafts:
        # cheap gate first: the head's text against a small word set, before any parse work
        if d.kind != "group" or d.phrase.head.kind != "group" or d.phrase.head.text.lower() not in words:
            continue
        if d.sector not in LENT_SECTORS:
            continue
        found = _body_of(d, sdoc)
        if found is None or found[0] == d.sector:
            continue
        d.sector = found[0]
        d.evidence.append(f"{d.phrase.head.text!r} of {found[1]!r}: a faction of that body ({found[0]})")


#: Head nouns of settlers, and the ISO code of the land they settle.
SETTLERS = frozenset({"settler", "settlers"})
OCCUPIED = "PSE"
SETTLING_STATE = "ISR"


def settlers_state(drafts: list[Draft]) -> None:
    """Settlers whose only country is the occupied land they live in are Israel's (module docstring), in place;
    a modifier that names their own people ("Palestinian settlers") is left alone."""
    for d in drafts:
        if d.country != OCCUPIED or d.phrase.head.text.lower() not in SETTLERS:
            continue
        if any(m.kind in {"demonym", "country"} and m.entry is not None and m.entry.country == OCCUPIED
               for m in d.phrase.mods):
            continue
        d.evidence.append(f"{d.phrase.head.text!r} in {OCCUPIED}: the settling state's civilians")
        d.country = SETTLING_STATE
