"""TIMEX3 values: calendar arithmetic, value formatting, the value grammar and the interval a value denotes."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from chronicler.model import DateInterval

#: The TIMEX3 value grammar (TimeML 1.2.1 ``value`` attribute, as used in TimeBank).
VALUE_RE = re.compile(
    r"""^(?:
        (?:PRESENT|PAST|FUTURE)_REF
      | P(?:[0-9X]+(?:\.[0-9]+)?(?:CE|[YMWDHSEQL])|T[0-9X]+(?:\.[0-9]+)?[HMS])+ # durations, also P1DT2H, P2CE
      | P(?:[0-9X]+[YMWD])*T(?:[0-9X]+[HMS])+
      | (?:[0-9X]{1,4})                                                        # year, decade, century
        (?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{1,2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?
        (?:T(?:MO|MI|AF|EV|NI|DT|[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?))?
    )$""",
    re.X,
)

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def valid_value(value: str) -> bool:
    """True when ``value`` follows the TIMEX3 value grammar."""
    return bool(VALUE_RE.match(value))


def day(d: date) -> str:
    """``YYYY-MM-DD``."""
    return d.isoformat()


def month(y: int, m: int) -> str:
    """``YYYY-MM``."""
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    """The ISO week containing ``d``: ``YYYY-Www``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    """1..4."""
    return (d.month - 1) // 3 + 1


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months (day clamped to the month's length)."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    y = min(max(y, 1), 9999)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, E=decade, C=century); clamped to the calendar's range."""
    try:
        if unit == "D":
            return d + timedelta(days=n)
        if unit == "W":
            return d + timedelta(weeks=n)
        if unit == "M":
            return add_months(d, n)
        if unit == "Q":
            return add_months(d, 3 * n)
        if unit == "Y":
            return add_months(d, 12 * n)
        if unit == "E":
            return add_months(d, 120 * n)
        if unit == "C":
            return add_months(d, 1200 * n)
    except (OverflowError, ValueError):
        return date.max if n > 0 else date.min
    raise ValueError(unit)


def at(d: date, unit: str) -> str:
    """The value of the unit-sized period containing ``d`` (D, W, M, Q, H, Y, E, C)."""
    if unit == "D":
        return day(d)
    if unit == "W":
        return week(d)
    if unit == "M":
        return month(d.year, d.month)
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "E":
        return f"{d.year // 10:03d}"
    if unit == "C":
        return f"{d.year // 100:02d}"
    raise ValueError(unit)


UNKNOWN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "H": "XXXX-HX", "Y": "XXXX",
           "E": "XXX", "C": "XX"}

_PREFIXES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), lambda v: v[:7]),
    (re.compile(r"^\d{4}-W\d{2}"), lambda v: v[:4]),
    (re.compile(r"^\d{4}-(?:\d{2}|Q\d|H\d|SP|SU|FA|WI)"), lambda v: v[:4]),
    (re.compile(r"^\d{4}$"), lambda v: v[:3]),
    (re.compile(r"^\d{3}$"), lambda v: v[:2]),
)


def coarser(value: str) -> str | None:
    """The value one granularity up (day → month → year → decade → century), or None."""
    core = value.split("T")[0]
    for rx, up in _PREFIXES:
        if rx.match(core):
            return up(core)
    return None


def common(a: str, b: str) -> str:
    """The finest value both ``a`` and ``b`` agree on (for a DCT known only as an interval)."""
    if a == b:
        return a
    seen = set()
    v: str | None = a
    while v is not None:
        seen.add(v)
        v = coarser(v)
    v = b
    while v is not None:
        if v in seen:
            return v
        v = coarser(v)
    if a.startswith("P") or a.endswith("_REF"):
        return a
    return "XXXX"


def interval_of(value: str) -> DateInterval | None:
    """The calendar interval a DATE value denotes, or None for unknown, durations and references."""
    core = value.split("T")[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", core):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return DateInterval(d, d, d, "day")
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", core):
            lo = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return DateInterval(lo, lo + timedelta(days=6), None, "week")
        if m := re.fullmatch(r"(\d{4})-(\d{2})", core):
            y, mo = int(m[1]), int(m[2])
            return DateInterval(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), None, "month")
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", core):
            y, q = int(m[1]), int(m[2])
            hi = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
            return DateInterval(date(y, 3 * q - 2, 1), hi, None, "quarter")
        if m := re.fullmatch(r"(\d{4})-H([12])", core):
            y, h = int(m[1]), int(m[2])
            return DateInterval(date(y, 1 if h == 1 else 7, 1), date(y, 6 if h == 1 else 12, 30 if h == 1 else 31),
                                None, "quarter")
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", core):
            y = int(m[1])
            a, b = SEASONS[m[2]]
            lo = date(y, a, 1)
            hi_y = y + 1 if b < a else y
            return DateInterval(lo, date(hi_y, b, calendar.monthrange(hi_y, b)[1]), None, "season")
        if m := re.fullmatch(r"(\d{4})", core):
            y = int(m[1])
            return DateInterval(date(y, 1, 1), date(y, 12, 31), None, "year")
        if m := re.fullmatch(r"(\d{3})", core):
            y = int(m[1]) * 10
            return DateInterval(date(max(y, 1), 1, 1), date(y + 9, 12, 31), None, "decade")
        if m := re.fullmatch(r"(\d{2})", core):
            y = int(m[1]) * 100
            return DateInterval(date(max(y, 1), 1, 1), date(y + 99, 12, 31), None, "century")
    except (ValueError, OverflowError):  # e.g. the last ISO week of year 9999 ends after date.max
        return None
    return None
