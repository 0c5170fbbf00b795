"""Coding actor phrases: country (ISO-3166 alpha-3 or IGO/NGO), PLOVER sector and role, each with how sure.

Evidence, strongest first: the office-holder KB (a named person's office on the date), the phrase's own words
(a nationality or country modifier, an institution, a title, a group noun), "of X" complements, and only then the
document's context (its home country), which lowers the confidence. The KB lookups and dated roles are in
:mod:`.kbroles`, the :class:`~.draft.Draft` record in :mod:`.draft`.
"""

from __future__ import annotations

import re

from chronicler.actors.draft import Draft, _set_country
from chronicler.actors.extract import Comp, Phrase
from chronicler.actors.kbroles import _kb_person
from chronicler.actors.kbroles import UNTRACKED_POSTS, dated_kb_country, role_on  # noqa: F401 - re-exported
from chronicler.actors.lexicon import Entry, Lexicon
from chronicler.actors.wording import ELITES, GENERIC_GROUPS, GENERIC_ROLES, BUSINESS_ENDINGS, TERRITORY
from chronicler.actors import kbview
from chronicler.actors.wording import agent_noun as _agent_noun
from chronicler.actors.wording import descriptor
from chronicler.actors.wording import collective as _collective
from chronicler.actors.wording import keyword_sector as _keyword_sector
from chronicler.actors.wording import named_body as _named_body
from chronicler.actors.wording import people_noun as _people_noun
from chronicler.actors.wording import KIN, SCHOLARS, ethnic_form, faith_before, side_over_head
from chronicler.nlp.memo import doc_text, token_strings

COUNTRY_KINDS = ("country", "capital", "demonym")
#: Prepositions whose object is where something happens ("in Tokyo", "at the Pentagon"): a place, not an actor.
LOCATIVE = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "off", "into",
            "through"}
#: Heads after which "from X" is where a move starts ("withdrew from Beirut"), not a sender.
DEPARTURE = {"withdraw", "withdrawal", "retreat", "pull", "flee", "leave", "escape", "evacuate", "evacuation",
             "expel", "expulsion", "deport", "oust", "drive", "exile", "depart", "departure", "emigrate", "defect"}
#: Prepositions whose object is a party to what happens (a capital there stands for its government).
RELATIONAL = {"by", "with", "between", "against", "to", "toward", "towards", "from"}
#: Heads after which "to X" is a destination ("flew to Washington", "a visit to Tokyo"), not a recipient.
MOTION = {"fly", "travel", "visit", "trip", "return", "go", "come", "arrive", "head", "move", "relocate", "relocation",
          "deploy", "deployment", "send", "transfer", "dispatch", "journey", "tour", "flight", "take", "bring"}
PLACE_HEADS = {"capital", "city", "country", "gpe", "institution", "region"}
#: Common nouns that name a place ("the city of ...", "the capital"): in a locative phrase they are where, not who.
#: Words naming an administrative unit after its name ("Helmand province").
UNIT_WORDS = {"province", "prefecture", "governorate", "state", "region", "district", "county"}
#: Roles of people who represent their state to another state or a body ("ambassador to the U.N.").
DIPLOMATS = {"ambassador", "envoy"}
PLACE_NOUNS = {"city", "town", "capital", "village", "province", "region", "district", "area", "outskirts",
               "streets", "suburbs", "centre", "center", "heart", "port", "island", "state", "county", "prefecture"}


#: Words before "court"/"tribunal" that make it an international court ("the war crimes tribunal in The Hague").
INTERNATIONAL_COURT = ("war crimes", "international", "u.n.", "un", "united nations", "world")


#: Sectors of offices whose former holders are elites (ELI); a former doctor or editor keeps the sector.
OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "PRM"}
#: Roles of titles that are also courtesy titles ("Dr"): an office named beside them says more.
COURTESY_ROLES = {"doctor"}


def former_sector(sector: str | None) -> str | None:
    """The sector of a former holder of a role in ``sector``: PLOVER's ELI for former officials (or an unknown
    role), the same sector for a former doctor or editor."""
    return "ELI" if sector is None or sector in OFFICES else sector


def _homeland(p: Phrase, c: Comp) -> Comp:
    """The modifier that gives a phrase its country: a place's name right before a nationality word names where
    that people lives ("Kosovo Albanian leaders" are Kosovo's, "Xinjiang Uighurs" China's), else ``c`` itself."""
    if c.kind != "demonym":
        return c
    before = next((m for m in p.mods if m.end == c.start and m.kind in {"country", "city", "place"}
                   and m.entry is not None and m.entry.country), None)
    if before is None and ethnic_form(c):
        # "Croatian Serb rebels", "Syrian Kurdish fighters": a state's adjective before an ethnic word names where
        # that people lives (PLOVER's country is the state; "Turkish Cypriot": Cypriot is no ethnic word)
        before = next((m for m in p.mods if m.end == c.start and m.kind == "demonym" and m.entry is not None
                       and m.entry.country and m.entry.confidence >= 0.8 and not ethnic_form(m)), None)
    return before if before is not None else c



def _international_court(p: Phrase, sdoc) -> bool:
    """True for a court or tribunal named as an international one and with no country of its own words ("the war
    crimes tribunal in The Hague", "an international tribunal"): the place after it is its seat, not its state."""
    h = p.head
    if h.kind != "group" or h.entry is None or h.entry.sector != "JUD":
        return False
    root = sdoc[h.start:h.end].root
    words = " ".join(t.lower_ for t in sorted(
        (t for c in root.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < root.i for t in c.subtree),
        key=lambda t: t.i))
    return any(re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", words) for w in INTERNATIONAL_COURT)


def code_phrase(p: Phrase, sdoc, lex: Lexicon, wordnet: bool = True) -> Draft:
    """The country, sector, role and kind a phrase's own words give (with ``wordnet``, a named person or
    organisation no table gives a country may take the one WordNet names: ``wordplace``)."""
    h = p.head
    span = sdoc[p.start:p.end]
    d = Draft(p, "unknown", "name", span.text, span.start_char, span.end_char)
    if h.kind == "place" or _locative(sdoc, p, lex):
        d.kind, d.mention_kind = "place", "place"  # where, not who: the events stage codes locations itself
        if h.entry is not None and h.entry.country:
            _set_country(d, h.entry.country, h.entry.confidence, f"place {h.text!r}")
        return d
    person = p.first("person")
    title = p.first("title")
    d.poss = next((m for m in p.mods if m.kind == "pron"), None) or p.owner  # "his", or a name ("X's aide")
    d.counterpart = any(c.kind == "counterpart" for c in p.comps())
    # country from the head when it is a place or body ("NATO-member Norway"), else from modifiers (nearest the
    # head first), then from words inside an unknown name, then from "of X"
    if h.kind in {"country", "capital", "institution", "igo", "city"} and h.entry is not None and h.entry.country:
        _set_country(d, h.entry.country, h.entry.confidence, f"{h.kind} {h.text!r}")
    for c in sorted(p.mods, key=lambda m: -m.end) if d.country is None else []:
        if c.kind in COUNTRY_KINDS + ("institution", "igo", "place", "city") and c.entry and c.entry.country:
            c = _homeland(p, c)
            _set_country(d, c.entry.country, c.entry.confidence, f"modifier {c.text!r}")  # type: ignore[union-attr]
            break
    if d.country in {"IGO", "NGO"} and title is not None and title.entry is not None \
            and title.entry.name in DIPLOMATS:
        # "North Korea's U.N. ambassador": an envoy to a body belongs to the state that sends them
        state = next((c for c in sorted(p.mods, key=lambda m: -m.end) if c.kind in COUNTRY_KINDS
                      and c.entry and c.entry.country and c.entry.country not in {"IGO", "NGO"}), None)
        if state is not None:
            _set_country(d, state.entry.country, state.entry.confidence, f"{state.text!r}: the sending state")  # type: ignore[union-attr,arg-type]
    if d.country is None and h.entry is not None and h.entry.country:
        _set_country(d, h.entry.country, h.entry.confidence, f"{h.kind} {h.text!r}")
    if d.country is None:
        for c in h.inner:
            if c.entry is not None and c.entry.country and c.kind in COUNTRY_KINDS:
                _set_country(d, c.entry.country, c.entry.confidence * 0.9, f"{c.text!r} in the name")
                break
    if d.country is None:  # "Philippine National Police Director X": the country inside the body named before
        for m in sorted((m for m in p.mods if m.kind == "org"), key=lambda m: -m.end):
            c = next((c for c in m.inner if c.entry is not None and c.entry.country and c.kind in COUNTRY_KINDS), None)
            if c is not None:
                _set_country(d, c.entry.country, c.entry.confidence * 0.9, f"{c.text!r} in the body {m.text!r}")  # type: ignore[union-attr]
                break
    if d.country is None and h.kind == "org":  # "United Nations Emergency Relief Coordinator": a part of the body
        igo = next((c for c in h.inner if c.kind == "igo" and c.start == h.start and c.entry and c.entry.country), None)
        if igo is not None:
            _set_country(d, igo.entry.country, igo.entry.confidence * 0.9, f"{igo.text!r} opening the name")
    if d.country is None and _international_court(p, sdoc):
        _set_country(d, "IGO", 0.8, f"{span.text!r}: an international court (its seat is not its country)")
    if d.country is None:
        for c in p.of + (p.in_ if h.kind in {"group", "title"} else []):
            if c.entry is not None and c.entry.country:
                _set_country(d, c.entry.country, c.entry.confidence * 0.9, f"{c.text!r} after the head")
                break
    if d.country is not None and d.country_conf < 0.8 and h.kind in {"group", "title"}:
        # "Kurdish rebels of the PKK": a body named after the head is surer than a people's usual country
        sure = next((c for c in p.of if c.entry is not None and c.entry.country and c.entry.confidence >= 0.8
                     and c.kind in {"institution", "igo", "country"}), None)
        if sure is not None:
            _set_country(d, sure.entry.country, sure.entry.confidence * 0.9, f"{sure.text!r} after the head")  # type: ignore[union-attr]
        stateless = any(m.kind == "demonym" and m.entry is not None and m.entry.note.startswith("people")
                        for m in p.mods)
        there = next((c for c in p.in_ if c.entry is not None and c.entry.country and c.entry.confidence >= 0.8
                      and c.kind in {"country", "capital"}), None) if sure is None and stateless else None
        if there is not None:  # "Kurdish prisoners in Turkey": a stateless people's own place, named, wins
            _set_country(d, there.entry.country, there.entry.confidence * 0.9, f"{there.text!r}: where they are")  # type: ignore[union-attr]
    titles = sorted((m for m in p.mods if m.kind == "title"), key=lambda m: m.start)
    if len(titles) > 1 and [t.lower_ for t in sdoc[titles[0].end:titles[1].start]] == ["and"]:
        title = titles[0]  # "Deputy Prime Minister and Finance Minister Naoto Kan": the first named, the senior
    offices = [t for t in titles if t.entry is not None and t.entry.name not in COURTESY_ROLES]
    if title is not None and title.entry is not None and title.entry.name in COURTESY_ROLES:
        if offices:
            title = offices[-1]  # "Health Minister Dr X": the office, not the doctorate
        elif _body_sector(p) or any(m.kind == "group" and m.entry is not None and m.entry.sector for m in p.mods):
            title = None  # "NOAA administrator Dr Jane Lubchenco": the body and post say more than the doctorate
    if title is not None and title.entry is not None:
        d.title, d.role = title.text, title.entry.name
        if d.country is None and title.entry.country:
            _set_country(d, title.entry.country, 0.9, f"title {title.text!r} exists only there")
    body = _body_sector(p)
    named_by = descriptor(p, lambda n: bool(kbview.terms_for_name(n)) or lex.person(n) is not None) \
        if person is h and title is None else None
    if named_by is not None:  # "the rights group Memorial": a body of the kind the group noun says
        e = named_by.entry
        d.kind, d.mention_kind, d.org, d.confidence = "organization", "institution", h.text, 0.7
        d.sector = e.sector or ("NGO" if e.country == "NGO" else None)  # type: ignore[union-attr]
    elif person is not None or h.kind in {"title", "counterpart"}:
        d.kind = "person"
        d.mention_kind = "name" if person is not None else "title"
        d.name = person.text if person is not None else None
        if title is not None and title.entry is not None:
            d.sector = title.entry.sector
            if body and (title.entry.name in GENERIC_ROLES or title.entry.sector is None):
                d.sector = body
            if _borrowed(title) and (body or _named_body_mod(p)):  # "U.N. mediator X": the body says more
                d.sector = body
        elif body:
            d.sector = body
        if person is not None:
            _kb_person(d, person.text)
        if p.former and d.role:
            d.role, d.sector = f"former {d.role}", former_sector(d.sector)
    elif h.kind == "pron":
        d.kind, d.mention_kind, d.confidence = "pronoun", "pronoun", 0.7
    elif h.kind == "group":
        d.kind, d.mention_kind = "group", "group"
        d.sector = h.entry.sector if h.entry else None
        if h.entry is not None and h.entry.country == "NGO" and not d.sector and d.country not in {None, "NGO", "IGO"}:
            d.sector = "NGO"  # "Kenyan rights groups": a state's own NGOs (as "the rights group Memorial")
        if body and (h.text.lower() in GENERIC_GROUPS or h.text.lower().removesuffix("s") in GENERIC_ROLES):
            d.sector = body  # "rebel commanders": a rank of the body the modifier names
        if _borrowed(h) and (body or _named_body_mod(p)):  # "police patrol", "U.N. inspectors": a listed body
            d.sector = body  # says more than WordNet
        if h.text.lower() in KIN and _of_official(p):  # "the son of the former president": PLOVER ELI
            d.sector = "ELI"
            d.evidence.append(f"{h.text!r} of an office holder: elites")
        elif h.text.lower() in KIN and h.entry is not None and h.entry.sector and d.sector != h.entry.sector:
            d.sector = h.entry.sector  # "the family of a missing journalist": kin of others are not of their trade
        elif d.sector == "EDU" and h.text.lower() in SCHOLARS and faith_before(sdoc, h):
            d.sector = "REL"  # "Shiite scholars", "Catholic theologians": religious scholars
        if d.sector == "MIL" and any(m.kind in {"group", "institution", "org"} and "interior" in
                                     {t.lower_ for t in sdoc[max(m.start - 1, 0):m.end]} for m in p.mods + p.of):
            d.sector = "COP"  # "the interior ministry's commandos": an interior ministry's armed units police
        side = side_over_head(d.sector, body)
        if side is not None:  # "rebel troops", "police commandos", "opposition politicians": whose they are
            d.sector = side
            d.evidence.append(f"the modifier's sector {side} over the head noun's")
        d.confidence = h.entry.confidence if h.entry else 0.7
    elif h.kind in {"institution", "igo"}:
        d.kind, d.mention_kind = "organization", "institution"
        d.org = h.entry.name if h.entry else h.text
        d.sector = h.entry.sector if h.entry else None
        d.confidence = h.entry.confidence if h.entry else 0.8
    elif h.kind == "org" and _named_body(h) is not None:  # "Iranian Revolutionary Guards": a known body
        body_entry = _named_body(h)
        d.kind, d.mention_kind, d.org = "organization", "institution", body_entry.name  # type: ignore[union-attr]
        d.sector, d.confidence = body_entry.sector, body_entry.confidence  # type: ignore[union-attr]
        d.known_body = True
        if d.country is None or d.country_conf < body_entry.confidence:  # type: ignore[union-attr]
            _set_country(d, body_entry.country, body_entry.confidence, f"{body_entry.name!r} in the name")  # type: ignore[union-attr,arg-type]
    elif h.kind == "org":
        d.kind, d.mention_kind, d.org = "organization", "institution", h.text
        inner = next((c.entry.sector for c in h.inner if c.kind == "group" and c.entry and c.entry.sector), None)
        d.sector = _keyword_sector(h.text) or inner or body or _head_word_sector(h.text)
        d.confidence = 0.7
        if d.country is None and d.sector in PLACE_NAMED:
            place = place_in_name(h.text, lex)
            if place is not None:  # "the University of Liverpool", "Louisiana State University": where it is
                why = f"{place.text!r} in the name"
                _set_country(d, place.country, min(place.confidence, 0.7), why)  # type: ignore[arg-type]
    elif h.kind in {"capital", "city"}:
        d.mention_kind = "capital" if h.kind == "capital" else "country"
        d.confidence = h.entry.confidence if h.entry else 0.8
        # PLOVER's rule: a capital that is a clause's subject or object stands for its government; any other
        # city (or a capital elsewhere, "fighting in Baghdad") for the people there.
        d.kind = "group"
        # a state or province acting ("Texas sued", "Sindh ordered") is its government too
        seat = h.kind == "capital" or (h.entry is not None and h.entry.note == "subdivision")
        d.sector = "GOV" if seat and _is_argument(sdoc, p) else "CVL"
    elif h.kind in {"country", "demonym"}:
        d.kind = "country"
        d.mention_kind = "country" if h.kind == "country" else "nationality"
        d.sector = body
        if body:
            d.kind = "group"
        d.confidence = h.entry.confidence if h.entry else 1.0
        state = next((m for m in p.mods + p.of + p.in_ if m.kind in COUNTRY_KINDS and m.entry and m.entry.country),
                     None)
        if h.kind == "demonym" and not body and _people_noun(sdoc, h) and not _beside_state(sdoc, h):
            d.kind, d.sector = "group", "CVL"  # "the Palestinians", "Ghanaians": the people, not the state
            d.evidence.append(f"{h.text!r} names a people: civilians")
        agents = _agent_noun(sdoc, h) if h.kind == "demonym" and not body else None
        if agents is not None:  # "Palestinian stone-throwers", "Iranian pilgrims": people of that country
            d.kind = "group"
            d.sector = "BUS" if agents.lower_.endswith(BUSINESS_ENDINGS) else "CVL"  # "Japanese automakers"
            d.end, d.text = agents.idx + len(agents.text), doc_text(sdoc)[d.start:agents.idx + len(agents.text)]
            d.evidence.append(f"{h.text!r} {agents.text!r}: civilians")
        if h.kind == "demonym" and sdoc[h.start:h.end].root.head.lower_ in TERRITORY \
                and sdoc[h.start:h.end].root.dep_ in {"amod", "compound"}:
            d.kind, d.mention_kind = "place", "place"  # "fell into Japanese waters": where, not who
            return d
        if h.kind == "demonym" and state is not None:  # "Bosnian Serbs": a people within a state
            d.country, d.country_conf = state.entry.country, state.entry.confidence  # type: ignore[union-attr]
            d.evidence.append(f"country {d.country} from {state.text!r}: {h.text!r} living there")
            d.kind, d.sector = "group", body or "CVL"
    elif h.kind == "norp" and not _peoplelike(h.text):
        d.kind, d.confidence = "unknown", 0.3  # "Essex" (a ship), "CH-46" (a helicopter) tagged NORP
    elif h.kind == "norp":  # a people or faith the lexicon does not know ("Kurds"): civilians, country if given
        d.kind, d.mention_kind, d.sector, d.confidence = "group", "nationality", body or "CVL", 0.5
    elif h.kind == "gpe":
        d.kind, d.mention_kind, d.confidence = "unknown", "country", 0.3
    igo = next((m for m in p.mods if m.kind == "igo" and m.entry is not None and m.entry.country), None)
    if igo is not None and person is None and d.kind in {"person", "group"} and _collective(sdoc, h):
        # "European Community foreign ministers agreed", "EU leaders": the member states acting as the body
        d.kind, d.mention_kind, d.org = "organization", "institution", igo.entry.name  # type: ignore[union-attr]
        d.sector, d.role, d.title = igo.entry.sector, None, None  # type: ignore[union-attr]
        d.known_body = True
        d.evidence.append(f"{h.text!r} of {igo.text!r}: the member states acting as that body")
    people = next((m for m in p.mods if m.kind in {"demonym", "norp"} and (m.entry is None or m.entry.note.startswith(
        "people"))), None)
    if d.kind == "group" and p.former and (d.sector == "GOV" or (d.sector in STATE_SERVICE and _people(sdoc, h))):
        d.sector = "ELI"  # "exiled leaders", "former officials": out of office (PLOVER ELI)
        d.evidence.append("former/exiled/ousted: elites")
    if people is not None and d.sector in {"GOV", "CVL"} and h.text.lower() in ELITES | {"leader", "leaders"}:
        d.sector = "ELI"  # "Yoruba leaders", "a Kurdish leader": a people's notables are elites, not a government
        d.evidence.append(f"{h.text!r} of the people {people.text!r}: elites")
    if d.country is not None and _ethnic(sdoc, p):
        d.evidence.append(f"{d.country} dropped: an ethnic group, not a state")
        d.country, d.country_conf = None, 0.0
        if d.kind == "country":
            d.kind, d.sector = "group", "CVL"
    if d.country is None and wordnet:
        _wordnet_country(d, p, lex)
    if d.country is not None:
        d.confidence = min(d.confidence, max(d.country_conf, 0.3)) if d.kind != "person" else d.confidence
    return d


#: State services whose former or exiled members (a plural of people: "exiled generals") are PLOVER ELI.
STATE_SERVICE = {"MIL", "COP", "JUD", "LEG", "SPY"}


def _people(sdoc, h: Comp) -> bool:
    """True when the head is a plural noun for people ("generals", "judges"), not a body ("the outgoing parliament")."""
    root = sdoc[h.start:h.end].root
    return root.tag_ == "NNS" and root.lemma_.lower() not in {"forces", "force", "troops"}


def _wordnet_country(d: Draft, p: Phrase, lex: Lexicon) -> None:
    """The last resort for a name no table or KB gives a country: the one country WordNet names for it (a person's
    name as written; an organisation's name), low confidence, the evidence in the draft's notes."""
    from chronicler.actors.wordplace import name_country

    h = p.head
    names: list[str] = []
    if d.kind == "person" and d.name and not d.kb_terms and lex.person(d.name) is None:
        names, want = [d.name], {"person"}  # never the surname alone: "Taylor" is a US president to WordNet
    elif d.kind == "organization" and h.kind == "org" and not d.known_body:
        names, want = [h.text, re.sub(r"^[Tt]he\s+", "", h.text)], {"organization"}
    for name in dict.fromkeys(names):
        found = name_country(name)
        if found is not None and found.kind in want:
            _set_country(d, found.country, found.confidence, found.note)
            d.country_note = found.note
            return


def _beside_state(sdoc, c: Comp) -> bool:
    """A people conjoined with a state ("Egypt and the Sudanese signed a border accord"): the two parties are
    polities, so the people stands for its country, not its civilians."""
    t = sdoc[c.start:c.end].root
    others = [t.head] if t.dep_ == "conj" else []
    others += [x for x in t.children if x.dep_ == "conj"]
    return any(o.ent_type_ == "GPE" and o.pos_ == "PROPN" for o in others)


def _peoplelike(text: str) -> bool:
    """A name that can be a people or faith: letters only, plural or adjectival ("Kurds", "Shiite", "Tamil")."""
    w = text.split()[-1]
    return w.replace("-", "").isalpha() and (w.endswith(("s", "an", "ian", "ese", "ish", "i", "ite", "ic", "il"))
                                             or len(text.split()) > 1)


def _locative(sdoc, p: Phrase, lex: Lexicon) -> bool:
    """True when the phrase is a bare place name used as a location: the object of "in/at/near ..." (or of a
    destination "to"), not modifying an actor noun ("officials at the Pentagon" keeps the Pentagon an actor)."""
    # "in the capital city of Algiers": a bare place noun whose name follows ("the northern Okinawa city" keeps
    # its people: a named place's group)
    place_noun = p.head.kind == "group" and p.head.text.lower() in PLACE_NOUNS and not p.mods
    if (p.head.kind not in PLACE_HEADS and not place_noun) \
            or any(m.kind not in PLACE_HEADS | {"pron"} for m in p.mods):
        return False
    if p.head.kind in {"capital", "city", "gpe"} and p.head.text.isupper() and len(p.head.text) > 3:
        return True  # a dateline ("YOKOHAMA, Japan —")
    r = sdoc[p.head.start:p.head.end].root
    if r.dep_ in {"compound", "nmod", "amod"} and r.head.lower_ in UNIT_WORDS and r.head.i == r.i + 1:
        r = r.head  # "in Al Muthanna province": the unit word is the preposition's object
    for _ in range(4):
        while r.dep_ in {"conj", "appos"} and r.head.i != r.i:
            r = r.head  # "in Tokyo and Osaka", "in the capital, Kabul"
        if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in PLACE_NOUNS:
            r = r.head.head  # "in the city of Kandahar": the place noun says where
            continue
        break
    if r.dep_ != "pobj":
        return False
    prep = r.head
    low = prep.lower_
    gov = prep.head
    while gov.pos_ == "ADP" and gov.head.i != gov.i:
        gov = gov.head  # "in Tokyo and at the Pentagon": the second preposition hangs on the first
    if low == "to":
        return gov.lemma_.lower() in MOTION
    if low == "from":  # "returned from Moscow", "withdrew from Beirut": where the move starts
        return gov.lemma_.lower() in MOTION | DEPARTURE
    if low not in LOCATIVE:
        return False
    if p.head.kind == "institution":
        entry = lex.lookup_noun(gov.text)
        return entry is None and gov.pos_ in {"VERB", "AUX", "NOUN"}
    return True


def _is_argument(sdoc, p: Phrase) -> bool:
    from chronicler.actors.extract import ARG_DEPS

    r = sdoc[p.head.start:p.head.end].root
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    # "talks with Pyongyang", "protested to Washington", "ties between Tokyo and Seoul": a party to a relation
    return r.dep_ in ARG_DEPS or (r.dep_ == "pobj" and r.head.lower_ in RELATIONAL)


def _ethnic(sdoc, p: Phrase) -> bool:
    lo = max(0, p.start - 1)
    return "ethnic" in token_strings(sdoc, "LOWER")[lo:p.end]



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
