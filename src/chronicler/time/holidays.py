"""Dates of named holidays (fixed, weekday-rule and Easter-based), for expressions like "on Christmas Eve"."""

from __future__ import annotations

import re
from datetime import date, timedelta

_FIXED = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
          "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "halloween": (10, 31),
          "valentine's day": (2, 14), "independence day": (7, 4), "veterans day": (11, 11),
          "boxing day": (12, 26)}


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def holiday(name: str, year: int) -> date | None:
    """The date of holiday ``name`` in ``year``, or None if unknown."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'")).replace(" 's", "'s").strip()
    if not 1583 <= year <= 9999:
        return None
    if key in _FIXED:
        return date(year, *_FIXED[key])
    if key in ("thanksgiving", "thanksgiving day"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key in ("easter", "easter sunday"):
        return easter(year)
    if key == "easter monday":
        return easter(year) + timedelta(days=1)
    if key == "good friday":
        return easter(year) - timedelta(days=2)
    return None
