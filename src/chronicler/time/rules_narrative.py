"""Days the narrative has reached: "the next day", "that night", "later in the day" (after the last named day)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.time import normalize as nz
from chronicler.time.rules_base import Ctx, Result, edge_mod, pod_suffix

_STEP = {"that": 0, "the following": 1, "the next": 1, "the previous": -1}


def narrative_day(rel: str, mod: str | None, ctx: Ctx, suffix: str = "",
                  dct_fallback: bool = False) -> Result | None:
    """"the next day", "that night": a day counted from the last dated expression if it names a day (the
    narrative's time); None when the last date is coarser ("in 1998") or there is none, unless
    ``dct_fallback`` ("later in the day": the report's day)."""
    if ctx.prior is None:
        return Result("DATE", "XXXX-XX-XX", mod, True)  # placeholder while choosing candidates
    # a clock time ("after midnight") names no day of its own: the day comes from the dates before it
    iv = next((t.interval for t in reversed(ctx.prior[-60:])
               if t.type == "DATE" and t.interval is not None and t.interval.earliest), None)
    if iv is None and not dct_fallback:
        return None  # "that night" with no day told: some night we cannot date
    if iv is None:
        base = ctx.ref
    elif iv.granularity == "day" and iv.earliest is not None:
        base = iv.earliest
    elif dct_fallback:
        base = ctx.ref
    else:
        return None
    if base is None:
        return Result("DATE", "XXXX-XX-XX" + suffix, mod, True)
    return Result("DATE", nz.day(base + timedelta(days=_STEP[rel])) + suffix, mod, True)


def h_narrative_pod(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"the next morning", "that night": a part of the day the narrative has reached."""
    return narrative_day(" ".join(m["rel"].lower().split()), edge_mod(m["edge"]), ctx, pod_suffix(m["pod"]))


#: How far back (in characters) a dated expression still sets the time a "two days later" counts from.
NARRATIVE_REACH = 1500
_GRAN_CODE = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C"}
_CODE_RANK = {c: i for i, c in enumerate("DWMQYEC")}


def narrative_anchor(ctx: Ctx, start: int, seasons: bool = False) -> tuple[date, str] | None:
    """The narrative's reference time for an anaphoric expression at ``start`` ("two days later", "a year
    earlier": TimeML anchors these to the time the text has reached, not to the report's date): the first
    day and unit code (D, W, M, Q, Y, E, C) of the last expression before it that names a calendar period,
    within :data:`NARRATIVE_REACH` characters; None when there is none (the report's date is the anchor).

    A told season ("in the fall of 1996") is known to its year (code Y), or with ``seasons`` as itself (code S:
    "the following winter" is counted from the autumn's first day)."""
    for t in reversed((ctx.prior or [])[-60:]):
        if t.end <= start - NARRATIVE_REACH:
            return None
        iv = t.interval
        if t.type == "DATE" and iv is not None and iv.earliest is not None and iv.granularity == "season":
            return (iv.earliest, "S") if seasons else (date(iv.earliest.year, 1, 1), "Y")
        if t.type in ("DATE", "TIME") and iv is not None and iv.earliest is not None and iv.granularity in _GRAN_CODE:
            return iv.earliest, _GRAN_CODE[iv.granularity]
    return None


def coarser_code(a: str, b: str) -> str:
    """The coarser of two unit codes (a day counted from a year is only known to the year)."""
    return a if _CODE_RANK.get(a, 0) >= _CODE_RANK.get(b, 0) else b


#: "in/within/over/during/for the next week": a stretch from the report's date, not the narrative's next unit.
_STRETCH_PREP = re.compile(r"\b(?:in|within|over|during|for|through|throughout)\s+$", re.I)


def narrative_unit(step: int, code: str, mod: str | None, ctx: Ctx, start: int) -> Result | None:
    """"the next week" told in the past, "the following month", "the previous year": the unit ``step`` units
    from the narrative's reference time (the last told calendar period, :func:`narrative_anchor`), kept at the
    coarser of the unit and that period's granularity (a month after "in 1996" is only known to be in 1996 or
    1997); None when no period was told nearby or the expression is a stretch ("over the next year")."""
    if _STRETCH_PREP.search(ctx.text, max(0, start - 12), start):
        return None
    if ctx.prior is None:
        return Result("DATE", "XXXX", mod, True)  # placeholder while choosing candidates
    anchor = narrative_anchor(ctx, start)
    if anchor is None:
        return None
    ref, told = anchor
    return Result("DATE", nz.at(nz.shift(ref, step, code), coarser_code(code, told)), mod, True)


def h_unit_around(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"the week before," "the day after," "the night before.": one unit back or on from the narrative's
    reference time; a day or a part of day needs a told day."""
    rel = "the previous" if m["dir"].lower() == "before" else "the next"
    if m["pod"] or m["unit"].lower() == "day":
        return narrative_day(rel, None, ctx, pod_suffix(m["pod"]))
    return narrative_unit(-1 if rel == "the previous" else 1, "W", None, ctx, m.start())


def following_weekday(ctx: Ctx, start: int, wd: int) -> date | None:
    """"the following Monday", "the next Tuesday" told after a day: the first such weekday after the narrative's
    told day (after the report's date when no day was told); None while candidates are being chosen."""
    if ctx.prior is None or ctx.ref is None:
        return None
    anchor = narrative_anchor(ctx, start)
    base = anchor[0] if anchor is not None and anchor[1] == "D" else ctx.ref
    return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)
