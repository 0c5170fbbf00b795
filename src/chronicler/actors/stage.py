"""The ``actors`` stage: mentions of people, roles, organisations, countries and groups, coded and resolved.

Requires the spaCy annotations of the ``nlp`` stage; uses ``Document.published`` (when a dating stage or the
metadata set it) as the date on which office holders are looked up.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from chronicler.actors import kbview
from chronicler.actors.bodycues import cued_bodies
from chronicler.actors.namekind import context_kind
from chronicler.actors.orgnames import appositive_kind
from chronicler.actors.coding import Draft, code_phrase, dated_kb_country, role_on
from chronicler.actors.kbroles import dated_namesake
from chronicler.actors.coref import resolve
from chronicler.actors.extract import components, phrases
from chronicler.actors.lexicon import Lexicon, default_lexicon, slug
from chronicler.actors.namesakes import settle_namesakes
from chronicler.actors.spanheads import appositive_body, inherit_of
from chronicler.actors.conventions import apply_conventions, civil_society
from chronicler.actors.statecouncils import national_councils
from chronicler.actors.factions import faction_bodies, settlers_state
from chronicler.actors.documents import drop_named_things
from chronicler.actors.learned.act import NOTE as LEARNED_NOTE
from chronicler.actors.learned.act import learned_note, using
from chronicler.model import Actor, Document, Mention, Sentence
from chronicler.pipeline import AnnotatedDocument, stage

SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
    "REB": "rebels", "CVL": "civilians", "REF": "refugees", "JRN": "media", "MED": "health", "BUS": "business",
    "LAB": "labour", "AGR": "agriculture", "EDU": "education", "OPP": "opposition", "PTY": "party",
    "REL": "religious", "SPY": "intelligence", "UAF": "armed men", "CRM": "criminals", "ELI": "former officials",
    "PRM": "paramilitary", "SOC": "civil society",
}


@dataclass
class ActorsComponent:
    """Finds, codes and resolves actor mentions in one document."""

    resolve: bool = True
    home_country: bool = True
    wordnet: bool = True
    document_context: bool = True
    lexicon: Lexicon | None = None
    learned: bool = True  # the learned sector model for unlisted people nouns (actors/learned/)

    def __call__(self, adoc: AnnotatedDocument) -> AnnotatedDocument:
        if adoc.nlp is None:
            return adoc.with_({"mentions", "actors"}, warnings=adoc.warnings + ("actors: no spaCy parse; no actors",))
        drafts = self.drafts(adoc)
        mentions, actors = build(drafts, adoc, self.lexicon or default_lexicon())
        return adoc.with_({"mentions", "actors"}, mentions=tuple(mentions), actors=tuple(actors))

    def drafts(self, adoc: AnnotatedDocument) -> list[Draft]:
        """Coded (and, when ``resolve``, resolved) phrases of a parsed document."""
        lex = self.lexicon or default_lexicon()
        sdoc = adoc.nlp
        on = report_date(adoc.document)
        if self.learned:
            comps = components(sdoc, lex, self.wordnet, on)
        else:
            with using(None):
                comps = components(sdoc, lex, self.wordnet, on)
        if self.resolve and self.home_country:
            settle_namesakes(comps, sdoc, lex, place_code(adoc.document.dateline, lex), adoc.document.dateline)
        comps = national_councils(comps, sdoc)  # "Russia's Security Council": the state's, not the UN's
        drafts = [code_phrase(p, sdoc, lex, self.wordnet) for p in phrases(sdoc, comps)]
        for d in drafts:
            dated_namesake(d, on)
            dated_kb_country(d, on)
        inherit_of(drafts)
        appositive_body(drafts, sdoc)
        apply_conventions(drafts, sdoc)
        faction_bodies(drafts, sdoc)  # "hardliners in Iran's parliament": the body's members (LEG)
        appositive_kind(drafts, sdoc)  # after the conventions: "X, a pro-government militia" is PRM
        context_kind(drafts, sdoc)  # "the Centre Union, which holds 40 seats": a party, whatever its words
        cued_bodies(drafts, sdoc)  # "the union IG Metall", "Admiral Group, the British car insurer": the kind noun's
        drop_named_things(drafts, sdoc)
        if self.resolve:
            home = home_country(adoc.document, lex) if self.home_country else None
            dateline = place_code(adoc.document.dateline, lex) if self.home_country else None
            resolve(drafts, sdoc, home, on, dateline, self.document_context)
        settlers_state(drafts)  # after the places and guesses: "settlers near Nablus" are Israel's
        civil_society(drafts)
        return drafts


def report_date(doc: Document) -> date | None:
    """The day the report was written: ``published.best``, else the latest possible day."""
    p = doc.published
    if p is None:
        return None
    return p.best or p.latest or p.earliest


def home_country(doc: Document, lex: Lexicon) -> str | None:
    """The country a report is written from: its dateline place, else its outlet's country."""
    return place_code(doc.dateline, lex) or place_code(doc.outlet, lex)


def place_code(text: str | None, lex: Lexicon) -> str | None:
    """The state a dateline or outlet names (its longest known place or name; a town's country), if any."""
    if not text:
        return None
    words = text.replace(",", " ").replace(":", " ").split()
    for n in range(len(words), 0, -1):
        for k in range(0, len(words) - n + 1):
            name = " ".join(words[k:k + n]).strip(" .-•")
            e = lex.lookup_name(name) or (lex.city(name) if name[:1].isupper() else None)
            if e is not None and e.country and e.confidence >= 0.6 and e.country not in {"IGO", "NGO", "IMG"}:
                return e.country
    return None


def build(drafts: list[Draft], adoc: AnnotatedDocument, lex: Lexicon) -> tuple[list[Mention], list[Actor]]:
    """Mentions (one per phrase) and the document's actors (one per resolved referent)."""
    on = report_date(adoc.document)
    actors: dict[str, Actor] = {}
    ids: dict[int, str | None] = {}
    chains: dict[int, list[Draft]] = {}
    for d in drafts:
        chains.setdefault(id(d.root()), []).append(d)
    for d in drafts:
        r = d.root()
        if id(r) not in ids:
            a = _actor(r, chains[id(r)], lex, on)
            ids[id(r)] = a.id if a else None
            if a is not None:
                old = actors.get(a.id)
                actors[a.id] = a if old is None else _merge(old, a)
        d.actor_id = ids[id(r)]
    mentions = []
    sentence_at = _sentence_finder(adoc)
    for d in drafts:
        if d.kind == "place" or (d.actor_id is None and d.kind in {"pronoun", "unknown"}):
            continue
        s = sentence_at(d.start)
        # The text is the document's own slice: drafts join token texts, which reads "\x85" and other
        # Unicode line breaks as a space, and a mention must always point back to its exact text.
        mentions.append(Mention(d.start, d.end, adoc.document.text[d.start:d.end], d.actor_id, d.mention_kind, s.index if s else None,
                                d.role, round(_mention_conf(d), 3)))
    return mentions, list(actors.values())


def _sentence_finder(adoc: AnnotatedDocument) -> Callable[[int], Sentence | None]:
    """``adoc.sentence_at`` by bisection when the sentences are in text order and apart (as the nlp stage makes
    them), else ``adoc.sentence_at`` itself; both give the sentence containing the offset, if any."""
    sents = adoc.sentences
    if any(a.end > b.start for a, b in zip(sents, sents[1:])):
        return adoc.sentence_at
    starts = [s.start for s in sents]

    def at(offset: int) -> Sentence | None:
        k = bisect.bisect_right(starts, offset) - 1
        return sents[k] if k >= 0 and offset < sents[k].end else None

    return at


def _mention_conf(d: Draft) -> float:
    r = d.root()
    conf = min(d.confidence, r.confidence)
    if r.country is not None:
        conf = min(conf, max(r.country_conf, 0.3))
    return conf


def _merge(a: Actor, b: Actor) -> Actor:
    aliases = tuple(dict.fromkeys(a.aliases + b.aliases))
    # one person named in full twice makes two chains; what the text says of them at either is theirs
    # ("Cherilyn Lee said ... Cherilyn Lee ... Lee, a nurse"): the first coding, completed by the second
    sector, role = (a.sector, a.role) if a.sector is not None or b.sector is None else (b.sector, a.role or b.role)
    return Actor(a.id, a.name, a.kind, a.country, sector, role, aliases, a.kb_id, max(a.confidence, b.confidence),
                 _merged_evidence(a.evidence, b.evidence))


def _merged_evidence(a: str | None, b: str | None) -> str | None:
    """The evidence of two codings of one actor: a country note of either; the learned model's only when both
    rest on it (a group id such as ``group:xxx-cvl`` also gathers listed words, which need no model)."""
    learned = [e for e in (a, b) if e and e.startswith(LEARNED_NOTE)]
    if not learned:
        return a or b
    other = next((e for e in (a, b) if e and not e.startswith(LEARNED_NOTE)), None)
    return other if other is not None else (learned[0] if len(learned) == 2 else None)


FUNCTION_WORDS = {"his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "this", "that", "these",
                  "those", "both", "all", "new", "former", "then"}


def _namelike(text: str, lex: Lexicon) -> bool:
    """True when ``text`` contains a proper name (a capitalised word that is no common noun, title or pronoun):
    "Japanese officials", "Prime Minister Yukio Hatoyama", not "officials", "His government", "Residents"."""
    for w in text.replace("’s", " ").replace("'s", " ").split():
        w = w.strip(".,;:()\"“”")
        if w[:1].isupper() and w.lower() not in FUNCTION_WORDS and (lex.lookup_name(w) is not None
                                                                     or lex.lookup_noun(w) is None):
            return True
    return False


def _other_place(text: str, code: str | None, lex: Lexicon) -> bool:
    """True when ``text`` names a place other than the country ``code`` itself (a city, prefecture, dependency)."""
    if lex.city(text) is not None:
        return True
    found = _country_code(text)
    return found is not None and found != code


@lru_cache(maxsize=4096)
def _country_code(text: str) -> str | None:
    """The ISO alpha-3 code of the country ``pycountry`` finds by ``text`` (its static tables: asked once per
    text), None when it finds none."""
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def aliases_of(kind: str, country: str | None, sector: str | None, chain: list[Draft], lex: Lexicon) -> tuple[str, ...]:
    """The names and titles by which the documents refer to an actor: no pronouns, no bare common nouns
    ("officials", "city"), no text across a line break, and no place names standing for a country or its people
    ("Okinawa" is not an alias of Japan, nor "Nago" of Japan's civilians; "Tokyo" is one of Japan's government)."""
    out = []
    for d in chain:
        text = " ".join(d.text.split()) if "\n" not in d.text else ""
        head = d.phrase.head
        if not text or d.kind in {"pronoun", "place"} or " and " in text or not _namelike(text, lex):
            continue  # "U.S. and Japanese officials" names two sides, not this one
        if kind == "country":
            text = head.text
            if head.kind not in {"country", "demonym"} or (head.kind == "country" and _other_place(text, country, lex)):
                continue
        elif kind == "group" and head.kind in {"capital", "city"}:
            if not (head.kind == "capital" and sector == "GOV"):
                continue  # a city named for its people is a place, not a name of that group
        elif kind == "group" and head.kind == "group" and (head.text.lower() == "city" or not any(
                c.kind in {"demonym", "capital", "institution", "igo"} or (c.kind == "country" and not
                                                                          _other_place(c.text, country, lex))
                for c in d.phrase.mods)):
            continue  # "Okinawa officials": a place's officials are not named as the state's
        elif kind == "person" and head.kind == "group":
            continue  # "Hatoyama government" is not a name of Hatoyama
        out.append(text)
    return tuple(dict.fromkeys(out))


def _note(r: Draft) -> str | None:
    """The weak evidence the actor's country rests on (a WordNet gloss, the report's setting), when that is what
    set it; else the learned model's, when its sector is what the actor has ("learned: MIL 0.71")."""
    if r.country is not None and r.country_note and r.country_note in " ".join(r.evidence[-1:]):
        return r.country_note
    return learned_note(r.phrase, r.sector)


def _actor(r: Draft, chain: list[Draft], lex: Lexicon, on: date | None) -> Actor | None:
    aliases = aliases_of(r.kind, r.country, r.sector, chain, lex)
    country = r.country
    conf = min(r.confidence, r.country_conf) if country else min(r.confidence, 0.5)
    if r.kind == "person":
        names = [d.name for d in chain if d.name]
        name = max(names, key=len) if names else None
        role, sector, _ = role_on(r, on)
        kb_id = r.kb_terms[0].person_id if r.kb_terms else None
        if name is None:
            label = f"{lex.country_name(country) or 'unknown'} {role or 'official'}"
            return Actor(f"person:{slug((country or '') + ' ' + (r.role or 'official'))}", label, "person", country,
                         sector, role, aliases, None, min(conf, 0.6))
        if kb_id:
            pid = f"person:{kb_id}"
            name = r.kb_terms[0].name if len(r.kb_terms[0].name) >= len(name) else name
        else:
            pid = f"person:{slug(name)}" + (f"-{country.lower()}" if country else "")  # same id, sure or guessed
        return Actor(pid, name, "person", country, sector, role, aliases, kb_id, conf, _note(r))
    if r.kind == "organization":
        name = r.org or r.text
        entry = r.phrase.head.entry
        if (entry is not None and entry.country == country) or r.known_body:
            return Actor(f"org:{slug(name)}", name, "organization", country, r.sector, None, aliases, None, conf,
                         _note(r))
        prefix = f"{country.lower()}-" if country else ""
        return Actor(f"org:{prefix}{slug(name)}", name, "organization", country, r.sector, None, aliases, None, conf,
                     _note(r))
    if r.kind == "group":
        sector = r.sector or "UNK"
        what = SECTOR_NAMES.get(sector, sector.lower())
        # no country: named by what it is ("military"), never as if "unknown" were a country
        name = f"{lex.country_name(country)} {what}" if country else what
        return Actor(f"group:{(country or 'xxx').lower()}-{sector.lower()}", name, "group", country, r.sector, None,
                     aliases, None, conf, _note(r))
    if r.kind == "country" and country:
        return Actor(f"country:{country}", lex.country_name(country) or country, "country", country, None, None,
                     aliases, None, conf)
    return None


@stage("actors", requires={"entities", "sentences"}, provides={"mentions", "actors"})
def make_actors(config: dict[str, Any]) -> ActorsComponent:
    """Actor mentions coded to PLOVER country + sector, resolved within the document (``resolve``, ``home_country``,
    ``wordnet``, ``document_context``, ``learned``)."""
    return ActorsComponent(resolve=bool(config.get("resolve", True)), home_country=bool(config.get("home_country", True)),
                           wordnet=bool(config.get("wordnet", True)),
                           document_context=bool(config.get("document_context", True)),
                           learned=bool(config.get("learned", True)))
