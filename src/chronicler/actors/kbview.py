"""A thin, tolerant view of the office-holder KB (``chronicler.actors.office_kb``) for actor coding.

The KB is optional at run time: when it is absent (or a call fails) every function here answers None and the
actor is coded from the text alone. Results are normalised to :class:`Term` whatever the KB's own classes are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from chronicler.actors.nationality import own_state

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Term:
    """One person holding one office from ``start`` to ``end`` (None: open).

    ``start``/``end`` are the widest reading of a term the KB dates only to a year or month; ``sure_start``/
    ``sure_end`` (when set) the days it surely covers (see ``office_kb``: inside a boundary year/month the
    term is uncertain).
    """

    person_id: str
    name: str
    country: str | None
    office: str  # the KB's office id or label
    role: str  # a readable role ("defense minister")
    sector: str | None
    start: date | None
    end: date | None
    sure_start: date | None = None
    sure_end: date | None = None
    start_precision: str = "day"
    end_precision: str = "day"

    def covers(self, on: date) -> bool:
        """True when the term surely includes day ``on``."""
        start = self.sure_start or self.start
        end = self.sure_end if self.end is not None and self.sure_end is not None else self.end
        return (start is None or start <= on) and (end is None or on <= end)

    def may_cover(self, on: date) -> bool:
        """True when the term may include day ``on`` (a boundary year/month of the term counts)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def uncertain_on(self, on: date) -> bool:
        """True when ``on`` lies in a boundary year/month of the term: it may or may not cover it."""
        return self.may_cover(on) and not self.covers(on)

    def period(self, which: str) -> str | None:
        """``start`` or ``end`` as the KB states it: "1991", "1991-11" or an ISO day (None: open/unknown)."""
        d, precision = (self.start, self.start_precision) if which == "start" else (self.end, self.end_precision)
        if d is None:
            return None
        return {"year": d.isoformat()[:4], "month": d.isoformat()[:7]}.get(precision, d.isoformat())


@lru_cache(maxsize=1)
def _kb() -> Any:
    try:
        from chronicler.actors.office_kb import default_kb
    except ImportError:
        return None
    try:
        return default_kb()
    except Exception:  # noqa: BLE001 - a broken KB must not stop actor coding
        log.warning("office-holder KB failed to load; coding actors from the text only", exc_info=True)
        return None


def available() -> bool:
    """True when the office-holder KB is installed and loads."""
    return _kb() is not None


def _get(obj: Any, *names: str) -> Any:
    for n in names:
        v = obj.get(n) if isinstance(obj, dict) else getattr(obj, n, None)
        if v is not None:
            return v
    return None


def _date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _term(t: Any) -> Term | None:
    pid = _get(t, "person_id", "person", "id")
    name = _get(t, "name", "person_name", "holder")
    if not pid or not name:
        return None
    office = str(_get(t, "office", "office_id", "title") or "")
    title = str(_get(t, "role", "title", "office_title", "office") or office).replace("_", " ")
    end = _date(_get(t, "end", "end_date"))
    return Term(str(pid), str(name), plover_country(_get(t, "country", "country_code")), office, canonical_role(title),
                _get(t, "sector"), _date(_get(t, "start", "start_date", "begin")), end,
                _date(_get(t, "sure_start")), _date(_get(t, "sure_end")) if end is not None else None,
                str(_get(t, "start_precision") or "day"), str(_get(t, "end_precision") or "day"))


#: KB codes that PLOVER codes otherwise: the Soviet Union's offices continue as Russia; IGO bodies are "IGO".
KB_COUNTRY = {"SUN": "RUS", "UNO": "IGO", "NATO": "IGO", "EUR": "IGO", "IAEA": "IGO", "ARL": "IGO", "IMF": "IGO",
              "WBG": "IGO", "WHO": "IGO", "AUC": "IGO"}


def plover_country(code: str | None) -> str | None:
    """The PLOVER country code of a KB country code."""
    return KB_COUNTRY.get(code, code) if code else None


def canonical_role(title: str) -> str:
    """A KB title as one of our roles ("Secretary of Defense" → "defense secretary"), else the title in lowercase."""
    from chronicler.actors.lexicon import default_lexicon

    e = default_lexicon().lookup_noun(title.lower())
    return e.name if e is not None and e.kind == "title" else title.lower()


def seniority(t: Term) -> tuple[int, int]:
    """Sort key: the most senior office first (the KB's ranking), then the latest term."""
    try:
        from chronicler.actors.office_kb import TERM_OFFICES
    except ImportError:
        TERM_OFFICES = ()
    rank = TERM_OFFICES.index(t.office) if t.office in TERM_OFFICES else len(TERM_OFFICES)
    return rank, -(t.start.toordinal() if t.start else 0)


def country_on(terms: list[Term], on: date | None) -> tuple[str | None, float, str]:
    """(country, confidence, why) of one KB person whose terms are in several states (a Soviet minister later
    Georgia's president, a foreign minister later an IGO's head): on ``on``, the state of the most senior term
    covering it; outside every term, the state of the last term before it (else the first after it), so a date
    after a career moved is not given the old state's successor. Without a date, the state served longest when
    it was served at least half as long again as any other (else None); an open term counts up to the day the KB
    was last checked (:func:`checked_as_of`). On a date after (or before) an international body's term and in
    no other, a person listed in data/nationalities.csv has their own state (a former UN chief at home); one not
    listed whose every term is in international bodies has no state from the KB: None."""
    countries = {t.country for t in terms if t.country}
    if "IGO" in countries and on is not None and not any(t.may_cover(on) for t in terms):
        ended = [t for t in terms if t.end is not None and t.end < on]
        last = max(ended, key=lambda t: t.end or date.min) if ended else None
        own = own_state({t.person_id for t in terms})
        if own is not None and (last is None or last.country == "IGO"):
            return own, 0.8, f"own state of a former international official (after {last.role if last else 'none'})"
        if countries == {"IGO"}:
            return None, 0.0, "office-holder KB: an international body's official belongs to it only in office"
    if len(countries) <= 1:
        return (next(iter(countries)) if countries else None), 0.95, "office-holder KB"
    if on is not None:
        now = sorted((t for t in terms if t.covers(on)), key=seniority)
        if now and now[0].country:
            return now[0].country, 0.9, f"office-holder KB: {now[0].role} on {on}"
        before = [t for t in terms if t.end is not None and t.end < on and t.country]
        if before:
            last = max(before, key=lambda t: t.end or date.min)
            return last.country, 0.8, f"office-holder KB: last in office as {last.role} ({last.end})"
        after = [t for t in terms if t.start is not None and t.start > on and t.country]
        if after:
            first = min(after, key=lambda t: t.start or date.max)
            return first.country, 0.7, f"office-holder KB: first in office as {first.role} ({first.start})"
    days: dict[str, int] = {}
    for t in terms:
        if t.country and t.start is not None:
            days[t.country] = days.get(t.country, 0) + ((t.end or checked_as_of()) - t.start).days
    ranked = sorted(days.items(), key=lambda kv: -kv[1])
    if len(ranked) >= 2 and ranked[0][1] >= 1.5 * ranked[1][1]:
        return ranked[0][0], 0.6, f"office-holder KB: the state served longest ({ranked[0][1]} days)"
    return None, 0.0, "office-holder KB: terms in several states"


def checked_as_of() -> date:
    """The day the KB was last checked: an open term runs to it (fixed with the data, not today's date, so that
    coding does not change as time passes)."""
    from chronicler.actors.office_kb import CHECKED_AS_OF

    kb = _kb()
    return getattr(kb, "checked_as_of", None) or CHECKED_AS_OF


def terms_for_name(name: str) -> list[Term]:
    """Every KB term of people called ``name`` (full name or surname), oldest first."""
    kb = _kb()
    if kb is None or not name:
        return []
    return list(_terms_for_name(kb, name))


@lru_cache(maxsize=16384)  # asked for every name of every report (the same few hundred names): once per name
def _terms_for_name(kb: Any, name: str) -> tuple[Term, ...]:
    try:
        raw = kb.terms_for_name(name) or []
    except Exception:  # noqa: BLE001
        log.debug("KB terms_for_name(%r) failed", name, exc_info=True)
        return ()
    if not raw:
        raw = _variant(name) or _misspelt(kb, name)
    terms = [t for t in (_term(x) for x in raw) if t is not None]
    return tuple(sorted(terms, key=lambda t: t.start or date.min))


def person_names() -> list[str]:
    """Every KB person's name and aliases as written (empty without a KB)."""
    kb = _kb()
    if kb is None or not hasattr(kb, "persons"):
        return []
    return list(dict.fromkeys(n for p in kb.persons() for n in (p.name, *p.aliases)))


@lru_cache(maxsize=1)
def _variants() -> dict[str, list[Any]]:
    """KB terms by the key of each name with its given names in one transliteration (lexicon.NAME_VARIANTS)."""
    kb = _kb()
    out: dict[str, list[Any]] = {}
    if kb is None or not hasattr(kb, "persons"):
        return out
    from chronicler.actors.lexicon import variant_name
    from chronicler.actors.office_kb import name_key

    for p in kb.persons():
        for key in {name_key(variant_name(n)) for n in (p.name, *p.aliases) if len(n.split()) >= 2}:
            out.setdefault(key, []).extend(p.terms)
    return out


def _variant(name: str) -> list[Any]:
    """Terms of the KB person whose full name is ``name`` with a given name spelt another common way
    ("Alexander Kwasniewski" for Aleksander Kwasniewski); none when two people match."""
    if len(name.split()) < 2:
        return []
    from chronicler.actors.lexicon import variant_name
    from chronicler.actors.office_kb import name_key

    terms = _variants().get(name_key(variant_name(name)), [])
    return terms if len({t.person_id for t in terms}) == 1 else []


@lru_cache(maxsize=1)
def _full_names() -> dict[str, list[tuple[str, Any]]]:
    """KB people by the key of their first name: (surname key, person), for :func:`_misspelt`."""
    kb = _kb()
    out: dict[str, list[tuple[str, Any]]] = {}
    if kb is None or not hasattr(kb, "persons"):
        return out
    from chronicler.actors.office_kb import name_key

    for p in kb.persons():
        for n in {p.name, *p.aliases}:
            words = n.split()
            if len(words) >= 2:
                out.setdefault(name_key(words[0]), []).append((name_key(" ".join(words[1:])), p))
    return out


def _misspelt(kb: Any, name: str) -> list[Any]:
    """Terms of the one KB person whose full name differs from ``name`` by a single letter in the surname
    ("Francois Mitterand" for François Mitterrand): same first name, surname of 6+ letters one edit away."""
    from chronicler.actors.office_kb import name_key

    words = name.split()
    if len(words) < 2:
        return []
    rest = name_key(" ".join(words[1:]))
    if len(rest) < 6:
        return []
    found = {p.person_id: p for key, p in _full_names().get(name_key(words[0]), ()) if _one_edit(rest, key)}
    if len(found) != 1:
        return []
    return list(next(iter(found.values())).terms)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def office_for_title(title: str, country: str | None) -> Any:
    """The KB office a title names in ``country`` (None when unknown)."""
    kb = _kb()
    if kb is None:
        return None
    try:
        return kb.office_for_title(title, country)
    except Exception:  # noqa: BLE001
        return None


def holder(country: str | None, title: str, on: date | None) -> Term | None:
    """The person holding the office ``title`` names in ``country`` on ``on`` (exactly one), else None."""
    kb = _kb()
    if kb is None or country is None or on is None:
        return None
    office = office_for_title(title, country)
    if office is None:
        return None
    try:
        office_id = office[0] if isinstance(office, tuple) else (_get(office, "office", "office_id", "id") or office)
        from chronicler.actors.office_kb import MANY_HOLDERS

        if office_id in MANY_HOLDERS:
            return None  # "the lawmaker": one of many, never the one the KB happens to list
        raw = kb.holders(country, office_id, on) or []
    except Exception:  # noqa: BLE001
        return None
    terms = [t for t in (_term(x) for x in raw) if t is not None]
    people = {t.person_id for t in terms}
    return terms[0] if len(people) == 1 else None
