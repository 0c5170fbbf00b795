"""PLOVER's actor-coding conventions that a phrase's words alone do not settle (issue 6, session 11; the table of
conventions is in docs/stages.md, Actors). Runs on the coded drafts of one document, before resolution:

- an armed group the text places on the government's side ("pro-government militiamen", "government-backed
  militias") is a paramilitary, PRM (the manual's sector for armed groups outside the state that do
  not oppose its government), not the state's military nor a rebel force;
- a people or group named by a region ("Western diplomats", "Latin American leaders") or said to come from several
  states ("ministers from 40 nations", "the two countries' leaders") is a regional construct, which PLOVER gives
  no country: none from a place after it, the sentence's guess, the dateline or the report's setting;
- the "chief executive" of a place (a state, a territory, a city: "Hong Kong's chief executive") heads its
  executive, GOV; of a company, or with no owner named, the title keeps its business sector.
"""

from __future__ import annotations

import re
from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft
from chronicler.nlp.memo import token_strings

#: Non-state armed nouns whose side a modifier may name (a state's troops stay its military whoever backs them).
IRREGULARS = {"militia", "militias", "militiaman", "militiamen", "militant", "militants", "gunmen", "gunman",
              "fighters", "fighter", "vigilantes", "vigilante", "paramilitary", "paramilitaries", "group", "groups",
              "irregulars", "tribesmen", "auxiliaries"}
#: Modifiers that put an armed group on the government's side.
ON_STATE_SIDE = re.compile(r"\b(?:pro-(?:government|regime|junta)|(?:government|state|regime|army)-"
                           r"(?:backed|allied|sponsored|armed|aligned|funded|supported))\b")
#: Modifiers that put people against the government: PLOVER's OPP ("dissidents, anti-government activists").
AGAINST_STATE = re.compile(r"\banti-(?:government|regime|junta)\b")
#: Crowd nouns: "anti-government protesters" stay civilians. PLOVER's sector table lists protesters under CVL
#: (unarmed people with no organised group behind them) and OPP as "typically assigned as a secondary code": the
#: stance names what the crowd is against, not an organisation it belongs to (session 25). Activists, campaigners,
#: bloggers and dissidents against the government remain the opposition.
CROWD_NOUNS = frozenset({"protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator",
                         "marchers", "marcher", "rioters", "rioter", "crowd", "crowds", "mob", "mobs"})
#: Sectors a people noun may carry that its stance against the government overrides (civilians, writers, none);
#: lawmakers, clergy, students and workers keep theirs, armed groups are left to the rebels' tables.
STANCE_SECTORS = {"CVL", "JRN", None}
#: Sectors an armed group's head noun may carry before its side is read.
ARMED_SECTORS = {"MIL", "REB", "UAF", None}
#: Component kinds that name a place (a state, a territory, a city), not a company.
PLACE_KINDS = {"country", "capital", "city", "demonym", "place", "gpe"}
#: Adjectives that name a region, not a state, before a people or group noun ("Western diplomats").
REGIONAL_ADJECTIVES = {"western"}
#: Roles that head an executive when a place owns them.
EXECUTIVE_TITLES = {"chief executive"}


def _modifier_text(sdoc: Any, d: Draft) -> str:
    """The words left of the phrase's head noun within its noun phrase, lower case, hyphens closed up."""
    h = d.phrase.head
    root = span_root(sdoc, h.start, h.end)
    words = " ".join(token_strings(sdoc, "LOWER")[root.left_edge.i:h.start])  # no Span, no Token per word
    return re.sub(r"\s*-\s*", "-", words)


def on_state_side(d: Draft, sdoc: Any) -> bool:
    """True when ``d`` is a non-state armed group a modifier puts on the government's side ("pro-government
    militiamen", "government-backed militias")."""
    # "government-backed fighters": the backer's GOV lent to a generic armed noun is no state service either
    if d.kind != "group" or d.sector not in ARMED_SECTORS | {"GOV"}:
        return False
    if span_root(sdoc, d.phrase.head.start, d.phrase.head.end).lower_ not in IRREGULARS:
        return False
    return ON_STATE_SIDE.search(_modifier_text(sdoc, d)) is not None


def against_state(d: Draft, sdoc: Any) -> bool:
    """True when a civilian or writing people noun is put against the government by its modifier
    ("anti-government bloggers", "anti-regime campaigners"): the opposition (OPP)."""
    if d.kind not in {"group", "person"} or d.sector not in STANCE_SECTORS or d.phrase.head.kind not in {"group", "title"}:
        return False
    if span_root(sdoc, d.phrase.head.start, d.phrase.head.end).lower_ in IRREGULARS | CROWD_NOUNS:
        return False
    return AGAINST_STATE.search(_modifier_text(sdoc, d)) is not None


def place_executive(d: Draft) -> bool:
    """True when ``d`` is the chief executive of a place ("Hong Kong's chief executive"): owned by a state,
    territory or city and by no company or other body."""
    if d.kind != "person" or d.role not in EXECUTIVE_TITLES or d.sector != "BUS":
        return False
    mods = d.phrase.mods + d.phrase.of
    return any(m.kind in PLACE_KINDS for m in mods) and not any(m.kind in {"org", "institution", "igo"} for m in mods)


def regional(d: Draft, sdoc: Any) -> bool:
    """True when a people or group phrase is named by a region ("Latin American leaders", "Western diplomats")
    and by no state."""
    if d.kind not in {"group", "person"} or any(m.kind in {"country", "demonym", "capital"} for m in d.phrase.mods):
        return False
    if any(m.kind == "region" for m in d.phrase.mods):
        return True
    root = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    if many_states(root):
        return True
    return any(t.lower_ in REGIONAL_ADJECTIVES and t.dep_ in {"amod", "compound"} and not _sided(sdoc, t.i)
               for t in root.lefts)


#: Nouns of states in general: people "from 40 nations" are of many states, hence of none.
STATE_NOUNS = {"countries", "nations", "states"}


def many_states(root: Any) -> bool:
    """True when a people or group noun is said to come from several states ("ministers from 40 nations",
    "envoys of the six Gulf states", "the two countries' leaders", "donor countries")."""
    if _states_noun(root):
        return True
    for c in root.children:
        if c.dep_ == "poss" and _states_noun(c):
            return True
        if c.dep_ == "prep" and c.lower_ in {"from", "of"}:
            if any(o.dep_ == "pobj" and _states_noun(o) for o in c.children):
                return True
    return False


def _states_noun(t: Any) -> bool:
    """A plural common noun of states ("nations", "countries'"), not a name ("the United States")."""
    return t.lower_ in STATE_NOUNS and t.tag_ == "NNS"


def _sided(sdoc: Any, i: int) -> bool:
    """True when the word at ``i`` closes a "pro-"/"anti-" compound ("a pro-Western dictator", "anti-Western
    Islamists"): a stance towards the region, not the region's people."""
    return i >= 2 and sdoc[i - 1].text == "-" and sdoc[i - 2].lower_ in {"pro", "anti", "non"} \
        or i >= 1 and sdoc[i - 1].lower_ in {"pro-", "anti-", "non-"}


def apply_conventions(drafts: list[Draft], sdoc: Any) -> None:
    """Recode the drafts PLOVER's conventions code otherwise than their words (module docstring), in place."""
    for d in drafts:
        if regional(d, sdoc):
            d.regional = True
            if d.country is not None and "after the head" in d.evidence[-1]:  # "Western diplomats in Kabul"
                d.evidence.append(f"country {d.country} dropped: a regional construct is no state's (PLOVER)")
                d.country, d.country_conf = None, 0.0
        if on_state_side(d, sdoc):
            d.sector = "PRM"
            d.evidence.append("an armed group on the government's side: paramilitary (PLOVER PRM)")
        elif against_state(d, sdoc):
            d.sector = "OPP"
            d.evidence.append("people against the government: the opposition (PLOVER OPP)")
        elif place_executive(d):
            d.sector = "GOV"
            d.evidence.append("the chief executive of a place heads its executive (GOV)")


#: Country codes that are no state: an NGO sector there stays the international body's mark.
NOT_STATES = frozenset({"NGO", "IGO", "IMG"})


def civil_society(drafts: list[Draft]) -> None:
    """A state's own NGO ("the Russian rights group Memorial", "a Greek charity") is PLOVER's civil society, SOC:
    the manual's sector table has no NGO sector (NGO is a country code, for international bodies) and the GSR
    never codes one. Run last: earlier steps use the NGO mark to tell such bodies apart."""
    for d in drafts:
        if d.sector == "NGO" and d.country is not None and d.country not in NOT_STATES:
            d.sector = "SOC"
            d.evidence.append(f"a {d.country} non-governmental body: civil society (PLOVER SOC)")
