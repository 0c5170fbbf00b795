"""Actor phrases from a spaCy Doc: components (names, titles, countries, institutions, groups, pronouns)
grouped under the head they modify ("U.S. Defense Secretary Robert Gates" is one phrase with four components).

This module finds the components (``components``); :mod:`.grouping` groups them into phrases (``phrases``,
importable from here too); the data types are in :mod:`.comps`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from chronicler.actors.comps import Comp, Phrase  # noqa: F401 (Phrase: the old path)
from chronicler.actors.halves import half_components
from chronicler.actors.grouping import FORMER, MOD_DEPS, PLACES, THEN, UNITS, phrases  # noqa: F401 (old paths)
from chronicler.actors.lexicon import Entry, Lexicon
from chronicler.actors.bodycues import cue_components
from chronicler.actors.namekind import cued_names
from chronicler.actors.nametags import city_not_person as _city_not_person
from chronicler.actors.nametags import first_name_before as _first_name_before
from chronicler.actors.nametags import kb_surnames, kbview_terms
from chronicler.actors.nametags import sector_adjective as _sector_adjective
from chronicler.actors.posttitles import postpositive_generals
from chronicler.actors.smalltowns import small_town_entry
from chronicler.actors.titlednames import (  # noqa: F401 (split out in session 17; old paths)
    _is_name, _place_before, _place_title, _skip_titles, _title_word, _titled_name, _untagged_names)
from chronicler.actors.roots import span_text
from chronicler.nlp.memo import token_indices, token_strings

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"its"}
COUNTERPART = {"counterpart", "counterparts"}
#: The lexicon's note on a breakaway region's name (PLOVER's partially recognised entities), a place however tagged.
BREAKAWAY = "breakaway region"
#: Lower-case words the component pass looks at one by one (pronouns, "their", "counterpart").
_PRONOUN_WORDS = frozenset(PERSON_PRONOUNS | THING_PRONOUNS | {"their"} | COUNTERPART)
PROPN = frozenset({"PROPN"})
#: Dependency labels of a clause's arguments: a capital in one of these stands for its government.
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "attr", "appos", "pobj_agent"}
#: Kind priority when two components cover the same tokens (higher wins).
PRIORITY = {"person": 9, "place": 8, "region": 8, "igo": 8, "institution": 8, "title": 7, "counterpart": 7, "country": 6, "capital": 6,
            "demonym": 6, "group": 5, "org": 4, "gpe": 3, "norp": 3, "pron": 2}


#: Courtesy titles that say nothing of a role ("Ms Browner", British style without a full stop): not part of the name,
#: so that the surname links to the full name given earlier.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mme", "mx", "messrs"}


def _clean_ent(sdoc: Any, start: int, end: int) -> tuple[int, int]:
    lower, text, dep = (token_strings(sdoc, a) for a in ("LOWER", "ORTH", "DEP"))  # no Token per word read
    while start < end and lower[start] in {"the", "a", "an"}:
        start += 1
    while end - start > 1 and lower[start].rstrip(".") in HONORIFICS and text[start + 1][:1].isupper():
        start += 1
    while end > start and (dep[end - 1] == "case" or text[end - 1] in {"'s", "’s", "'", "-LRB-", "("}):
        end -= 1  # "the World Health Organisation -LRB-": a bracket opening its acronym is no part of the name
    return start, end


def components(sdoc: Any, lex: Lexicon, wordnet: bool = True, on: date | None = None) -> list[Comp]:
    """Every actor component of a spaCy Doc, overlaps resolved (longer first, then by kind priority). With
    ``wordnet``, a common noun for people the lexicon lacks borrows a listed word's sector (wordsense.py); ``on``
    (the report's date) tells whether a divided country's half was a state then (halves.py)."""
    cands: list[Comp] = []
    names, nouns = lex.matchers(sdoc.vocab)
    lower = token_strings(sdoc, "LOWER")  # asked once here, not once per name
    for key, s, e in names(sdoc):
        text = span_text(sdoc, s, e)
        entry = lex.lookup_name(text)
        if _against(sdoc, s, e, lower) or _vessel(sdoc, s):
            continue  # "anti-Syria journalist", "pro-Iranian group", "Syrian-backed militia": not of that country
        if entry is not None and entry.confidence > 0:
            cands.append(Comp(s, e, entry.kind, text, entry))
        elif entry is None and (lex.person(text) is not None or kbview_terms(text)):
            # a known person spaCy may not tag ("the Dalai Lama", "Ange-Felix Patasse")
            k = _skip_titles(sdoc, s, e, lex, cands)  # "King Abdullah II": the title is its own component
            cands.append(Comp(k, e, "person", sdoc[k:e].text))
    for key, s, e in nouns(sdoc):
        text = span_text(sdoc, s, e)
        entry = lex.lookup_noun(text)
        if entry is None or (sdoc[e - 1].pos_ not in {"NOUN", "PROPN"} and not _sector_adjective(sdoc[s:e], lex)):
            continue
        cands.append(Comp(s, e, entry.kind, text, entry))
    cands.extend(postpositive_generals(sdoc, lex, cands, wordnet))  # "auditor-general": the auditor, not a general
    if wordnet:
        from chronicler.actors.collocations import collocation_components
        from chronicler.actors.demonymplace import demonym_components
        from chronicler.actors.wordsense import borrowed_components

        cands.extend(borrowed_components(sdoc, lex, cands))
        cands.extend(demonym_components(sdoc, lex, cands))  # "Bavarian police": Bavaria's country
        cands.extend(collocation_components(sdoc, lex, cands))  # "state trooper": a policeman, not a cavalryman
    for ent in sdoc.ents:
        s, e = _clean_ent(sdoc, ent.start, ent.end)
        if s >= e or _against(sdoc, s, e, lower):
            continue
        if ent.label_ == "PERSON" and _vessel(sdoc, s):  # "the aircraft carrier Ronald Reagan": a ship
            if sdoc[s - 1].lower_ in WARSHIPS:  # a warship acts for its navy
                cands.append(Comp(s, e, "group", sdoc[s:e].text, Entry("group", sdoc[s:e].text, None, "MIL",
                                                                       "warship", 0.8, "a warship's name")))
            continue
        text = span_text(sdoc, s, e)
        if _joined(sdoc, s, e, ent.label_) and lex.lookup_name(text) is None:
            # "Japan-US", "Nukaga-Rumsfeld": two actors joined by a hyphen; each part is matched on its own
            for a, b in _parts(sdoc, s, e):
                if ent.label_ == "PERSON" and lex.lookup_name(sdoc[a:b].text) is None:
                    cands.append(Comp(a, b, "person", sdoc[a:b].text))
            continue
        known = lex.lookup_name(text)
        if ent.label_ == "PERSON" and known is not None and (known.confidence >= 0.8 or known.note == BREAKAWAY):
            cands.append(Comp(s, e, known.kind, text, known))  # "Sri Lanka", "Transnistria" tagged PERSON
            continue
        if ent.label_ == "PERSON" and lex.lookup_name(sdoc[s].text) is not None \
                and lex.lookup_name(sdoc[s].text).kind == "demonym":
            continue  # "Bosnian Serbs" tagged PERSON: the lexicon matches inside stand
        if "\n" in text:
            continue  # an entity across a line break is a tagging slip (a dateline run into a name)
        if ent.label_ == "GPE" and lex.lookup_name(text) is None and _first_name_before(sdoc, s, lex):
            cands.append(Comp(s - 1, e, "person", sdoc[s - 1:e].text))  # "Kenzo Oshima": "Oshima" tagged GPE
            continue
        noun = lex.lookup_noun(text)
        if ent.label_ == "PERSON" and e - s == 1 and noun is not None and noun.kind == "group":
            continue  # "the Mujahideen" tagged PERSON: the group noun is matched on its own
        head_noun = lex.lookup_noun(sdoc[s].head.text)
        if ent.label_ == "PERSON" and e - s == 1 and sdoc[s].dep_ in {"compound", "amod"} \
                and head_noun is not None and head_noun.kind == "group" and sdoc[s].head.i > s \
                and lex.lookup_name(text) is None and not kbview_terms(text):
            cands.append(Comp(s, e, "norp", text))  # "Sikh militants": a faith or people, not a person
            continue
        if ent.label_ == "PERSON" and e < len(sdoc) and sdoc[e].lower_ in UNITS and lex.city(text) is not None \
                and lex.person(text) is None:
            cands.append(Comp(s, e, "city", text, lex.city(text)))  # "Al Muthanna province" tagged PERSON
            continue
        if ent.label_ == "PERSON" and e - s == 1 and _city_not_person(sdoc, s, lex):
            cands.append(Comp(s, e, "city", text, lex.big_city(text)))  # "Jaffna" tagged PERSON
            continue
        place = _wordnet_place(text, lex) if wordnet and ent.label_ == "PERSON" and e - s == 1 \
            and not kbview_terms(text) and lex.person(text) is None else None
        if place is not None and not any(x.label_ == "PERSON" and len(x) > 1 and text in x.text.split()
                                         for x in sdoc.ents):
            cands.append(Comp(s, e, "city", text, place))  # "Jalalabad" tagged PERSON: WordNet's town, no person
            continue
        titled = _titled_name(sdoc, s, e, lex) if ent.label_ == "PERSON" and not lex.lookup_noun(sdoc[s].text) \
            else None
        if titled is not None and titled[0].kind != "title":  # "Yokosuka Mayor Ryoichi Kabaya" tagged PERSON
            cands.extend(titled)
            continue
        titled = _place_title(sdoc, s, e, lex) if ent.label_ == "PERSON" and titled is None else None
        if titled is not None:  # "Okinawa Governor" tagged PERSON before the PERSON "Hirokazu Nakaima"
            cands.extend(titled)
            continue
        if ent.label_ == "PERSON":
            s = _skip_titles(sdoc, s, e, lex, cands, wordnet)
            if s < e and any(t.is_alpha and t.text[0].isupper() for t in sdoc[s:e]):
                cands.append(Comp(s, e, "person", sdoc[s:e].text))
        elif ent.label_ in {"ORG", "GPE", "NORP", "FAC", "LOC"}:
            entry = lex.lookup_name(text)
            titled = _titled_name(sdoc, s, e, lex) if entry is None else None
            if titled is None and entry is None:
                titled = _place_title(sdoc, s, e, lex)
            if titled is not None:  # "Okinawa Governor Masahide Ota" tagged ORG: a title and a name
                cands.extend(titled)
                continue
            if entry is None and ent.label_ == "GPE":
                entry = lex.misspelt_place(text)  # "Afganistan"
            if entry is not None:
                cands.append(Comp(s, e, entry.kind, text, entry))
            elif ent.label_ == "ORG":
                cands.append(Comp(s, e, "org", text))
            elif ent.label_ == "GPE":
                cands.append(Comp(s, e, "gpe", text))
            elif ent.label_ == "NORP":
                cands.append(Comp(s, e, "norp", text))
    cands.extend(_untagged_names(sdoc, cands, lex))
    cands.extend(_untagged_places(sdoc, cands, lex))
    cands.extend(half_components(sdoc, lex, on))  # "the North" in a report about Korea
    for i in token_indices(sdoc, "LOWER", _PRONOUN_WORDS):  # the words the tests below ask about
        t = sdoc[i]
        low = t.lower_
        if t.pos_ == "PRON" and low in PERSON_PRONOUNS | THING_PRONOUNS:
            cands.append(Comp(t.i, t.i + 1, "pron", t.text))
        elif low == "their" and t.dep_ == "poss" and _title_word(t.head, lex):
            cands.append(Comp(t.i, t.i + 1, "pron", t.text))  # "their leader": whose leader (the party's)
        elif low in COUNTERPART and t.pos_ == "NOUN":
            cands.append(Comp(t.i, t.i + 1, "counterpart", t.text))
    cands.extend(cued_names(sdoc, cands, lex))  # "Forward Together won 23 seats": a party spaCy left untagged
    cands = cue_components(sdoc, cands, lex)  # "the union IG Metall", "X, a Brussels-based think tank": a body
    cands.sort(key=lambda c: (-(c.end - c.start), -PRIORITY.get(c.kind, 0), c.start))
    taken: set[int] = set()
    out: list[Comp] = []
    for c in cands:
        if taken.intersection(c.tokens()):
            continue
        taken.update(c.tokens())
        out.append(c)
    by_start: dict[int, list[Comp]] = {}
    for x in cands:
        by_start.setdefault(x.start, []).append(x)
    _relabel_surnames(out)  # before cities: "Hamada" is also a town
    out.extend(_untagged_surnames(sdoc, out, taken))
    out.extend(kb_surnames(sdoc, taken | {i for c in out for i in c.tokens()}, lex, on))  # "Merkel said ..."
    for c in list(out):
        if c.kind in {"org", "gpe", "norp"}:
            c.inner = [x for x in by_start.get(c.start, ()) + [y for k in range(c.start + 1, c.end)
                                                                for y in by_start.get(k, ())]
                       if x.entry is not None and x.end <= c.end and x is not c]
            places = [x for x in c.inner if x.kind in {"country", "capital", "demonym"}]
            peoples = c.kind == "org" and places and all(
                any(x.kind == "demonym" and x.start <= k < x.end for x in places) for k in c.tokens())
            if (c.kind in {"gpe", "norp"} or peoples) and places:  # "Montenegro province": the known place inside
                # ("Bosnian Croat" tagged ORG: only nationality words, a people within a state)
                out.remove(c)  # "Indonesian Muslims": the nationality and the group noun
                groups = [x for x in c.inner if x.kind == "group" and not set(x.tokens()) & set(places[0].tokens())]
                out.extend(places[:1] + groups[:1])
                continue
            if c.kind == "org" and c.end - c.start == 1 and not c.inner and _of_people(sdoc[c.start]) \
                    and lex.city(c.text) is not None and lex.person(c.text) is None and not kbview_terms(c.text):
                c.kind, c.entry = "city", lex.city(c.text)  # "traders in Kano" with "Kano" tagged ORG
                continue
            if c.kind == "gpe" and not c.inner:  # an ORG named like a town ("Essex" the ship) stays an ORG
                city = lex.city(c.text) or lex.city(_unit_stripped(c.text))
                if city is not None:
                    c.kind, c.entry = "city", city
            elif c.kind in {"org", "norp"} and c.end - c.start <= 2 and lex.big_city(c.text) \
                    and lex.person(c.text) is None and not [x for x in c.inner if x.kind != "city"]:
                c.kind, c.entry = "city", lex.big_city(c.text)  # "Mostar", "Banja Luka" tagged ORG: a city of
                # 100,000+ no other country's city shares (a small town's name stays the ORG spaCy says it is)
            if wordnet and c.kind in {"org", "gpe", "norp"} and not c.inner and c.entry is None:
                place = _wordnet_place(c.text, lex)  # a place only WordNet knows ("Mazar-i-Sharif")
                if place is not None:
                    c.kind, c.entry = "city", place
            if c.kind == "gpe" and not c.inner and c.entry is None \
                    and not (c.end < len(sdoc) and sdoc[c.end].lower_ in ("'s", "’s")):  # not "St James's"
                town = small_town_entry(c.text)  # a town of 1,000-15,000 people the tagger calls a place ("Knin")
                if town is not None:
                    c.kind, c.entry = "city", town
    return sorted(out, key=lambda c: c.start)


def _wordnet_place(text: str, lex: Lexicon) -> Entry | None:
    """A place WordNet places in exactly one country (``wordplace``), as a city entry; never against a city table
    that gives the name another country."""
    from chronicler.actors.wordplace import name_country

    found = name_country(text)
    table = lex.city(text)
    if found is None or found.kind != "place" or (table is not None and table.country != found.country):
        return None
    return Entry("city", text, found.country, None, text, found.confidence, found.note)


def _unit_stripped(text: str) -> str:
    """The place name without a trailing unit word: "Kandahar province" → "Kandahar"."""
    words = text.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in UNITS else text


def _joined(sdoc: Any, s: int, e: int, label: str) -> bool:
    """Two actors joined by a hyphen or slash ("Japan-US", "Nukaga-Rumsfeld"), not a hyphenated name
    ("Roh Moo-hyun", "Jean-Bertrand Aristide")."""
    words = token_strings(sdoc, "ORTH")[s:e]  # the tokens' texts, without a Span
    if not any(w in {"-", "–", "/"} for w in words):
        return False
    if label != "PERSON":
        return True
    return len(words) == 3 and words[1] in {"-", "–"} and words[0][:1].isupper() and words[2][:1].isupper()


def _parts(sdoc: Any, s: int, e: int) -> list[tuple[int, int]]:
    out, a = [], s
    for k in range(s, e + 1):
        if k == e or sdoc[k].text in {"-", "–", "/"}:
            if k > a:
                out.append((a, k))
            a = k + 1
    return out


def _relabel_surnames(comps: list[Comp]) -> None:
    """spaCy often tags a lone surname (or a full name: "Atal Bihari Vajpayee" as ORG) as ORG or GPE: a component
    equal to a part of a person's name in the document, or a name the office-holder KB knows, is that person."""
    from chronicler.actors import kbview

    parts = {w for c in comps if c.kind == "person" for w in c.text.split() if w[:1].isupper()}
    for c in comps:
        if c.kind in {"org", "gpe", "norp"} and (c.text in parts or (c.end - c.start <= 4 and c.text[:1].isupper()
                                                                      and not c.text.isupper()  # an acronym
                                                                      and kbview.terms_for_name(c.text))):
            c.kind, c.entry = "person", None


def _untagged_surnames(sdoc: Any, comps: list[Comp], taken: set[int]) -> list[Comp]:
    """A lone surname spaCy tagged as nothing ("Inamine vowed ..."), of a person named in full in the document."""
    surnames = {c.text.split()[-1] for c in comps if c.kind == "person" and len(c.text.split()) > 1}
    return [Comp(t.i, t.i + 1, "person", t.text) for t in map(sdoc.__getitem__, token_indices(sdoc, "POS", PROPN))
            if t.i not in taken and t.pos_ == "PROPN" and t.text in surnames and not t.ent_type_]


#: Prepositions whose object is where something happens (a place spaCy did not tag is still a place there).
PLACE_PREPS = {"in", "at", "near", "outside", "around", "from", "into", "to"}


def _untagged_places(sdoc: Any, cands: list[Comp], lex: Lexicon) -> list[Comp]:
    """A one-word city spaCy tagged as nothing, named where something happens ("police in Osh"): a city of
    100,000+ people no other country's city shares, the object of a place preposition."""
    covered = {i for c in cands for i in c.tokens()}
    out = []
    for i in token_indices(sdoc, "POS", PROPN):
        t = sdoc[i]
        if t.i in covered or t.ent_type_ or t.pos_ != "PROPN" or t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS:
            continue
        if (t.i + 1 < len(sdoc) and sdoc[t.i + 1].pos_ == "PROPN") or (t.i > 0 and sdoc[t.i - 1].pos_ == "PROPN"):
            continue  # part of a longer name
        city = lex.big_city(t.text) or (lex.city(t.text) if _of_people(t) else None)
        if city is not None and lex.person(t.text) is None:
            out.append(Comp(t.i, t.i + 1, "city", t.text, city))
    return out


#: Prepositions that say where a group of people is ("rebels in Donetsk", "traders at Kano").
WHERE_PREPS = {"in", "at", "near", "outside", "around"}


def _of_people(t: Any) -> bool:
    """True when token ``t`` is the place of a noun phrase ("traders in Kano", "rebels in Donetsk"): the object of
    a locative preposition attached to a common noun. There a city the table knows is that city even when a smaller
    town elsewhere shares its name (the table's biggest)."""
    return t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPS and t.head.head.pos_ == "NOUN"


#: Nouns before a ship's name: "the aircraft carrier Ronald Reagan", "USS Kitty Hawk" is a ship, not a person.
WARSHIPS = {"carrier", "destroyer", "frigate", "cruiser", "submarine", "warship", "uss", "hms", "flagship"}
VESSELS = WARSHIPS | {"ship", "vessel", "tanker", "freighter", "trawler", "icebreaker"}


def _vessel(sdoc: Any, s: int) -> bool:
    """True when the name at token ``s`` follows a ship noun (a vessel's name)."""
    return s > 0 and sdoc[s - 1].lower_ in VESSELS


#: "Syrian-backed militia", "Iranian-funded group": the named state stands behind the actor, it is not its state.
SPONSORED = {"backed", "supported", "funded", "financed", "sponsored", "armed", "trained", "allied", "inspired",
             "aligned", "installed"}


def _against(sdoc: Any, s: int, e: int | None = None, lower: tuple[str, ...] | None = None) -> bool:
    """True when the name at ``[s, e)`` is not the actor's own country: "anti-Syria", "pro-Iranian",
    "Syrian-backed". ``lower``: the Doc's ``token_strings(sdoc, "LOWER")``, when the caller holds it."""
    if lower is None:
        lower = token_strings(sdoc, "LOWER")
    prev = list(lower[max(0, s - 2):s])
    if prev[-1:] in (["anti-"], ["pro-"]) or (prev[-1:] == ["-"] and prev[:1] in (["anti"], ["pro"])):
        return True
    nxt = list(lower[e:e + 2]) if e is not None else []
    return len(nxt) == 2 and nxt[0] in {"-", "–"} and nxt[1] in SPONSORED
