"""Chains of mentions: how a draft that refers to another is linked to it and gives it what it lacks.

Used by every linking rule of :mod:`.coref` and :mod:`.grouprefs` (split out of coref.py in session 17).
"""

from __future__ import annotations

from chronicler.actors.coding import Draft
from chronicler.actors.kbroles import SHEIKH_TITLES

#: Roles read from a courtesy title ("Dr Besser"): any office or occupation the document gives the person wins.
WEAK_ROLES = {"doctor"}
#: Honorifics read as a title ("Sheikh"): an occupation the text gives the person in apposition says more.
WEAK_TITLES = SHEIKH_TITLES
PRONOUN_WINDOW = 3  # sentences back a pronoun may reach


def _merge_into(root: Draft, other: Draft, why: str) -> None:
    """``other`` refers to ``root``: link it and give the root what it lacks."""
    if other is root:
        return
    other.link = root
    if root.country is None and other.country is not None:
        root.country, root.country_conf = other.country, other.country_conf
        root.evidence.append(f"country {other.country} from {why} {other.text!r}")
    weak = root.role in WEAK_ROLES or (why == "apposition" and (root.title or "").lower() in WEAK_TITLES)
    if (root.role is None or (weak and other.role not in WEAK_ROLES)) and other.role is not None:
        root.role, root.sector, root.title = other.role, other.sector, other.title
    elif root.role is None and other.kind == "group" and other.phrase.head.entry is not None:
        # "Christopher Hill, the chief U.S. negotiator": a singular group noun in apposition is a role
        root.role, root.sector = other.phrase.head.entry.name, other.sector
    if root.poss is None and other.poss is not None:
        root.poss = other.poss
    root.counterpart = root.counterpart or other.counterpart
    if not root.kb_terms and other.kb_terms:
        root.kb_terms = other.kb_terms
