"""Composite actor phrases whose own head says little: "leaders of the farmers' cooperatives", "a delegation of
Sudanese rebels", "X, a member of the national assembly". The head noun is generic (a rank, a part, a share of
a group), so the body named after "of"/"for" says whose they are: the head takes that body's sector (and its
country when it has none of its own). Runs on the coded drafts of one document, before resolution.
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.coref import SUPPORTERS
from chronicler.actors.draft import Draft, _named, _set_country
from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES

#: Head nouns that name part of a body or a share of a group, not a sector of their own.
PART_WORDS = GENERIC_GROUPS | {"head", "heads", "chief", "representatives", "representative", "members", "member",
                               "group", "groups", "team", "teams", "unit", "units", "contingent", "band",
                               "hundreds", "dozens", "thousands", "scores", "tens", "millions", "some", "many",
                               "spokesman", "spokeswoman", "spokesmen", "spokesperson", "spokespeople", "ranks"}
#: Sectors a body after "of" passes on to such a head (a country alone passes only its country).
PASSED = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "CVL", "BUS", "JRN", "MED", "EDU", "REL", "LAB",
          "AGR", "REF", "SPY", "CRM", "UAF", "ELI", "SOC", "NGO", "PRM"}
#: Sectors of a state's own bodies: a member of one is of that state.
STATE = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB"}
#: Prepositions after an appositive noun whose object is the body a person belongs to ("a member of", "an
#: officer in", "a doctor at").
BELONGS = {"of", "for", "at", "in", "with"}


def _generic(d: Draft) -> bool:
    """True when the draft's head names a part or share of a group, or a generic rank ("leaders", "delegation",
    "spokesman"); not a listed phrase of its own ("opposition members")."""
    text = d.phrase.head.text.lower()
    if text in SUPPORTERS:
        return False  # "supporters of X" take X's side after resolution (coref._supporters)
    return text in PART_WORDS or (d.role is not None and d.role in GENERIC_ROLES and d.name is None)


def _of_draft(d: Draft, by_head: dict[tuple[int, int], Draft]) -> Draft | None:
    """The coded draft of the first body or group named after the head through "of"/"for"/"from"."""
    for c in d.phrase.of:
        other = by_head.get((c.start, c.end))
        if other is not None and other is not d and other.kind in {"group", "organization", "person", "country"}:
            return other
    return None


def inherit_of(drafts: list[Draft]) -> None:
    """A generic head takes the sector of the body after its "of" ("Leaders of Ethiopia's farmers' cooperatives":
    AGR; "a delegation of Sudanese rebels": REB and SDN), in place. Kin and named people keep their own coding."""
    by_head = {(d.phrase.head.start, d.phrase.head.end): d for d in drafts}
    for d in drafts:
        if d.kind not in {"group", "person"} or _named(d) or not _generic(d):
            continue
        other = _of_draft(d, by_head)
        if other is None:
            continue
        own = any(m.entry is not None and m.entry.sector for m in d.phrase.mods if m.kind != "title")
        if other.sector in PASSED and other.kind in {"group", "organization"} and other.sector != d.sector \
                and not own:  # "opposition members of parliament": the modifier already says whose
            d.sector = other.sector
            d.evidence.append(f"sector {other.sector} from the body after the head {other.text!r}")
        if d.country is None and other.country is not None:
            _set_country(d, other.country, other.country_conf, f"the body after the head {other.text!r}")


def appositive_body(drafts: list[Draft], sdoc: Any) -> None:
    """A named person with no sector, described in apposition by a noun no table lists as a role ("X, a member of
    the Honduran national assembly"): the body after that noun ("of/for/at/in ...") gives the person's sector and,
    when the person has none and the body is a state's, country; a nationality on the noun or its body gives the country alone ("X, a
    Yemeni tribal chief"). In place."""
    if sdoc is None:
        return
    by_token = {i: d for d in drafts for i in range(d.phrase.start, d.phrase.end)}
    for d in drafts:
        if not _named(d) or d.sector is not None or d.role is not None:
            continue
        root = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        for ap in (c for c in root.children if c.dep_ == "appos" and c.i not in by_token):
            body = _body_after(ap, by_token)
            if body is not None and body.sector in PASSED and body.kind in {"group", "organization"}:
                d.sector = body.sector
                d.evidence.append(f"sector {body.sector} from {ap.text!r} of {body.text!r} in apposition")
            # a state's body says the state; an employer's seat is not its staff's country ("at the broker X")
            place = body if body is not None and body.country and (body.kind == "country" or body.sector in STATE) \
                else _nationality(ap, by_token)
            if d.country is None and place is not None and place.country not in {None, "IGO", "NGO"}:
                _set_country(d, place.country, place.country_conf, f"{place.text!r} in apposition")  # type: ignore[arg-type]
            if d.sector is not None or d.country is not None:
                break


def _nationality(tok: Any, by_token: dict[int, Draft]) -> Draft | None:
    """The country or nationality draft modifying ``tok`` ("a Yemeni tribal chief"), if any."""
    for c in tok.lefts:
        other = by_token.get(c.i)
        if c.dep_ in {"amod", "compound", "poss", "nmod"} and other is not None and other.kind == "country":
            return other
    return None


def _body_after(tok: Any, by_token: dict[int, Draft]) -> Draft | None:
    """The draft of the object of a preposition of ``BELONGS`` right after ``tok`` (or, when no table lists that
    object, the nationality on it: "the Peruvian congress"), if any."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in BELONGS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return by_token.get(obj.i) or _nationality(obj, by_token)
    return None
