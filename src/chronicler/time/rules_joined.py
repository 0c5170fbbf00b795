"""Expressions read with a neighbour: the ends of a range, coordinated decades and seasons, and a year named
once for two dates ("March and April 2007", "from May 5 to June 7, 2006", "the spring and summer of 2008")."""

from __future__ import annotations

import re

from chronicler.time.grammar import DAYNUM, MONTH, YEAR, month_number
from chronicler.time.rules_base import Ctx

#: Between the two ends of a range: "from March to May", "between June and August", "March-May".
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", re.I)


def range_start(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    """(year, month) of the month or day that opens a range closed by this month, or None."""
    if not ctx.prior:
        return None
    last = ctx.prior[-1]
    iv = last.interval
    if iv is None or iv.earliest is None or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last.value):
        return None
    join = ctx.text[last.end:m.start()]
    if not _RANGE_JOIN.fullmatch(join):
        return None
    opener = re.search(r"\b(?:from|between)\s+(?:the\s+)?$", ctx.text[max(0, last.start - 12):last.start], re.I)
    if opener is None and join.strip() not in ("-", "–"):
        return None
    return iv.earliest.year, iv.earliest.month


def coordinated_decade(m: re.Match[str], ctx: Ctx) -> str | None:
    """The value of the decade just told when this bare one is joined to it ("the 1960s and 70s", "the 1980s
    or '90s"), else None ("in their 50s and 60s" stays an age)."""
    if ctx.prior is None:  # choosing candidates: a placeholder when a decade seems to come just before
        joined = re.search(r"\d0'?s\s*(?:and|or|to|through|-|–)\s*$", ctx.text[max(0, m.start() - 16):m.start()], re.I)
        return "XXX" if joined else None
    if not ctx.prior:
        return None
    last = ctx.prior[-1]
    if not re.fullmatch(r"\d{3}", last.value) or not re.fullmatch(r"\s*(?:and|or|to|through|-|–)\s*",
                                                                    ctx.text[last.end:m.start()], re.I):
        return None
    return last.value


def joined_season(m: re.Match[str], ctx: Ctx) -> str | None:
    """The year (or "XXXX" while choosing candidates) of a season told just before and joined to this bare one
    by "and"/"or"/"to" ("in the autumn and winter"), else None."""
    if ctx.prior is None:
        ok = re.search(r"(?i:spring|summer|fall|autumn|winter)(?:\s+of\s+\d{4})?\s+(?:and|or|to)\s+$",
                       ctx.text[max(0, m.start() - 24):m.start()])
        return "XXXX" if ok else None
    if not ctx.prior:
        return None
    last = ctx.prior[-1]
    sm = re.fullmatch(r"(\d{4})-(?:SP|SU|FA|WI)", last.value)
    if sm is None or not re.fullmatch(r"\s+(?:and|or|to)\s+", ctx.text[last.end:m.start()], re.I):
        return None
    return sm.group(1)


#: After a date without its year, the next one that names it: "[March] and April 2007", "[May 5] to June 7,
#: 2006", "[March 3] and 4, 2007", "the [spring] and summer of 2008".
_SHARED_YEAR = re.compile(
    r"\s*(?:,\s*)?(?:and|or|to|through|until|till|-|–)\s*(?:the\s+)?(?:(?i:early|late|mid)[\s-]+)?"
    rf"(?:(?P<mon>{MONTH})(?:\s+{DAYNUM}(?!\d))?|{DAYNUM}(?:\s+(?P<mon2>{MONTH}))?|"
    r"(?i:spring|summer|fall|autumn|winter)(?:\s+of)?)"
    rf"(?:\s?,)?\s+(?P<y>{YEAR})(?!\d|[,.]\d|\s*%)")


def shared_year(text: str, end: int, month: int | None = None) -> tuple[int, int | None] | None:
    """(year, month of the later date or None) when the date ending at ``end`` shares the year the next one
    names; with ``month``, a later date in an earlier month means the year before ("November and January
    2008": November 2007)."""
    sm = _SHARED_YEAR.match(text, end)
    if sm is None:
        return None
    y = int(sm["y"])
    later = sm["mon"] or sm["mon2"]
    later_month = month_number(later) if later else None
    if month is not None and later_month is not None and later_month < month:
        y -= 1
    return y, later_month
