"""What an unknown organisation's name says through its members (issue 6, session 18).

A membership body is named by a head word that says only "a body of members" (association, federation, league,
union ...) and a word for whom it gathers: "the Ruritanian Nurses' Association", "the Federation of Plastics
Industries", "the Dockers' Union of Ostrava". The members' word, not the head's generic keyword, says the sector:
journalists JRN, doctors MED, employers or industries BUS. Civilians gathered are civil society (SOC: a league of
women, an association of victims' families). A union or brotherhood of working people is labour (LAB) whatever
their trade (a nurses' union strikes as workers), unless its members are employers, farmers or learners; a
profession's syndicate is the profession's body (a journalists' syndicate JRN, a medical one MED).
A party head never reads its members ("Workers' Party" is a party): it is not a membership head here. With no
members' word the head keyword of :func:`.wording.keyword_sector` decides, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.lexicon import Lexicon
from chronicler.actors.wording import AGENT_ENDINGS, FAITHS, keyword_sector

#: Head words of bodies that gather members and say nothing else of their sector.
MEMBERSHIP_HEADS = frozenset({
    "association", "associations", "federation", "confederation", "league", "society", "council", "conference",
    "chamber", "guild", "club", "circle", "collective", "forum", "network", "committee", "order", "institute",
    "union", "unions", "syndicate", "syndicates", "brotherhood", "fraternity", "sisterhood", "congress"})
#: Heads of a trade union: its working members are labour. Not a syndicate: a profession's syndicate (journalists',
#: doctors', lawyers' in Egypt or Lebanon) is the profession's own body, as a medical or bar association is (the
#: session 23 convention, docs/stages.md).
LABOUR_HEADS = frozenset({"union", "unions", "brotherhood"})
#: Members' sectors a union head keeps (employers' and farmers' unions); learners keep theirs too.
UNION_KEEPS = frozenset({"BUS", "AGR"})
LEARNERS = frozenset({"students", "pupils", "undergraduates", "schoolchildren", "graduates"})
#: Field words (not people) naming an employers' or professional body's members.
FIELD_WORDS = {"industry": "BUS", "industries": "BUS", "commerce": "BUS", "industrialists": "BUS",
               "medical": "MED", "press": "JRN", "broadcasters": "JRN", "clergy": "REL",
               # a trade's body: "Bar Council" (lawyers' self-governing body: civil society, as a bar association),
               # "Labour Congress", "Trades Union Congress" (unions of unions)
               "bar": "SOC", "labour": "LAB", "labor": "LAB", "trades": "LAB"}
#: Heads a faith word before them makes a faith's body ("Muslim Council", "Hindu Council"; after the head it may
#: be a state's board: "Council for Islamic Affairs"). Not unions or leagues: of believers they are parties or armed
#: movements as often as church bodies ("Muslim League", "Islamic Courts Union"). A people's congress is a
#: legislature, never civilians gathered.
FAITH_HEADS = frozenset({"council", "association", "society", "conference", "federation", "forum", "committee",
                         "congress", "institute"})
#: Sectors a members' word does not pass to its body (a government is no member; an opposition body is the OPP's
#: own keyword).
#: Keyword sectors of a name that civilian members say more than (the generic head keywords of a body).
WEAKER_KEYWORDS = frozenset({None, "SOC", "GOV"})
NOT_MEMBERS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "ELI", "PTY", "OPP", "REB", "PRM", "UAF", "IGO"})


def _words(name: str) -> tuple[list[str], list[str]]:
    """The words before the head (the head last) and the words after its first "of/for", lower case, possessive
    marks dropped."""
    low = re.sub(r"\s*\(.*?\)\s*", " ", name.lower()).replace("’", "'")
    parts = re.split(r" (?:of|for) ", low, maxsplit=1)
    clean = [re.sub(r"'s?$", "", w) for w in parts[0].split()]
    after = [re.sub(r"'s?$", "", w) for w in parts[1].split()] if len(parts) > 1 else []
    return clean, after


def _member(word: str, lex: Lexicon) -> str | None:
    """The sector of a members' word: a field word, or a plural people noun the lexicon or WordNet knows."""
    from chronicler.actors.wordsense import borrow

    if word in FIELD_WORDS:
        return FIELD_WORDS[word]
    if not (word.endswith(("s", "men")) or word in {"people", "children"}) or word.endswith("ss") or len(word) < 4:
        return None  # members are named in the plural ("nurses'", "of journalists")
    e = lex.lookup_noun(word)
    if e is None or e.kind != "group":
        e = borrow(word)
    return e.sector if e is not None and e.sector else None


@lru_cache(maxsize=8192)  # a pure function of the name, asked for every unlisted organisation of every report
def _members_sector(name: str, lex_id: int) -> tuple[str, str] | None:
    from chronicler.actors.lexicon import default_lexicon

    lex = default_lexicon()
    before, after = _words(name)
    if not before or before[-1] not in MEMBERSHIP_HEADS:
        return None
    head = before[-1]
    for word in before[:-1][::-1] + after:
        sector = _member(word, lex)
        if sector is None and word in FAITHS and head in FAITH_HEADS and word in before:
            return "REL", f"{word!r} before a {head}: a faith's body"  # "Muslim Council", "Hindu Council"
        if sector is None or sector in NOT_MEMBERS or (sector == "CVL" and head == "congress"):
            continue
        if head in LABOUR_HEADS and sector not in UNION_KEEPS and word not in LEARNERS:
            return "LAB", f"{word!r} in a {head}: working people's union"
        if sector == "CVL":  # civilians gathered: civil society, unless the name's own keyword says more
            if keyword_sector(name) not in WEAKER_KEYWORDS:
                return None  # "Relief Committee for Displaced Families": the relief body (REF)
            return "SOC", f"{word!r}: civilians gathered in the {head}"
        return sector, f"{word!r}: the members of the {head}"
    return None


def members_sector(name: str, lex: Lexicon) -> tuple[str, str] | None:
    """(sector, why) for an unknown membership body named by its members ("Nurses' Association" MED, "Bank
    Workers' Union" LAB, "Women's League" SOC), else None."""
    return _members_sector(name, id(lex))


#: Sectors of parties and lawmakers that "opposition" before them makes OPP (the manual: opposition parties and
#: individuals; the conventions table: "an opposition party OPP").
IN_OPPOSITION = frozenset({"PTY", "LEG"})


def in_opposition(sdoc, p, sector: str | None, body: str | None) -> bool:
    """True when "opposition" itself modifies a party's name or a plural of lawmakers ("the opposition Liberty
    Party", "opposition lawmakers"), not a compound saying who controls a body ("the opposition-led parliament")."""
    if sector not in IN_OPPOSITION or body != "OPP":
        return False
    root = span_root(sdoc, p.head.start, p.head.end)
    if p.head.kind != "org" and root.tag_ not in {"NNS", "NNPS"}:
        return False  # a chamber is a body, not people in opposition
    words = sdoc[root.left_edge.i:p.head.start]
    return any(t.lower_ == "opposition" and (t.i + 1 >= len(sdoc) or sdoc[t.i + 1].text != "-") for t in words)


#: Lower-case nouns for a company of people that "of <people>" after them fills ("a search party of villagers",
#: "a raiding party of tribesmen"): the people say the sector, not the noun's own (a political party).
COMPANY_NOUNS = frozenset({"party", "parties"})


def company_of_people(sdoc, p) -> tuple[str, str] | None:
    """(sector, the people noun) for a lower-case company noun that gathers the plural people after its "of"
    ("a party of hikers", "a search party of Nepalese villagers"), else None."""
    from chronicler.actors.lexicon import default_lexicon

    if p.head.text.lower() not in COMPANY_NOUNS or not p.head.text.islower():
        return None
    root = span_root(sdoc, p.head.start, p.head.end)
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"}), None) if of else None
    if people is None:
        return None
    sector = _member(people.lower_, default_lexicon())
    if sector is None and people.lower_.endswith(AGENT_ENDINGS):
        sector = "CVL"  # people by what they do that no list holds ("climbers"): civilians, as after a nationality
    return (sector, people.text) if sector is not None else None


#: WordNet file of a name's head word that makes the name a building's or a product's (a hotel, a restaurant, a
#: store, a stadium): such a name's other words ("Liberation", "Army", "Court") are its name, not its trade.
ARTIFACT_FILES = frozenset({"noun.artifact"})
#: WordNet classes (within three steps up) of the buildings a business runs: hotels, restaurants, shops, mills.
BUSINESS_BUILDINGS = frozenset({"building", "place_of_business", "building_complex"})
#: Classes of dwellings: a palace or a residence named as an actor is whoever lives there, no business.
DWELLINGS = frozenset({"house", "dwelling", "residence", "mansion", "home"})


@lru_cache(maxsize=8192)
def artifact_head(name: str) -> tuple[str] | None:
    """(the sector of the building's kind; else BUS) when an unknown name's head word is a building or product
    noun that no organisation keyword names ("the Liberation Hotel", "the People's Court Restaurant": a business's
    name, not a rebel front or a court); None when the head is no such noun."""
    from chronicler.actors.buildingsector import building_sector
    from chronicler.actors.wording import ORG_KEYWORDS
    from chronicler.nlp import wordnet

    before, _after = _words(name)
    if len(before) < 2 or not name.split()[-1][:1].isupper():
        return None
    head = before[-1]
    if any(head in (word, f"{word}s") or f"{before[-2]} {head}" == word for word, _s in ORG_KEYWORDS):
        return None
    sense = wordnet.first_sense(head, "n")
    if sense is None or sense.lexname not in ARTIFACT_FILES or sense.instance:
        return None
    if set(sense.words) & BUSINESS_BUILDINGS:
        return None  # "the United Nations Building": the generic word names a place, not a kind of business
    above = {w for _d, s in wordnet.hypernym_paths(sense, 3) for w in s.words}
    if not above & BUSINESS_BUILDINGS or above & DWELLINGS:
        return None  # a street, a bridge, a stadium, a palace: no trade of their own ("the band Deacon Street")
    found = building_sector(head)
    return (found[0] if found else "BUS",)  # a named hotel, airline or mill that acts is the business running it


def appositive_kind(drafts: list, sdoc) -> None:
    """An unknown organisation's name described in apposition by a kind noun ("X, a charity in Kampala", "X, a
    pro-government militia in Libya", "X, a carmaker based in Casablanca", "a Kenyan charity, X,"): the kind says
    its sector over the name's keywords, and the place in the apposition its country when the name gives none. In
    place."""
    if sdoc is None:
        return
    by_token = {i: d for d in drafts for i in range(d.phrase.start, d.phrase.end)}
    for d in drafts:
        if d.kind != "organization" or d.phrase.head.kind != "org" or d.known_body:
            continue
        root = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        aps = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and _body_noun(root.head):  # "a Lebanese newspaper, the X, said": the kind
            aps.append(root.head)  # noun comes first ("a senior fellow at ..., the X": a person, no kind of X)
        for ap in (c for c in aps if c.i not in range(d.phrase.start, d.phrase.end)):
            kind = by_token.get(ap.i)
            if kind is None or kind.kind != "group" or kind.phrase.head.kind != "group":
                continue
            if kind.sector and kind.sector != "NGO" and kind.sector != d.sector:
                d.evidence.append(f"sector {kind.sector} from {kind.text!r} in apposition (was {d.sector})")
                d.sector = kind.sector
            place = kind if kind.country not in {None, "IGO", "NGO"} else next(
                (p for t in ap.subtree if (p := by_token.get(t.i)) is not None and p.kind == "place"
                 and p.country not in {None, "IGO", "NGO"}), None)
            if place is not None and (d.country is None or "guessed" in " ".join(d.evidence)):
                d.country, d.country_conf = place.country, min(place.country_conf, 0.7)
                d.evidence.append(f"country {place.country} from {place.text!r} in apposition")
            break


def _body_noun(t: Any) -> bool:
    """True when token ``t`` is a common noun for a body or an outlet ("newspaper", "charity", "militia"), not for a
    person ("fellow", "researcher"): a paper's kind word, or a noun whose first WordNet sense is no person."""
    from chronicler.actors.namekind import MEDIA_KINDS
    from chronicler.nlp import wordnet

    if t.pos_ != "NOUN":
        return False
    sense = wordnet.first_sense(t.lower_, "n")
    return t.lower_ in MEDIA_KINDS or (sense is not None and sense.lexname != "noun.person")


#: Words of an armed body in a name, and words of a struggle against a state: together, in a name no table holds,
#: a non-state armed group (PLOVER REB: "armed opposition groups"): "the Ogaden Freedom Army", "the Revolutionary
#: Armed Movement of X". A state's own forces are in the tables and the KB, which come first.
ARMED_WORDS = frozenset({"armed", "army", "armies", "forces", "brigade", "brigades", "militia", "militias",
                         "guerrilla", "guerrillas", "fighters", "commandos"})
STRUGGLE_WORDS = frozenset({"liberation", "freedom", "resistance", "revolutionary", "revolution", "insurgent",
                            "insurgency", "rebel", "rebels", "mujahideen", "jihad", "independence", "salvation"})


def armed_struggle(name: str) -> bool:
    """True when an unknown name holds both an armed-body word and a struggle word ("Karen Freedom Army")."""
    words = {re.sub(r"[^a-z]", "", w) for w in name.lower().split()}
    return bool(words & ARMED_WORDS) and bool(words & STRUGGLE_WORDS)


def name_sector(name: str, lex: Lexicon) -> tuple[str, str] | None:
    """(sector, why) an unknown organisation's name gives before its keywords: its members ("Nurses' Association"
    MED), a business building at its head ("Liberation Hotel" BUS), an armed struggle ("Ogaden Freedom Army" REB);
    else None (the keywords of :func:`.wording.keyword_sector` decide)."""
    members = members_sector(name, lex)
    if members is not None:
        return members
    building = artifact_head(name)
    if building is not None:
        return building[0], f"{name!r} is headed by a business's building"
    if armed_struggle(name):
        return "REB", f"{name!r}: an armed body and a struggle against a state"
    return None
