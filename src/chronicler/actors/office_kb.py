"""Curated office-holder knowledge base: who held which office when, title phrases, known events.

Data lives in ``chronicler/data/office_terms.csv`` (national offices), ``office_terms_local.csv`` (sub-national
offices, governors and mayors, with the unit in the row), ``office_titles.csv`` and ``known_events.csv``
(see ``chronicler/data/README.md``). Everything is loaded lazily, once, into frozen dataclasses.

Date semantics: ``start`` and ``end`` are inclusive; ``end`` is usually the hand-over day (the
successor's ``start``), so two terms of one office may share that single day.  ``holders()`` then
returns only the incoming holder; ``OfficeTerm.contains()`` and ``term_on()`` count both.

Precision: a ``start`` or ``end`` cell may state only a year ("1991") or a month ("1991-11") when the day
is not known. Such a term SURELY covers the days after its start period and before its end period (a
full date is itself a sure bound, as before); a day inside a boundary year/month is UNCERTAIN: the term
may or may not cover it, and no day inside it is ever guessed. ``OfficeTerm.start``/``end`` hold the
widest reading (the first day of the start period, the last day of the end period); ``sure_start``/
``sure_end`` the narrowest; ``contains()`` (so ``holders()`` and ``term_on()``) answers only for sure
coverage, ``may_contain()`` for possible coverage.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

# ARL: the Arab League; IMF, WBG (the World Bank), WHO and AUC (the African Union Commission) from session 23
IGO_CODES = frozenset({"UNO", "NATO", "EUR", "IAEA", "ARL", "IMF", "WBG", "WHO", "AUC"})
TERM_OFFICES = (  # most senior first; used to rank simultaneous offices of one person
    "head_of_state", "head_of_government", "party_leader", "president", "military_commission_chair",
    "secretary_general", "vice_president", "foreign_minister", "defense_minister",
    "chief_cabinet_secretary", "deputy_head_of_government", "interior_minister", "finance_minister",
    # offices whose holders are not the executive's (sector LEG, JUD, SPY) or serve it abroad (session 22)
    "speaker", "upper_house_speaker", "chief_justice", "constitutional_court_president", "intelligence_director",
    "intelligence_chief", "security_service_chief", "security_adviser", "un_ambassador",
    # posts with many holders at once (session 23): a deputy minister, a state agency's head, a special envoy or
    # ambassador, a presidential aide, an IGO's commissioner or vice-president (MANY_HOLDERS)
    "deputy_minister", "agency_head", "envoy", "presidential_aide", "commissioner",
    "governor", "mayor", "legislator",
)
#: Sub-national offices (office_terms_local.csv): one holder per office per unit (a prefecture, state, city).
LOCAL_OFFICES = frozenset({"governor", "mayor"})
#: Short forms of local titles as news writes them before a name ("Okinawa Gov. Masahide Ota").
LOCAL_TITLE_FORMS = {"Governor": ("Gov.",), "Mayor": (), "Chief Minister": (), "President": (),
                     "Chief Executive": (), "Head": ()}
_RANK = {office: i for i, office in enumerate(TERM_OFFICES)}
#: Offices with many holders at once: a speaker's or a minister's years in the chamber outside that office
#: ("legislator", sector LEG), listed so that they are not read as a former office holder's; from session 23 the posts
#: a state or an IGO fills many times over at once (deputy ministers, agency heads, envoys, aides, commissioners).
MANY_HOLDERS = frozenset({"legislator", "deputy_minister", "agency_head", "envoy", "presidential_aide",
                          "commissioner"})
#: Every other office above has one holder per country (local: per unit) at a time.
SINGLE_HOLDER = frozenset(TERM_OFFICES) - MANY_HOLDERS
SECTORS = frozenset({"GOV", "MIL", "IGO", "LEG", "JUD", "PTY", "MED", "BUS", "NGO", "REB", "SPY"})
GRANULARITIES = frozenset({"day", "month", "year"})
# Codes whose history continues under another code before a date (USSR offices are filed as SUN).
_PREDECESSORS = {"RUS": (("SUN", date(1991, 12, 26)),)}
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"})


def by_first_letter(keywords: list[str]) -> str:
    """A regex alternation of the literal ``keywords`` (in this order), its branches grouped by first character.

    ``re`` tries an alternation's branches one by one at every position (hundreds of keywords: hundreds of tries);
    grouped, it tries one branch per first character and then only the keywords that begin with it. Same matches:
    only those keywords can match there, and their order is kept. (Ungrouped when a keyword is empty.)"""
    if not all(keywords):
        return "|".join(map(re.escape, keywords))
    groups: dict[str, list[str]] = {}
    for k in keywords:
        groups.setdefault(k[0], []).append(re.escape(k[1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


def _fold(text: str) -> str:
    """Casefold and strip diacritics ("Özal" -> "ozal", "İhsan" -> "ihsan")."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_FOLD)


@lru_cache(maxsize=16384)  # asked for every capitalised run of every report by the dating stage, most repeated
def name_key(name: str) -> str:
    """Matching key for person names: folded, letters and digits only ("Kim Jong-il" == "kim jong il")."""
    return re.sub(r"[\W_]+", "", _fold(name))


@lru_cache(maxsize=16384)
def title_key(title: str) -> str:
    """Matching key for titles: folded, hyphens/dots dropped, British spelling of "defence" unified."""
    text = re.sub(r"[-‐–.]+", " ", _fold(title)).replace("defence", "defense")
    return " ".join(text.split())


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


PRECISIONS = ("day", "month", "year")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_period(text: str) -> tuple[date, date, str] | None:
    """``(first day, last day, precision)`` of "1991", "1991-11" or "1991-11-02"; None for an empty cell.

    Raises ValueError on anything else (a bad month or day included).
    """
    text = text.strip()
    if not text:
        return None
    m = _PERIOD.fullmatch(text)
    if m is None:
        raise ValueError(f"not a date, year-month or year: {text!r}")
    year, month, day = int(m[1]), m[2], m[3]
    if day is not None:
        d = date.fromisoformat(text)
        return d, d, "day"
    if month is not None:
        first = date(year, int(month), 1)  # ValueError on month 13
        last = date(year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)
        return first, last, "month"
    return date(year, 1, 1), date(year, 12, 31), "year"


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One continuous term of one person in one office of one country (or IGO)."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    title: str
    sector: str
    start: date  # the first day the term may have begun (the first day of a year/month start)
    end: date | None  # the last day the term may have lasted (the last day of a year/month end)
    start_precision: str = "day"
    end_precision: str = "day"
    unit: str = ""  # a sub-national office's unit ("Okinawa"); empty for a national office

    @property
    def office_key(self) -> str:
        """The office as the KB indexes its holders: the office, or "office/unit" for a local one
        ("governor/Okinawa"), so that each unit's office has its own series of holders."""
        return f"{self.office}/{self.unit}" if self.unit else self.office

    @property
    def sure_start(self) -> date:
        """The first day the term surely covers: the start day, else the day after the start year/month."""
        if self.start_precision == "month":
            return date(self.start.year + (self.start.month == 12), self.start.month % 12 + 1, 1)
        if self.start_precision == "year":
            return date(self.start.year + 1, 1, 1)
        return self.start

    @property
    def sure_end(self) -> date | None:
        """The last day the term surely covers: the end day, else the day before the end year/month (None: open)."""
        if self.end is None or self.end_precision == "day":
            return self.end
        first = self.end.replace(day=1) if self.end_precision == "month" else self.end.replace(month=1, day=1)
        return first - timedelta(days=1)

    def contains(self, on: date) -> bool:
        """True if the term surely covers day ``on``, both ends inclusive (open end = still in office)."""
        end = self.sure_end
        return self.sure_start <= on and (end is None or on <= end)

    def may_contain(self, on: date) -> bool:
        """True if the term may cover day ``on`` (inside a boundary year/month counts)."""
        return self.start <= on and (self.end is None or on <= self.end)

    def uncertain_on(self, on: date) -> bool:
        """True if ``on`` falls in a boundary year/month: the term may or may not cover it."""
        return self.may_contain(on) and not self.contains(on)


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """A well-known dated event that news refers to by name or as "recent"."""

    event_id: str
    date: date
    granularity: str
    countries: tuple[str, ...]
    keywords: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class Person:
    """A person in the knowledge base with all their terms, oldest first."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[OfficeTerm, ...]


LOCAL_FILE = "office_terms_local.csv"


def local_titles(title: str, units: tuple[str, ...]) -> list[str]:
    """The title phrases that name one unit's local office: "Okinawa Governor", "Okinawa Gov.", "Governor of
    Okinawa" for title "Governor" and unit "Okinawa" (every listed name of the unit)."""
    forms = (title, *LOCAL_TITLE_FORMS.get(title, ()))
    out = [f"{u} {f}" for u in units for f in forms] + [f"{title} of {u}" for u in units]
    return list(dict.fromkeys(out))


#: The day the KB was last checked when its data directory does not say (data/office_kb_as_of.txt).
CHECKED_AS_OF = date(2026, 12, 1)


def _checked_as_of(data_dir: Path | None) -> date:
    """The day the KB's data was last checked (``office_kb_as_of.txt``: its one non-comment line, an ISO day)."""
    try:
        if data_dir is not None:
            text = (Path(data_dir) / "office_kb_as_of.txt").read_text(encoding="utf-8")
        else:
            text = resources.files("chronicler").joinpath("data", "office_kb_as_of.txt").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError, NotADirectoryError):
        return CHECKED_AS_OF
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return date.fromisoformat(lines[0]) if lines else CHECKED_AS_OF


def _read_csv(data_dir: Path | None, filename: str, optional: bool = False) -> list[dict[str, str]]:
    if data_dir is not None:
        path = Path(data_dir) / filename
        if optional and not path.exists():
            return []  # a KB directory written before local offices existed
        text = path.read_text(encoding="utf-8")
    else:
        try:
            text = resources.files("chronicler").joinpath("data", filename).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
            text = (Path(__file__).resolve().parent.parent / "data" / filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


class OfficeKB:
    """In-memory index over office terms, office titles and known events."""

    def __init__(self, data_dir: Path | None = None) -> None:
        """Load the three CSV files from ``data_dir`` (default: the packaged ``chronicler/data``)."""
        self.problems: list[str] = []
        self.terms: list[OfficeTerm] = []
        for i, row in enumerate(_read_csv(data_dir, "office_terms.csv"), start=2):
            try:
                start = parse_period(row["start"] or "") or (date.min, date.min, "day")
                end = parse_period(row["end"] or "")
                self.terms.append(OfficeTerm(
                    row["person_id"].strip(), row["name"].strip(), _split(row["aliases"]),
                    row["country"].strip(), row["office"].strip(), row["title"].strip(),
                    row["sector"].strip(), start[0], end[1] if end else None, start[2], end[2] if end else "day"))
            except (ValueError, KeyError, AttributeError) as exc:
                self.problems.append(f"office_terms.csv line {i}: {exc}")
        self._local_titles: list[tuple[str, str, str, str]] = []  # (country, title phrase, office key, sector)
        for i, row in enumerate(_read_csv(data_dir, LOCAL_FILE, optional=True), start=2):
            try:
                units = _split(row["unit"])
                start = parse_period(row["start"] or "") or (date.min, date.min, "day")
                end = parse_period(row["end"] or "")
                term = OfficeTerm(
                    row["person_id"].strip(), row["name"].strip(), _split(row["aliases"]),
                    row["country"].strip(), row["office"].strip(), row["title"].strip(),
                    row["sector"].strip(), start[0], end[1] if end else None, start[2], end[2] if end else "day",
                    units[0] if units else "")
                self.terms.append(term)
                self._local_titles += [(term.country, phrase, term.office_key, term.sector)
                                       for phrase in local_titles(term.title, units)]
            except (ValueError, KeyError, AttributeError, IndexError) as exc:
                self.problems.append(f"{LOCAL_FILE} line {i}: {exc}")
        self.checked_as_of = _checked_as_of(data_dir)
        self.titles = [{k: (v or "").strip() for k, v in r.items()}
                       for r in _read_csv(data_dir, "office_titles.csv")]
        self.events: list[KnownEvent] = []
        for i, row in enumerate(_read_csv(data_dir, "known_events.csv"), start=2):
            try:
                self.events.append(KnownEvent(
                    row["event_id"].strip(), date.fromisoformat(row["date"].strip()),
                    row["granularity"].strip(), _split(row["countries"]),
                    tuple(_fold(k) for k in _split(row["keywords"])), row["description"].strip()))
            except (ValueError, KeyError, AttributeError) as exc:
                self.problems.append(f"known_events.csv line {i}: {exc}")
        self._by_name: dict[str, list[OfficeTerm]] = defaultdict(list)
        self._by_person: dict[str, list[OfficeTerm]] = defaultdict(list)
        self._by_office: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        names: dict[str, set[str]] = defaultdict(set)  # a person's names on any row name all of their terms
        for term in self.terms:
            names[term.person_id].update(name_key(n) for n in (term.name, *term.aliases))
        for term in sorted(self.terms, key=lambda t: t.start):
            self._by_person[term.person_id].append(term)
            self._by_office[(term.country, term.office_key)].append(term)
            for key in names[term.person_id] - {""}:
                self._by_name[key].append(term)
        self._titles: dict[tuple[str, str], tuple[str, str]] = {}
        for row in self.titles:
            self._titles.setdefault((row["country"], title_key(row["title"])), (row["office"], row["sector"]))
        for country, phrase, office_key, sector in self._local_titles:  # "Okinawa Gov." names one unit's office
            self._titles.setdefault((country, title_key(phrase)), (office_key, sector))
        for term in self.terms:
            if not term.unit:  # a bare local title ("Governor") names no one office of the country
                self._titles.setdefault((term.country, title_key(term.title)), (term.office, term.sector))
        self._kw_events: dict[str, list[KnownEvent]] = defaultdict(list)
        for ev in self.events:
            for kw in dict.fromkeys(ev.keywords):
                self._kw_events[kw].append(ev)
        alternation = by_first_letter(sorted(self._kw_events, key=len, reverse=True))
        self._kw_re = re.compile(r"(?<!\w)(?:" + (alternation or r"(?!)") + r")(?!\w)")

    def terms_for_name(self, name: str) -> list[OfficeTerm]:
        """All terms of every person whose full name or alias (incl. bare surname) matches ``name``.

        Matching ignores case, diacritics, spaces, hyphens and dots; results are oldest first.
        """
        return list(self._by_name.get(name_key(name), ()))

    def terms_for_title(self, title: str, country: str | None = None) -> list[str]:
        """Offices ``title`` can denote: with ``country``, its specific entries first, then generic ``*``
        ones; without, generic entries first, then those of any country."""
        key, specific, generic = title_key(title), [], []
        for (c, t), (office, _sector) in self._titles.items():
            if t == key and (country is None or c in (country, "*")):
                (generic if c == "*" else specific).append(office)
        ordered = specific + generic if country else generic + specific
        return list(dict.fromkeys(ordered))

    def office_for_title(self, title: str, country: str | None = None) -> tuple[str, str] | None:
        """``(office, sector)`` for a title phrase: country-specific mapping first, then generic."""
        key = title_key(title)
        if country and (country, key) in self._titles:
            return self._titles[(country, key)]
        return self._titles.get(("*", key))

    def holders(self, country: str, office: str, on: date) -> list[OfficeTerm]:
        """Who surely held ``office`` in ``country`` on day ``on`` (a boundary year/month of a term is not sure).

        For single-holder offices a hand-over day yields only the incoming holder.  Queries for
        ``RUS`` before 1991-12-26 fall back to the Soviet (``SUN``) office when Russia has none.
        """
        found = [t for t in self._by_office.get((country, office), ()) if t.contains(on)]
        if len(found) > 1 and office.split("/")[0] in SINGLE_HOLDER:
            incoming = [t for t in found if t.sure_start == on]
            if incoming:
                found = [t for t in found if t.sure_end != on or t in incoming]
        if not found:
            for code, until in _PREDECESSORS.get(country, ()):
                if on < until:
                    return self.holders(code, office, on)
        return found

    def term_on(self, person_id: str, on: date) -> OfficeTerm | None:
        """The person's most senior term surely covering ``on`` (see ``TERM_OFFICES``), or None."""
        found = [t for t in self._by_person.get(person_id, ()) if t.contains(on)]
        found.sort(key=lambda t: (t.sure_end == on, _RANK.get(t.office, len(_RANK)), -t.start.toordinal()))
        return found[0] if found else None

    def known_events_matching(self, text: str) -> list[KnownEvent]:
        """Known events any of whose keywords occurs in ``text`` as whole words; most hits first."""
        hits: dict[str, int] = defaultdict(int)
        events: dict[str, KnownEvent] = {}
        for kw in set(self._kw_re.findall(_fold(text))):
            for ev in self._kw_events[kw]:
                hits[ev.event_id] += 1
                events[ev.event_id] = ev
        return sorted(events.values(), key=lambda ev: (-hits[ev.event_id], ev.date))

    def persons(self) -> list[Person]:
        """Every person in the knowledge base, sorted by person_id."""
        out = []
        for pid in sorted(self._by_person):
            terms = self._by_person[pid]
            aliases = tuple(dict.fromkeys(a for t in terms for a in t.aliases))
            out.append(Person(pid, terms[0].name, aliases, tuple(terms)))
        return out


@lru_cache(maxsize=1)
def default_kb() -> OfficeKB:
    """The packaged knowledge base, loaded on first use and cached."""
    return OfficeKB()
