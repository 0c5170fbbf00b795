"""Consistency checks of the office-holder knowledge base (``chronicler.actors.office_kb``): parse errors, codes,
offices and sectors, names per person, and overlapping terms of single-holder offices."""

from __future__ import annotations

from chronicler.actors.office_kb import (
    GRANULARITIES,
    IGO_CODES,
    LOCAL_OFFICES,
    OfficeKB,
    OfficeTerm,
    PRECISIONS,
    SECTORS,
    SINGLE_HOLDER,
    TERM_OFFICES,
    default_kb,
)


def _country_ok(code: str) -> bool:
    import pycountry

    return code in IGO_CODES or bool(
        pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code))


def validate(kb: OfficeKB | None = None) -> list[str]:
    """Consistency problems in the data (empty list = clean).

    Checks parse errors (a start/end must be a date, a year-month or a year), a start period after the
    end period, unknown country codes (pycountry incl. historic + IGO codes),
    unknown offices/sectors/granularities, one name per person_id, and overlaps of more than the
    hand-over day between terms of a single-holder office in one country.
    """
    kb = kb or default_kb()
    problems = list(kb.problems)
    names: dict[str, str] = {}
    for t in kb.terms:
        where = f"{t.person_id}/{t.country}/{t.office}/{t.start}"
        if t.end is not None and t.start > t.end:
            problems.append(f"{where}: start after end {t.end}")
        elif t.start_precision not in PRECISIONS or t.end_precision not in PRECISIONS:
            problems.append(f"{where}: unknown precision {t.start_precision!r}/{t.end_precision!r}")
        if not _country_ok(t.country):
            problems.append(f"{where}: unknown country code {t.country!r}")
        if t.office not in TERM_OFFICES:
            problems.append(f"{where}: unknown office {t.office!r}")
        if t.sector not in SECTORS:
            problems.append(f"{where}: unknown sector {t.sector!r}")
        if names.setdefault(t.person_id, t.name) != t.name:
            problems.append(f"{where}: name {t.name!r} differs from {names[t.person_id]!r}")
    for t in kb.terms:
        if (t.office in LOCAL_OFFICES) != bool(t.unit):
            problems.append(f"{t.person_id}/{t.country}/{t.office}/{t.start}: a local office needs a unit "
                            f"(office_terms_local.csv) and a national one none")
    for (country, office), terms in kb._by_office.items():
        if office.split("/")[0] not in SINGLE_HOLDER:
            continue
        latest: OfficeTerm | None = None
        for t in terms:  # sorted by start; year/month bounds compared by the days each term surely covers
            if latest is not None and (latest.sure_end is None or latest.sure_end > t.sure_start):
                problems.append(f"{country}/{office}: {latest.person_id} ({latest.start}..{latest.end})"
                                f" overlaps {t.person_id} ({t.start}..{t.end})")
            if latest is None or latest.sure_end is not None and (t.sure_end is None or t.sure_end > latest.sure_end):
                latest = t
    for row in kb.titles:
        if row["country"] != "*" and not _country_ok(row["country"]):
            problems.append(f"office_titles: unknown country {row['country']!r} for {row['title']!r}")
        if row["sector"] not in SECTORS or not row["office"] or not row["title"]:
            problems.append(f"office_titles: bad row {row}")
    for ev in kb.events:
        if ev.granularity not in GRANULARITIES:
            problems.append(f"{ev.event_id}: unknown granularity {ev.granularity!r}")
        problems += [f"{ev.event_id}: unknown country {c!r}" for c in ev.countries if not _country_ok(c)]
        if not ev.keywords:
            problems.append(f"{ev.event_id}: no keywords")
    ids = [ev.event_id for ev in kb.events]
    problems += [f"duplicate event_id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    return problems
