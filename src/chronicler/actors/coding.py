"""Coding actor phrases: country (ISO-3166 alpha-3 or IGO/NGO), PLOVER sector and role, each with how sure.

Evidence, strongest first: the office-holder KB (a named person's office on the date), the phrase's own words
(a nationality or country modifier, an institution, a title, a group noun), "of X" complements, and only then the
document's context (its home country), which lowers the confidence. The KB lookups and dated roles are in
:mod:`.kbroles`, the :class:`~.draft.Draft` record in :mod:`.draft`.
"""

from __future__ import annotations

from chronicler.actors.roots import span_chars, span_root
from chronicler.actors.draft import Draft, _set_country
from chronicler.actors.extract import Phrase
from chronicler.actors.kbroles import _kb_person
from chronicler.actors.kbroles import UNTRACKED_POSTS, dated_kb_country, role_on  # noqa: F401 - re-exported
from chronicler.actors.lexicon import Lexicon
from chronicler.actors.wording import ELITES, GENERIC_GROUPS, GENERIC_ROLES, BUSINESS_ENDINGS, TERRITORY
from chronicler.actors import kbview
from chronicler.actors.wording import agent_noun as _agent_noun
from chronicler.actors.wording import descriptor
from chronicler.actors.wording import collective as _collective
from chronicler.actors.orgnames import company_of_people, in_opposition, name_sector
from chronicler.actors.namekind import own_state
from chronicler.actors.wording import keyword_sector as _keyword_sector
from chronicler.actors.wording import named_body as _named_body
from chronicler.actors.wording import people_noun as _people_noun
from chronicler.actors.wording import KIN, SCHOLARS, faith_before, side_over_head
from chronicler.actors.phraseplace import (  # noqa: F401 - PLACE_NOUNS, _ethnic re-exported
    PLACE_NOUNS, _beside_state, _ethnic, _homeland, _international_court, _is_argument, _locative, _peoplelike,
    _wordnet_country)
from chronicler.actors.phrasesector import (  # noqa: F401 - OFFICES, former_sector re-exported
    COURTESY_ROLES, OFFICES, PLACE_NAMED, STATE_SERVICE, _body_sector, _borrowed, _head_word_sector,
    _named_body_mod, _of_official, _people, exiled_side, former_sector, place_in_name, state_office)
from chronicler.nlp.memo import doc_text

COUNTRY_KINDS = ("country", "capital", "demonym")
#: Roles of people who represent their state to another state or a body ("ambassador to the U.N.").
DIPLOMATS = {"ambassador", "envoy"}


def code_phrase(p: Phrase, sdoc, lex: Lexicon, wordnet: bool = True) -> Draft:
    """The country, sector, role and kind a phrase's own words give (with ``wordnet``, a named person or
    organisation no table gives a country may take the one WordNet names: ``wordplace``)."""
    h = p.head
    text, start_char, end_char = span_chars(sdoc, p.start, p.end)
    d = Draft(p, "unknown", "name", text, start_char, end_char)
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
        own = own_state(p, h)
        if own is not None:  # "Chad's Republican Guard": the name's own state over the table's (Iraq's)
            _set_country(d, own.entry.country, min(own.entry.confidence, h.entry.confidence),  # type: ignore[union-attr]
                         f"{own.text!r}: the body's own state over the table's {h.entry.country}")
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
        _set_country(d, "IGO", 0.8, f"{text!r}: an international court (its seat is not its country)")
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
        elif (_body_sector(p) or any(m.kind == "group" and m.entry is not None and m.entry.sector for m in p.mods)) \
                and not any(sdoc[m.end].lower_ in {"'s", "’s"} for m in p.mods if m.end < len(sdoc)):
            title = None  # "NOAA administrator Dr Jane Lubchenco": the body and post say more than the doctorate
            # (but "the singer's doctor" is a doctor: the owner is whose, not the body)
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
        if p.former and d.role and not exiled_side(sdoc, p, d.sector):
            d.role, d.sector = f"former {d.role}", former_sector(d.sector)
    elif h.kind == "pron":
        d.kind, d.mention_kind, d.confidence = "pronoun", "pronoun", 0.7
    elif h.kind == "group":
        d.kind, d.mention_kind = "group", "group"
        d.sector = h.entry.sector if h.entry else None
        crew = company_of_people(sdoc, p)
        if crew is not None:  # "a search party of villagers": the people, not a political party
            d.sector = crew[0]
            d.evidence.append(f"{h.text!r} of {crew[1]!r}: a company of those people")
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
        side = side_over_head(d.sector, body) or ("OPP" if in_opposition(sdoc, p, d.sector, body) else None)
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
        named = name_sector(h.text, lex)  # "Nurses' Association", "Liberation Hotel", "Ogaden Freedom Army"
        d.sector = (named[0] if named else None) or _keyword_sector(h.text) or inner or body \
            or _head_word_sector(h.text)
        if named:
            d.evidence.append(named[1])
        if in_opposition(sdoc, p, d.sector, body):  # "the opposition Liberty Party": a party in opposition
            d.sector = "OPP"
            d.evidence.append("the opposition modifier over the name's sector")
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
        if h.kind == "demonym" and span_root(sdoc, h.start, h.end).head.lower_ in TERRITORY \
                and span_root(sdoc, h.start, h.end).dep_ in {"amod", "compound"}:
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
    office = state_office(sdoc, p)
    if office is not None:  # "the state comptroller": not the business its WordNet sister says (phrasesector.py)
        d.sector = "GOV"
        d.evidence.append(office)
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
