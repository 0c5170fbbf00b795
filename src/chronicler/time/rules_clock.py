"""Clock times: "10 a.m.", "noon Friday", "midnight March 31", "5 p.m. EST, Nov. 6" and the day they fall on."""

from __future__ import annotations

import re
from datetime import timedelta

from chronicler.time.anchor import tense_cue, weekday_near
from chronicler.time.grammar import CLOCK_DAY, WEEKDAY, WEEKDAYS, month_number
from chronicler.time.rules_base import DEICTIC_SHIFT, Ctx, Result, edge_mod, safe_date, year_for_day
from chronicler.time.rules_narrative import narrative_anchor

#: A day named right after a clock time: "10:30 a.m. local time on Monday", "3:45 p.m. (1945 GMT) Tuesday" (also
#: with the brackets of tokenised text, "-LRB- 1945 GMT -RRB-").
_DAY_AFTER = re.compile(r"\s*(?:(?:\(|-LRB-)\s*\d{1,2}:?\d\d\s*(?:GMT|UTC)\s*(?:\)|-RRB-)|(?i:local\s+time)|GMT|UTC)?"
                        rf",?\s+(?:on\s+)?(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)|{CLOCK_DAY})\b")


def _time_day(day: str | None, ctx: Ctx, start: int = 0, end: int = 0) -> str | None:
    if not day and end and (after := _DAY_AFTER.match(ctx.text, end)):
        day = after["day"]
    if not day and ctx.prior:
        t = ctx.prior[-1]  # "Feb. 3 at 10 a.m.": the clock time of the day just named
        if t.interval is not None and t.interval.granularity == "day" and t.interval.earliest is not None \
                and re.fullmatch(r"[\s,]*(?:(?:(?i:last\s+)?(?i:updated)\s+)?(?:at|from|by|until|till|before|after)\s+)?(?:about\s+)?",
                                 ctx.text[t.end:start]):
            return t.interval.earliest.isoformat()
    if not day:
        return ctx.ref.isoformat() if ctx.ref is not None else "XXXX-XX-XX"
    low = day.lower()
    md = re.match(r"([A-Za-z]+)\.?\s+(\d+)(?:st|nd|rd|th)?(?:\s?,?\s+(\d{4}))?", day) or \
        re.match(r"(?P<d>\d+)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]+)\.?(?:\s?,?\s+(?P<y>\d{4}))?", day)
    if md:
        mname, dnum, year = (md["m"], md["d"], md["y"]) if "m" in md.groupdict() else (md[1], md[2], md[3])
        try:
            mon = month_number(mname)
        except KeyError:
            return None
        if not year and ctx.ref is None:
            return "XXXX-XX-XX"
        y = int(year) if year else year_for_day(ctx.ref, mon, int(dnum), ctx.tense)  # type: ignore[arg-type]
        dd = safe_date(y, mon, int(dnum)) if y else None
        return dd.isoformat() if dd else None
    if ctx.ref is None:
        return "XXXX-XX-XX"
    if low in WEEKDAYS:
        return weekday_near(ctx.ref, WEEKDAYS[low], ctx.tense).isoformat()
    return (ctx.ref + timedelta(days=DEICTIC_SHIFT[low])).isoformat()


def h_time(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A clock time (TIME ``YYYY-MM-DDThh:mm``) on the day it names, the day just told, or the reference date."""
    g = m.groupdict()
    day = _time_day(g.get("day"), ctx, m.start(), m.end())
    if day is None:
        return None
    if g.get("named"):
        named = g["named"].lower()
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[named]
        if named == "midnight" and ctx.ref is not None and day == ctx.ref.isoformat() and not g.get("day") \
                and not _DAY_AFTER.match(ctx.text, m.end()) and tense_cue(ctx.text, m.start(), m.end()) == "past":
            # "the colony passed to China at midnight": told in the past (a verb says so; the past the tagger
            # assumes when nothing does is not enough: "the vote closes at midnight there"), the midnight that opened
            # the report's day
            day = (ctx.ref - timedelta(days=1)).isoformat()
        return Result("TIME", f"{day}T{hhmm}", None, True)
    h = int(g["h"])
    mi = int(g["mi"] or 0)
    ap = g["ap"].lower()
    if ap != "o'clock":
        if not 1 <= h <= 12:
            return None
        if ap.startswith("p") and h != 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
    elif h > 12:
        return None
    return Result("TIME", f"{day}T{h:02d}:{mi:02d}", edge_mod(g.get("edge")), True)


def h_clock24(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A 24-hour clock time in GMT/UTC, as wire copy glosses local times ("3 p.m. (1300 GMT) Tuesday"): TIME on
    the day of the clock time it glosses, else the day named after it, the day just told or the reference date."""
    prior = ctx.prior[-1] if ctx.prior else None
    if prior is not None and prior.type == "TIME" and "T" in prior.value \
            and re.fullmatch(r"[^\S\n]*(?:(?i:local\s+time)[^\S\n]*)?(?:[(,]|-LRB-)[^\S\n]*", ctx.text[prior.end:m.start()]):
        day: str | None = prior.value.split("T")[0]
    else:
        day = _time_day(None, ctx, m.start(), m.end())
    if day is None:
        return None
    return Result("TIME", f"{day}T{int(m['h']):02d}:{m['mi']}", None, True)


#: The part of day each edge of the day falls in (TimeML has no finer code).
_EDGE_POD = {"dawn": "TMO", "daybreak": "TMO", "dusk": "TEV", "nightfall": "TEV"}
_EDGE_BEFORE = re.compile(r"\b(?:dawn|daybreak|dusk|nightfall)\s+$", re.I)


def h_dawn(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"at dawn", "before dawn Sunday", "by nightfall": the morning or evening (DATE ``YYYY-MM-DDTMO|TEV``, as the
    tagger writes "Sunday morning") of the day named; with no day named, in a clause that does not look ahead, of
    the day the narrative has reached (the last told expression, when it names a day), else the reference date; untagged when the narrative's
    last told time is coarser than a day. The preposition stays outside the extent."""
    if _EDGE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "from dawn until dusk": the daylight hours of any day, not one evening
    if not m["day"] and not _DAY_AFTER.match(ctx.text, m.end()) and ctx.ref is not None:
        if ctx.prior is None:
            return Result("DATE", "XXXX-XX-XX", None, True)  # placeholder while choosing candidates
        # a plan looks ahead from the report ("expect to land by nightfall"), a past clause from the story
        if ctx.tense != "future" and (told := narrative_anchor(ctx, m.start())) is not None:
            if told[1] != "D":
                return None  # "in May 1982 ... by nightfall": the evening of some day we cannot tell
            return Result("DATE", told[0].isoformat() + _EDGE_POD[m["pod"].lower()], None, True,
                          m.end("prep") - m.start())  # "landed on Monday ... freed ten by nightfall"
    day = _time_day(m["day"], ctx, m.start(), m.end())
    if day is None:
        return None
    return Result("DATE", day + _EDGE_POD[m["pod"].lower()], None, True, m.end("prep") - m.start())
