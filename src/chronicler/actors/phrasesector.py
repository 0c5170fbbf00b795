"""Sector helpers of :mod:`.coding`: the sector a modifier or a body's head word gives, a former holder's sector
(ELI for former officials), the place in an institution's name, and whether a sector was borrowed rather than
listed. Split out of :mod:`.coding` (session 16).
"""

from __future__ import annotations

import re

from chronicler.actors.roots import span_root
from chronicler.actors.extract import Comp, Phrase
from chronicler.actors.lexicon import Entry, Lexicon
from chronicler.actors.wording import keyword_sector as _keyword_sector

#: Sectors of offices whose former holders are elites (ELI); a former doctor or editor keeps the sector.
OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "PRM"}
#: Roles of titles that are also courtesy titles ("Dr"): an office named beside them says more.
COURTESY_ROLES = {"doctor"}


def former_sector(sector: str | None) -> str | None:
    """The sector of a former holder of a role in ``sector``: PLOVER's ELI for former officials (or an unknown
    role), the same sector for a former doctor or editor."""
    return "ELI" if sector is None or sector in OFFICES else sector


#: Sectors of sides, not offices: in exile a dissident, a rebel or a party leader still acts for the side.
EXILE_KEEPS = {"OPP", "REB", "PTY"}


def exiled_side(sdoc, p: Phrase, sector: str | None) -> bool:
    """True when the only word of "former" the phrase has is "exiled" and ``sector`` is a side's, not an office's:
    "an exiled dissident" is still the opposition (PLOVER ELI is former officials), "the exiled president" an elite."""
    from chronicler.actors.grouping import FORMER

    if sector not in EXILE_KEEPS:
        return False
    words = [t.lower_ for t in sdoc[max(0, p.start - 3):p.end]]
    return "exiled" in words and not any(w in FORMER and w != "exiled" or w.startswith("ex-") for w in words)


#: State services whose former or exiled members (a plural of people: "exiled generals") are PLOVER ELI.
STATE_SERVICE = {"MIL", "COP", "JUD", "LEG", "SPY"}


def _people(sdoc, h: Comp) -> bool:
    """True when the head is a plural noun for people ("generals", "judges"), not a body ("the outgoing parliament")."""
    root = span_root(sdoc, h.start, h.end)
    return root.tag_ == "NNS" and root.lemma_.lower() not in {"forces", "force", "troops"}


def _head_word_sector(name: str) -> str | None:
    """The sector WordNet lends an unknown organisation's head word ("... Legion" MIL, "... Duma" LEG), the last
    word before any "of/for"; None when it lends nothing."""
    import re

    from chronicler.actors.wordsense import borrow

    words = re.split(r" (?:of|for) ", name)[0].split()
    if not words or not words[-1][:1].isupper():
        return None
    entry = borrow(words[-1].lower())
    return entry.sector if entry is not None else None


#: Sectors of bodies named after the town or state they stand in (universities, schools, hospitals): the place's
#: country is theirs.
PLACE_NAMED = {"EDU", "MED"}
_PLACE_NAME = re.compile(r"^(?:the\s+)?(?:University|College|Hospital|School)\s+of\s+(?:the\s+)?(.+)$|"
                         r"^(?:the\s+)?(.+?)\s+(?:State\s+)?(?:University|College|Hospital)$", re.IGNORECASE)


def place_in_name(name: str, lex: Lexicon) -> Entry | None:
    """The town, state or country an institution is named after ("University of Warwick" → Warwick), if the
    gazetteer knows it as a place of one country."""
    m = _PLACE_NAME.match(name.strip())
    if m is None:
        return None
    place = (m.group(1) or m.group(2)).strip()
    found = lex.lookup_name(place)
    if found is not None and found.kind in {"country", "capital", "place", "region"} and found.country:
        return found
    found = lex.city(place)
    return found if found is not None and found.country and found.confidence >= 0.5 else None


def _borrowed(c: Comp) -> bool:
    """True when the component's sector was borrowed through WordNet (wordsense.py) or learned (learned/act.py),
    not listed."""
    return c.entry is not None and c.entry.note.startswith(("wordnet", "learned"))


def _of_official(p: Phrase) -> bool:
    """True when the phrase's "of X" or possessive modifier names an office holder by title ("the son of the
    former president", "the president's wife")."""
    return any(c.kind == "title" and c.entry is not None and c.entry.sector in OFFICES for c in p.of + p.mods)


def _named_body_mod(p: Phrase) -> bool:
    return any(m.kind in {"institution", "igo"} and m.entry is not None for m in p.mods + p.of)


def _body_sector(p: Phrase) -> str | None:
    """The sector a modifier gives (institution, group noun or title), e.g. "army" in "army officers"."""
    for c in sorted(p.mods, key=lambda m: -m.end) + p.of:
        if c.kind == "igo" and p.head.kind in {"country", "demonym"}:
            continue  # "NATO-member Norway": a member, not a part of the body
        if c.kind in {"institution", "igo", "group"} and c.entry is not None and c.entry.sector:
            return c.entry.sector
        if c.kind == "title" and c.entry is not None and c.entry.sector not in {None, "GOV"} \
                and p.head.kind == "group":
            return c.entry.sector  # "student leaders", "rebel officials": the title says whose
        if c.kind == "org":
            s = _keyword_sector(c.text)
            if s:
                return s
    return None


#: Modifiers that make a post the state's: "the state comptroller", "federal treasurer", "city auditors".
STATE_WORDS = frozenset({"state", "federal", "provincial", "municipal", "county", "city"})
#: Posts a state has by that bare name that WordNet files under business ("the treasurer told parliament", "the
#: comptroller said"): with "the" and no owner, modifier or "of", the state's (a firm's is named: "the company's").
BARE_STATE_POSTS = frozenset({"treasurer", "comptroller"})
#: Posts only a state has, whatever sector a WordNet sister lends them ("the ombudsman": an investigator, police),
#: unless a body of another sector is named with them ("a bank ombudsman").
STATE_POSTS = frozenset({"ombudsman", "ombudsmen", "ombudsperson", "ombudswoman"})
#: Notes of the weakest sectors: lent by a WordNet sister, or learned (a treasurer is a banker's sister there).
WEAK_NOTES = ("wordnet: a sister of", "learned")


def state_office(sdoc, p: Phrase) -> str | None:
    """Why a post whose sector only a WordNet sister or the learned model gave is an office of the state (GOV):
    a state word modifies it ("the state comptroller", "city auditors"), or one holder of it belongs to a country
    ("the ombudsman of Argentina", "Peru's treasurer"); else None."""
    h = p.head
    if h.kind not in {"group", "title"} or h.entry is None or not h.entry.note.startswith(WEAK_NOTES):
        return None
    root = span_root(sdoc, h.start, h.end)
    word = next((c.lower_ for c in root.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < root.i
                 and c.lower_ in STATE_WORDS), None)
    if word is not None:
        return f"{word!r} before {h.text!r}: an office of the state"
    if root.lower_ in STATE_POSTS and _body_sector(p) in {None, "GOV"}:
        return f"{h.text!r}: a post only a state has"
    if root.lower_ in BARE_STATE_POSTS and not p.mods and not p.of and p.owner is None and any(
            c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return f"the bare {h.text!r}: no body named as its owner, the state's post"
    place = next((c for c in p.of if c.kind in {"city", "capital", "place", "region"} and c.entry is not None
                  and c.entry.country), None)
    if place is not None and root.tag_ == "NN":  # "the treasurer of Queensland": a province's or city's office
        return f"{h.text!r} of {place.text!r}: an office of that place's government"
    owner = next((c for c in p.mods + p.of if c.kind == "country" and c.entry is not None and c.entry.country), None)
    if owner is not None and root.tag_ == "NN" and (owner in p.of or sdoc[owner.end - 1].i + 1 < len(sdoc)
                                                   and sdoc[owner.end].lower_ in {"'s", "’s"}):
        return f"{h.text!r} of {owner.text!r}: an office of that state"
    return None
