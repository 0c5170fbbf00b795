"""Possessives in within-document resolution: whose a phrase is ("his defense minister", "its leader", "X's
physician") gives it the owner's country, and the office of an owner named by name its sector (kin of an office
holder ELI, a generic role the holder's sector). Called by :func:`.coref.resolve`; ``_owner`` is also the owner of "his
counterpart"."""

from __future__ import annotations

from datetime import date

from chronicler.actors.draft import Draft
from chronicler.actors.wording import GENERIC_ROLES, KIN

WINDOW = 3  # sentences back the owner of "his"/"its" may be named (as far as coref.PRONOUN_WINDOW)


def _possessives(drafts: list[Draft], on: date | None = None) -> None:
    """"his defense minister": the owner's country is the role holder's country (not for "his counterpart")."""
    for i, d in enumerate(drafts):
        if d.poss is None or d.country is not None or d.counterpart:
            continue
        src = _owner(drafts, i)
        if src is not None and src.country:
            d.country, d.country_conf = src.country, min(src.country_conf, 0.9)
            d.evidence.append(f"country {src.country} from the possessive {d.poss.text!r} → {src.text!r}")
            r = d.root()
            if r is not d and r.country is None:  # "Jackson's physician, Conrad Murray": the name's too
                r.country, r.country_conf = d.country, d.country_conf
                r.evidence.append(f"country {d.country} from {d.text!r} in apposition")
        if src is not None and src.kind == "person" and d.poss.kind == "person":
            _owned_by_person(d, src, on)
        if src is not None and src.kind in {"organization", "group"} and src.sector and d.kind == "person":
            d.sector = src.sector  # "its leader": the party's (or body's) sector
            r = d.root()
            if r is not d and r.role == d.role and r.sector != src.sector:
                r.sector = src.sector  # "their leader, Mizuho Fukushima": the name took the title's sector
                if r.country is None and d.country is not None:
                    r.country, r.country_conf = d.country, d.country_conf
                r.evidence.append(f"sector {src.sector} from {d.text!r} ({d.poss.text!r} → {src.text!r})")


def _owned_by_person(d: Draft, owner: Draft, on: date | None) -> None:
    """The sector a person named as possessor gives ("Obama's spokesman" GOV; "Mubarak's son" ELI, kin of an
    office holder as in "the son of the president"); their own sector when the words give one ("Jackson's
    physician" MED)."""
    from chronicler.actors.coding import OFFICES, role_on

    held = role_on(owner, on)[1] if owner.kb_terms else owner.sector  # the KB's office on the day, or the text's
    if held not in OFFICES | {"ELI"}:
        return
    head = d.phrase.head.text.lower()
    if head in KIN:
        sector, why = "ELI", f"{head!r} of an office holder ({owner.text!r}): elites"
    elif held != "ELI" and (d.sector is None or (d.role in GENERIC_ROLES and d.kind == "person")):
        sector, why = held, f"sector {held} from the possessor {owner.text!r}"
    else:
        return
    r = d.root()
    noun = d.phrase.head.entry.name if d.phrase.head.entry is not None else None
    for x in (d, r) if r is not d and r.role in {d.role, noun} else (d,):  # "X's son Gamal": the name took its
        x.sector = sector
        x.evidence.append(why)


def _owner(drafts: list[Draft], i: int) -> Draft | None:
    """The antecedent of the possessive pronoun modifying draft ``i`` ("his" → the last person before), or the
    person its possessive name is ("Jackson's physician" → Jackson)."""
    d = drafts[i]
    if d.poss is not None and d.poss.kind == "person":
        return next((p.root() for p in drafts if p.phrase.head is d.poss), None)
    person = d.poss is not None and d.poss.text.lower() not in {"its", "their"}
    near = [p for p in reversed(drafts[:i]) if d.phrase.sentence - p.phrase.sentence <= WINDOW
            and p.kind != "pronoun"]
    if person:
        return next((p.root() for p in near if p.kind == "person"), None)
    # "The opposition Democratic Party of Japan, which has controlled the upper house ... Its leader": a named
    # body or country is a likelier owner than a common-noun group named after it
    named = next((p.root() for p in near if p.kind in {"country", "organization"}), None)
    return named or next((p.root() for p in near if p.kind == "group"), None)
