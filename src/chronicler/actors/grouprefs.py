"""Group nouns and roles read from the sentence: "the troops" after "U.S. troops", "the firm" after a named
company, "supporters of X", the winner of a "mayoral election". Called by :func:`.coref.resolve` (split out of
coref.py in session 17).
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import sentence_range, span_root
from chronicler.actors.chains import PRONOUN_WINDOW, _merge_into
from chronicler.actors.coding import Draft
from chronicler.actors.draft import _named
from chronicler.nlp.memo import span_indices, token_indices, token_strings


#: Adjectives naming the office an election fills ("mayoral election", "gubernatorial race").
ELECTED_OFFICES = {"mayoral": "mayor", "gubernatorial": "governor", "presidential": "president"}
CONTESTS = {"election", "elections", "race", "vote", "poll", "contest", "runoff"}
_OFFICE_WORDS = frozenset(ELECTED_OFFICES)


def _elections(drafts: list[Draft], sdoc: Any) -> None:
    """"X won the mayoral election, defeating incumbent Y": X is the mayor-elect, Y the mayor (a local office the
    KB does not track). Only people the text gives no role."""
    if sdoc is None:
        return
    hits = token_indices(sdoc, "LOWER", _OFFICE_WORDS)  # the office adjectives of the Doc, in order
    if not hits:
        return  # no sentence names an election's office: no Span of a sentence made, no token of it read
    lower = token_strings(sdoc, "LOWER")
    for d in drafts:
        if not _named(d) or d.role is not None or d.link is not None:
            continue
        office = next((ELECTED_OFFICES[lower[i]] for i in span_indices(hits, *sentence_range(sdoc, d.phrase.start))
                       if sdoc[i].head.lower_ in CONTESTS), None)
        if office is None:
            continue
        before = sdoc[d.phrase.start - 1].lower_ if d.phrase.start > 0 else ""
        head = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        won = head.dep_ == "nsubj" and head.head.lemma_.lower() == "win" \
            and any(c.dep_ == "dobj" and c.lower_ in CONTESTS for c in head.head.children)
        if before == "incumbent":
            d.role, d.sector = office, "GOV"
        elif won:
            d.role, d.sector = f"{office}-elect", "GOV"
        else:
            continue
        d.evidence.append(f"role {d.role} from the {office} election the sentence reports")


def _groups(drafts: list[Draft], sdoc: Any) -> None:
    """A bare group noun ("troops", "officials") with no country of its own refers back to the nearest group or
    body of the same sector that has one, named at most ``PRONOUN_WINDOW`` sentences before ("U.S. troops ...
    The troops"); with no such antecedent it keeps no country (``_context`` may still guess, flagged)."""
    for i, d in enumerate(drafts):
        if d.kind != "group" or d.country is not None or d.link is not None or not d.sector \
                or d.phrase.head.kind != "group" or not _common(d, sdoc):
            continue
        if _the_one_company(d, sdoc):
            body = next((p.root() for p in reversed(drafts[:i]) if p.root().kind == "organization"
                         and p.root().sector == "BUS" and p.root().country), None)
            if body is not None:  # "BP ... The firm has set up offices": that company, however far back
                _merge_into(body, d, "the company named before")
                d.evidence.append(f"the company {body.text!r} named before")
                continue
        if d.phrase.mods:
            continue
        for prev in reversed(drafts[:i]):
            if d.phrase.sentence - prev.phrase.sentence > PRONOUN_WINDOW:
                break
            r = prev.root()
            if r.kind in {"group", "organization"} and r.sector == d.sector and r.country \
                    and r.country_conf >= 0.8 and r.country not in {"IGO", "NGO"} \
                    and r.phrase.head.kind not in {"city", "capital"}:  # a city's people are not "the protesters"
                if r.kind == "group":  # "U.S. troops ... the troops": the same group
                    _merge_into(r, d, "the same kind of group")
                else:  # "the Self-Defense Forces ... troops": that body's country, not that body
                    d.country, d.country_conf = r.country, 0.8
                d.evidence.append(f"country {r.country} from {prev.text!r} named just before (same sector)")
                break


def _the_one_company(d: Draft, sdoc: Any) -> bool:
    """"the firm", "the oil company", "the oil giant": a definite singular business noun, which in a report names
    the company the report is about (the nearest one named before), not a kind of actor."""
    if sdoc is None or d.sector != "BUS":
        return False
    root = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    first = sdoc[d.phrase.start]
    before = sdoc[d.phrase.start - 1].lower_ if d.phrase.start > 0 else ""
    return root.tag_ == "NN" and "the" in (first.lower_, before)


#: Group nouns for the followers of a person or body: they take its side.
SUPPORTERS = {"supporters", "supporter", "followers", "loyalists", "partisans"}


def _supporters(drafts: list[Draft]) -> None:
    """"supporters of X": X's country and side — X's sector (a party's PTY, a rebel leader's REB), the opposition
    (OPP) for a former or ousted leader's, civilians when X has no sector."""
    heads = {id(d.phrase.head): d for d in drafts}
    for d in drafts:
        if d.kind != "group" or d.phrase.head.text.lower() not in SUPPORTERS:
            continue
        body = next((m.entry for m in d.phrase.mods if m.kind in {"institution", "igo"} and m.entry is not None
                     and m.entry.sector), None)
        if body is not None and not d.phrase.of:  # "ANC supporters": the party's side
            d.sector = body.sector
            d.evidence.append(f"supporters of {body.name}: {body.sector}")
            continue
        if not d.phrase.of:
            continue
        owner = heads.get(id(d.phrase.of[0]))
        if owner is None:
            continue
        r = owner.root()
        if d.country is None and r.country:
            d.country, d.country_conf = r.country, min(r.country_conf, 0.9)
        sector = "OPP" if r.sector == "ELI" or r.phrase.former else r.sector
        d.sector = sector if sector and r.kind != "country" else d.sector
        d.evidence.append(f"supporters of {r.text!r}: {d.country}/{d.sector}")


def _common(d: Draft, sdoc: Any) -> bool:
    """True when a group phrase is a common noun ("troops", "Officials" opening a sentence), not a name
    ("Social Democrats", "Communists")."""
    words = d.phrase.head.text.split()
    opening = bool(sdoc[d.phrase.start].is_sent_start)
    return all(w[:1].islower() for w in words[1:]) and (words[0][:1].islower() or opening)
