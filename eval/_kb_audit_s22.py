"""Audit of the office-holder KB's foreign and defence ministers (issue 6, session 22): reads only our KB.

For each state the KB covers (any national office) and the states frequent in GSR-like news (G20 and the list
below), prints the years since 1990 in which the KB lists no foreign minister, and no defence minister, for most
of the year: a year is a gap when fewer than ``--min-days`` of its days (default 300) may be covered by a term of
that office (``OfficeTerm.may_contain``, so year- and month-precision bounds count as covered and a short vacancy
or hand-over is no gap). Years run to the KB's checked-as-of day. States are sorted by their gap-years, largest
first; ``--top N`` limits the listing, ``--states A,B`` picks states.

    python eval/_kb_audit_s22.py [--top N] [--states ISR,IRN] [--since 1990] [--min-days 300]
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from chronicler.actors.office_kb import IGO_CODES, OfficeKB, default_kb

OFFICES = ("foreign_minister", "defense_minister")
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
# States frequent in GSR-like news (CAMEO/PLOVER coded wire text) besides the G20.
NEWS = ("ISR IRN IRQ SYR PAK AFG PRK TWN UKR GEO SRB EGY VNM PSE LBN JOR LBY YEM QAT ARE KWT SDN SOM NGA ETH KEN "
        "ZWE DZA MAR TUN VEN COL CUB BLR AZE ARM KAZ POL ESP GRC SWE NOR NLD BGD LKA MMR THA PHL MYS")


def _ranges(years: list[int]) -> str:
    """ "1990-1993, 1997" from a sorted list of years."""
    out: list[str] = []
    for y in years:
        if out and int(out[-1].split("-")[-1]) == y - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{y}"
        else:
            out.append(str(y))
    return ", ".join(out)


def gap_years(kb: OfficeKB, country: str, office: str, since: int, min_days: int) -> list[int]:
    """The years from ``since`` to the KB's as-of year in which fewer than ``min_days`` days (fewer than all the
    days up to the as-of day in its last year) may be covered by a term of ``office`` in ``country``."""
    terms = [t for t in kb.terms if t.country == country and t.office == office]
    if country == "RUS":  # before 1991-12-26 the KB files the Soviet offices as SUN
        terms += [t for t in kb.terms if t.country == "SUN" and t.office == office]
    gaps = []
    for year in range(since, kb.checked_as_of.year + 1):
        first, last = date(year, 1, 1), min(date(year, 12, 31), kb.checked_as_of)
        days = (last - first).days + 1
        covered = sum(1 for i in range(days) if any(t.may_contain(first + timedelta(days=i)) for t in terms))
        if covered < min(min_days, days):
            gaps.append(year)
    return gaps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--since", type=int, default=1990)
    ap.add_argument("--min-days", type=int, default=300)
    ap.add_argument("--top", type=int, default=0, help="list only the N states with the most gap-years")
    ap.add_argument("--states", default="", help="comma-separated ISO-3 codes (default: KB states + G20 + news)")
    args = ap.parse_args()
    kb = default_kb()
    if args.states:
        states = sorted(set(args.states.upper().split(",")))
    else:
        national = {t.country for t in kb.terms if t.country not in IGO_CODES and t.country != "SUN" and not t.unit}
        states = sorted(national | set(G20.split()) | set(NEWS.split()))
    rows = []
    for c in states:
        gaps = {o: gap_years(kb, c, o, args.since, args.min_days) for o in OFFICES}
        rows.append((c, gaps))
    rows.sort(key=lambda r: (-sum(len(g) for g in r[1].values()), r[0]))
    total = {o: sum(len(g[o]) for _, g in rows) for o in OFFICES}
    span = kb.checked_as_of.year - args.since + 1
    print(f"KB audit s22: {len(rows)} states, {args.since}-{kb.checked_as_of.year} ({span} years), "
          f"gap = fewer than {args.min_days} days of a year may be covered")
    print(f"gap-years: foreign minister {total['foreign_minister']}, defence minister {total['defense_minister']}")
    print(f"states with no gap: FM {sum(not g['foreign_minister'] for _, g in rows)}, "
          f"DM {sum(not g['defense_minister'] for _, g in rows)}")
    for c, gaps in rows[: args.top or None]:
        fm, dm = gaps["foreign_minister"], gaps["defense_minister"]
        if not fm and not dm:
            continue
        print(f"{c}  FM {len(fm):2d}: {_ranges(fm) or '-'}")
        print(f"     DM {len(dm):2d}: {_ranges(dm) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
