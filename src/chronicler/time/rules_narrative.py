"""Days the narrative has reached: "the next day", "that night", "later in the day" (after the last named day)."""

from __future__ import annotations

import re
from datetime import timedelta

from chronicler.time import normalize as nz
from chronicler.time.rules_base import Ctx, Result, pod_suffix

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
    return narrative_day(" ".join(m["rel"].lower().split()), None, ctx, pod_suffix(m["pod"]))
