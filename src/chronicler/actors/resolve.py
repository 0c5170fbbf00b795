"""``actor_at``: the coded actor at a character range, with the role held on a given day (for the events stage)."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from datetime import date

from chronicler.actors import kbview
from chronicler.actors.coding import PLACE_NOUNS
from chronicler.actors.lexicon import Entry, default_lexicon
from chronicler.actors.mentionindex import MentionIndex
from chronicler.model import Actor, Mention
from chronicler.pipeline import AnnotatedDocument


def mention_at(adoc: AnnotatedDocument, start: int, end: int) -> Mention | None:
    """The actor mention at ``[start, end)``.

    A mention spanning exactly the range wins. When several mentions overlap it ("Rebels in the Ivory Coast"),
    the one whose head word is highest in the dependency parse wins (the phrase's head, not a modifier); then the largest overlap, then the tighter one.
    """
    found: list[tuple[tuple, Mention]] = []
    for m in _coded_index(adoc.mentions).near(start, end):
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0 and not (start == end and m.start <= start < m.end):
            continue
        found.append(((m.start == start and m.end == end, -_depth(adoc, m), overlap, -(m.end - m.start), -m.start), m))
    return max(found, key=lambda x: x[0])[1] if found else None


#: The index of coded mentions, per mentions tuple (the events stage asks hundreds of times per document).
_INDEX: OrderedDict[int, tuple[tuple[Mention, ...], MentionIndex]] = OrderedDict()


def _coded_index(mentions: tuple[Mention, ...]) -> MentionIndex:
    """The coded mentions, indexed by range (stable: mentions with the same span keep text order)."""
    hit = _INDEX.get(id(mentions))
    if hit is not None and hit[0] is mentions:
        return hit[1]
    index = MentionIndex(m for m in mentions if m.actor_id is not None)
    _INDEX[id(mentions)] = (mentions, index)
    if len(_INDEX) > 64:
        _INDEX.popitem(last=False)
    return index


def _depth(adoc: AnnotatedDocument, m: Mention) -> int:
    sdoc = adoc.nlp
    if sdoc is None:
        return 0
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    t, depth = span.root, 0
    while t.head.i != t.i and depth < 50:
        t, depth = t.head, depth + 1
    return depth


def actor_at(adoc: AnnotatedDocument, start: int, end: int, on: date | None = None) -> Actor | None:
    """The coded actor whose mention overlaps ``[start, end)``, with role and sector as held on ``on``.

    With ``on``, a person's role comes from the office-holder KB when it knows the person (a former holder is
    coded ELI, "former ..."); else from the title the text gives at that mention ("then Prime Minister X" is
    prime minister at the time of the sentence). Without ``on`` the document-level coding is returned.
    """
    m = mention_at(adoc, start, end)
    if m is None:
        return None
    actor = next((a for a in adoc.actors if a.id == m.actor_id), None)
    if actor is None or on is None or actor.kind != "person":
        return actor
    if actor.kb_id:
        terms = [t for t in kbview.terms_for_name(actor.name) if t.person_id == actor.kb_id]
        if terms and len({t.country for t in terms}) > 1:  # a career in several states: the state of then
            code, conf, _ = kbview.country_on(terms, on)
            if code is not None and code != actor.country:
                actor = dataclasses.replace(actor, country=code, confidence=min(actor.confidence, conf))
        if terms:
            # the most senior office (then the latest term), as kbroles.role_on ranks them, not the KB file's order
            now = sorted((t for t in terms if t.covers(on)), key=kbview.seniority)
            if now:
                return dataclasses.replace(actor, role=now[0].role, sector=now[0].sector or "GOV")
            if any(t.uncertain_on(on) for t in terms):  # a boundary year/month: only the text's title can tell
                role = m.role or _role_in_document(adoc, actor.id)
                return dataclasses.replace(actor, role=role, sector=sector_of_role(role) if role else None,
                                           confidence=min(actor.confidence, 0.5))
            past = sorted((t for t in terms if t.end is not None and t.end < on), key=kbview.seniority)
            if past:
                return dataclasses.replace(actor, role=f"former {past[0].role}", sector="ELI")
            if m.role and not m.role.startswith("former "):
                # before any office the KB knows: the title the text gives here names an office it does not cover
                # ("Finance Minister Manmohan Singh" in 1994, a prime minister from 2004)
                return dataclasses.replace(actor, role=m.role, sector=sector_of_role(m.role),
                                           confidence=min(actor.confidence, 0.5))
            return dataclasses.replace(actor, role=None, sector=None, confidence=min(actor.confidence, 0.5))
    role = m.role or _role_in_document(adoc, actor.id)
    if role:
        from chronicler.actors.wording import GENERIC_ROLES

        if role in GENERIC_ROLES and actor.sector and not role.startswith("former "):
            return dataclasses.replace(actor, role=role)  # "Gazprom's president": the body's sector, coded already
        sector = sector_of_role(role)
        if actor.sector and sector != actor.sector and _sister_lent(role):
            sector = actor.sector  # "the state comptroller": a WordNet sister's sector never overrides the phrase's
        if sector is None and not role.startswith("former "):
            # a role read off a people noun that is no title ("his brother", "X, a nurse"): the sector the coder
            # gave that noun, not none
            sector = actor.sector
        return dataclasses.replace(actor, role=role, sector=sector)
    return actor


def _role_in_document(adoc: AnnotatedDocument, actor_id: str) -> str | None:
    return next((m.role for m in adoc.mentions if m.actor_id == actor_id and m.role), None)


def _sister_lent(role: str) -> bool:
    """True when a role's sector is only lent by a WordNet sister (the weakest evidence, wordsense.py)."""
    from chronicler.actors.phrasesector import WEAK_NOTES
    from chronicler.actors.wordsense import borrow

    lent = borrow(role) if " " not in role and default_lexicon().lookup_noun(role) is None else None
    return lent is not None and lent.note.startswith(WEAK_NOTES)


def sector_of_role(role: str) -> str | None:
    """The PLOVER sector of a role name ("former ..." is ELI when the role is an office, not "former doctor")."""
    if role.startswith("former "):
        from chronicler.actors.coding import former_sector

        return former_sector(sector_of_role(role[len("former "):]))
    lex = default_lexicon()
    e = lex.lookup_noun(role)
    if e is not None and e.kind == "title":
        return e.sector
    listed = next((x.sector for x in lex.nouns.values() if x.kind == "title" and x.name == role), None)
    words = role.split()
    if listed is None and len(words) == 2 and words[1] == "general":  # "auditor general" (actors/posttitles.py)
        from chronicler.actors.posttitles import general_title

        return general_title(words[0], words[1], lex).sector
    if listed is None and " " not in role:
        from chronicler.actors.wordsense import borrow

        borrowed = borrow(role, lex)  # a title the lexicon lacks ("gendarme"): its WordNet sector
        return borrowed.sector if borrowed is not None and borrowed.kind == "title" else None
    return listed


#: Nouns whose "in X" names the seat of a state's representation: the place stands for that state's government.
DIPLOMATIC = {"embassy", "embassies", "consulate", "consulates", "legation", "mission", "ambassador", "envoy",
              "chancellery"}
#: Nouns whose "in X" acts on the people of the place ("a curfew in Abidjan", "street battles in Baghdad").
POPULATION = {"curfew", "unrest", "battle", "battles", "fighting", "clash", "clashes", "riot", "riots", "violence",
              "bombing", "bombings", "shelling", "blockade", "siege", "raid", "raids", "crackdown", "emergency",
              "evacuation", "blackout", "martial", "law", "rationing", "lockdown", "quarantine", "rage", "explosion",
              "blast", "attack", "attacks", "massacre", "killings", "looting", "target", "targets",
              # violent acts: what they hit in a city is its people
              "blow", "fire", "shell", "bomb", "kill", "explode", "strike", "hit", "shoot", "storm", "besiege",
              "ambush", "detonate", "loot", "burn", "impose"}
#: Words before a city's name that point at its streets and people ("central Baghdad", "the outskirts of Kabul").
DISTRICT = {"central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
            "streets", "outskirts", "suburbs", "suburb", "parts", "part", "neighbourhood", "neighborhood",
            "neighbourhoods", "neighborhoods", "district", "districts", "residents", "people", "inhabitants"}


def place_as_actor(adoc: AnnotatedDocument, start: int, end: int) -> Actor | None:
    """A place named in ``[start, end)`` that stands in an event role ("aid to Bosnia", "a curfew in Abidjan"),
    coded as far as the text's evidence goes.

    A country is the country itself (no sector). A city, capital or province named as a mere location or
    recipient ("a research centre in Tokyo", "arrived in Amman") is its country with no sector; it is the
    government (GOV) when the text names it as the seat of power ("the capital city of Algiers", "an embassy in
    Tehran"), and the people there (CVL) when what happens acts on the population ("a curfew in Abidjan",
    "battles in central Baghdad"). Continents and world regions ("Asia") are no country: None.

    The actors stage itself never makes a mention of a place used as a location ("in Tokyo"); this is for callers
    that already know the span is a participant (the events stage, the PLOVER GSR scorer given the gold span).
    """
    sdoc = adoc.nlp
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lex = default_lexicon()
    for n in range(min(len(span), 5), 0, -1):
        for i in range(len(span) - n + 1):
            part = span[i:i + n]
            text = part.text
            e = lex.lookup_name(text)
            if e is not None and e.kind == "region":
                return None  # "Asia", "the Middle East": never a single country
            if e is None and text[:1].isupper():
                e = lex.city(text) or lex.misspelt_place(text)
            if e is not None and e.kind == "demonym" and e.country:  # "Iraqi" (towns): the country
                e = Entry("country", text, e.country, None, e.name, e.confidence)
            if e is None or not e.country or e.kind not in {"country", "capital", "city"}:
                continue
            conf = min(e.confidence, 0.6)
            name = lex.country_name(e.country) or e.country
            if e.kind == "country":
                return Actor(f"country:{e.country}", name, "country", e.country, None, None, (text,), None, conf)
            sector = _place_sector(sdoc, part, span)
            if sector is None:
                return Actor(f"country:{e.country}", name, "country", e.country, None, None, (), None, conf)
            what = "government" if sector == "GOV" else "civilians"
            return Actor(f"group:{e.country.lower()}-{sector.lower()}", f"{name} {what}", "group", e.country, sector,
                         None, (text,) if sector == "GOV" else (), None, conf)
    return None


def _place_sector(sdoc, part, span) -> str | None:
    """GOV, CVL or None for a city named at ``part`` (see :func:`place_as_actor`)."""
    lo = max(0, min(part.start, span.start) - 4)
    before = [t.lower_ for t in sdoc[lo:part.start]]
    if "capital" in before or "capital" in [t.lower_ for t in span]:
        return "GOV"  # "the capital city of Algiers", "the capital, Kabul"
    if any(w in DISTRICT for w in before[-3:]):
        return "CVL"
    t = part.root
    while t.dep_ in {"conj", "pobj", "prep", "compound", "appos"} and t.head.i != t.i:
        t = t.head  # up to the noun or verb the place phrase hangs on
        if t.pos_ in {"NOUN", "VERB", "PROPN"} and t.i < part.start and t.dep_ != "compound" \
                and t.lower_ not in PLACE_NOUNS:  # "a strike in the port of Mersin": past "port"
            break
    words = {t.lemma_.lower(), t.lower_} | ({x.lower_ for x in t.lefts} if t.pos_ in {"NOUN", "PROPN"} else set())
    if t.pos_ in {"VERB", "AUX"}:  # "extend the curfew in Abidjan": what the verb acts on
        words |= {x.lemma_.lower() for x in t.children if x.dep_ in {"dobj", "nsubjpass"}}
    if words & DIPLOMATIC:
        return "GOV"
    if words & POPULATION:
        return "CVL"
    return None
