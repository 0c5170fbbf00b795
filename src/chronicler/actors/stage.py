"""The ``actors`` stage: mentions of people, roles, organisations, countries and groups, coded and resolved.

Requires the spaCy annotations of the ``nlp`` stage; uses ``Document.published`` (when a dating stage or the
metadata set it) as the date on which office holders are looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicler.actors import kbview
from chronicler.actors.coding import Draft, code_phrase, role_on
from chronicler.actors.coref import resolve
from chronicler.actors.extract import components, phrases
from chronicler.actors.lexicon import Lexicon, default_lexicon, slug
from chronicler.model import Actor, Document, Mention
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
    lexicon: Lexicon | None = None

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
        drafts = [code_phrase(p, sdoc, lex) for p in phrases(sdoc, components(sdoc, lex))]
        if self.resolve:
            home = home_country(adoc.document, lex) if self.home_country else None
            resolve(drafts, sdoc, home, report_date(adoc.document))
        return drafts


def report_date(doc: Document) -> date | None:
    """The day the report was written: ``published.best``, else the latest possible day."""
    p = doc.published
    if p is None:
        return None
    return p.best or p.latest or p.earliest


def home_country(doc: Document, lex: Lexicon) -> str | None:
    """The country a report is written from: its dateline place, else its outlet's country."""
    for text in (doc.dateline, doc.outlet):
        if not text:
            continue
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
    for d in drafts:
        if d.actor_id is None and d.kind in {"pronoun", "unknown"}:
            continue
        s = adoc.sentence_at(d.start)
        mentions.append(Mention(d.start, d.end, d.text, d.actor_id, d.mention_kind, s.index if s else None,
                                d.role, round(_mention_conf(d), 3)))
    return mentions, list(actors.values())


def _mention_conf(d: Draft) -> float:
    r = d.root()
    conf = min(d.confidence, r.confidence)
    if r.country is not None:
        conf = min(conf, max(r.country_conf, 0.3))
    return conf


def _merge(a: Actor, b: Actor) -> Actor:
    aliases = tuple(dict.fromkeys(a.aliases + b.aliases))
    return Actor(a.id, a.name, a.kind, a.country, a.sector, a.role, aliases, a.kb_id, max(a.confidence, b.confidence))


def _actor(r: Draft, chain: list[Draft], lex: Lexicon, on: date | None) -> Actor | None:
    aliases = tuple(dict.fromkeys(d.text for d in chain if d.kind != "pronoun"))
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
            pid = f"person:{slug(name)}" + (f"-{country.lower()}" if country and r.country_conf >= 0.8 else "")
        return Actor(pid, name, "person", country, sector, role, aliases, kb_id, conf)
    if r.kind == "organization":
        name = r.org or r.text
        entry = r.phrase.head.entry
        if entry is not None and entry.country:
            return Actor(f"org:{slug(name)}", name, "organization", country, r.sector, None, aliases, None, conf)
        prefix = f"{country.lower()}-" if country else ""
        return Actor(f"org:{prefix}{slug(name)}", name, "organization", country, r.sector, None, aliases, None, conf)
    if r.kind == "group":
        sector = r.sector or "UNK"
        cname = lex.country_name(country) or "unknown"
        return Actor(f"group:{(country or 'unk').lower()}-{sector.lower()}", f"{cname} {SECTOR_NAMES.get(sector, sector)}",
                     "group", country, r.sector, None, aliases, None, conf)
    if r.kind == "country" and country:
        return Actor(f"country:{country}", lex.country_name(country) or country, "country", country, None, None,
                     aliases, None, conf)
    return None


@stage("actors", requires={"entities", "sentences"}, provides={"mentions", "actors"})
def make_actors(config: dict[str, Any]) -> ActorsComponent:
    """Actor mentions coded to PLOVER country + sector, resolved within the document (``resolve``, ``home_country``)."""
    return ActorsComponent(resolve=bool(config.get("resolve", True)), home_country=bool(config.get("home_country", True)))
