"""Rule handlers for seasons ("last spring", "the fall of 1998") and named holidays ("Christmas Eve", "Easter
week"), split from :mod:`chronicler.time.rules_calendar`."""

from __future__ import annotations

import re
from datetime import date

from chronicler.time import normalize as nz
from chronicler.time.grammar import SEASONS, year_number
from chronicler.time.holidays import holiday
from chronicler.time.rules_base import Ctx, Result, edge_mod, year_for_day
from chronicler.time.rules_joined import joined_season, shared_year
from chronicler.time.rules_narrative import narrative_anchor


#: After a season word, what makes it a noun of another sense: "the fall of Saddam", "the fall in prices",
#: "the spring of discontent" (but "the fall of 1998", "the summer of last year" are seasons; "in" only after
#: "fall"/"spring": "the summer in Paris" is a season).
_SEASON_NOUN = re.compile(r"\s+(?P<p>of|in)\s+(?!(?:the\s+same\s+|last\s+|this\s+|next\s+|that\s+)?year\b|\d{4}\b|'\d\d\b)",
                          re.I)
#: After "fall"/"spring", a particle or adverb of the verb: "buildings that fall down", "prices that fall sharply".
_VERB_PARTICLE = re.compile(r"\s+(?:down|apart|into|on|off|out|through|under|short|behind|back|below|within|to|"
                            r"from|victim|prey|sharply|steeply|silent|flat|asleep|ill|foul|up)\b", re.I)


#: A season word capitalized as part of a name ("Summer", not "SUMMER"), and the capitalized word after it that
#: completes the name ("the Winter Olympics", "Spring Street"); a month after it is a date ("Spring March 2").
_NAMED = re.compile(r"[A-Z][a-z]+")
_NAME_NEXT = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\b)[A-Z][a-z]")


def h_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    s = SEASONS[m["s"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = edge_mod(m["edge"])
    if not m["y"] and _NAMED.match(m["s"]) and _NAME_NEXT.match(ctx.text, m.end()):
        return None  # a capitalized season before a capitalized word names something: "the Summer Palace"
    if m["y"]:
        return Result("DATE", f"{year_number(m['y']):04d}-{s}", mod)
    shared = shared_year(ctx.text, m.end())
    if shared is not None and rel in ("", "the"):
        return Result("DATE", f"{shared[0]:04d}-{s}", mod)  # "the spring and summer of 2008"
    if not rel and not m["edge"]:
        joined = joined_season(m, ctx)
        if joined is not None:
            return Result("DATE", f"{joined}-{s}", None, True)  # "in the autumn and winter": the same year
        before = ctx.text[max(0, m.start() - 10):m.start()].lower()
        if m["s"].lower() in ("fall", "spring") or not re.search(r"\b(?:in|during|by|until|since|through|over)\s+$", before):
            return None
    if not m["y"] and re.match(r"-(?!long\b)[A-Za-z]", ctx.text[m.end():m.end() + 2 + 4]):
        return None  # "the fall-out", "a spring-loaded gun": a compound, not a season
    noun = _SEASON_NOUN.match(ctx.text, m.end())
    if rel in ("", "the", "that") and not m["edge"] and ((noun and (noun["p"].lower() == "of" or m["s"].lower() in (
            "fall", "spring"))) or (m["s"].lower() in ("fall", "spring") and _VERB_PARTICLE.match(ctx.text, m.end()))):
        return None  # "the fall of the Berlin Wall", "the fall in prices", "buildings that fall down"
    ref = ctx.ref
    if rel in ("that", "the following", "the next", "the previous"):  # the narrative's season: "That summer"
        if ctx.prior is None:
            return Result("DATE", f"XXXX-{s}", mod, True)  # placeholder while choosing candidates
        anchor = narrative_anchor(ctx, m.start(), seasons=True)
        if anchor is None:
            return None
        # after a year told ("in 1980 ... the next spring"), the next season is counted from the year's end
        ref = date(anchor[0].year, 12, 31) if anchor[1] == "Y" and rel != "the previous" and rel != "that" \
            else anchor[0]
    if ref is None:
        return Result("DATE", f"XXXX-{s}", mod, True)
    if not 3 <= ref.year <= 9997:
        return None

    def span(y: int) -> tuple[date, date]:
        iv = nz.interval_of(f"{y:04d}-{s}")
        assert iv is not None and iv.earliest and iv.latest
        return iv.earliest, iv.latest

    years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1]
    current = next((y for y in years if span(y)[0] <= ref <= span(y)[1]), None)
    past = max(y for y in years if span(y)[1] < ref)
    future = min(y for y in years if span(y)[0] > ref)
    if rel == "that":
        y = ref.year - 1 if s == "WI" and ref.month <= 2 else ref.year
    elif rel in ("the following", "the next"):
        y = future
    elif rel in ("last", "past", "this past", "the previous"):
        y = past
    elif rel in ("next", "coming"):
        y = future
    elif rel == "this" and current is None:
        y = ref.year - 1 if (s == "WI" and ref.month <= 2) else ref.year
    elif current is not None:
        y = current
    else:
        y = past if ctx.tense == "past" else future
    return Result("DATE", f"{y:04d}-{s}", mod, True)


def h_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    name = m["h"]
    week = re.search(r"\s+[Ww]eek$", name)
    if week:  # "Easter week": the (ISO) week ending on Easter Sunday
        name = name[:week.start()]
    res = _holiday_day(name, (m["rel"] or "").lower(), m["y"], ctx)
    if res is None or not week:
        return res
    iv = nz.interval_of(res.value)
    if iv is None or iv.earliest is None:
        return Result("DATE", "XXXX-WXX", None, True)
    return Result("DATE", nz.week(iv.earliest), None, res.relative)


def _holiday_day(name: str, rel: str, year: str | None, ctx: Ctx) -> Result | None:
    if year:
        d = holiday(name, int(year))
        return Result("DATE", d.isoformat()) if d else None
    if ctx.ref is None:
        probe = holiday(name, 2001)
        return Result("DATE", f"XXXX-{probe.month:02d}-{probe.day:02d}" if probe and "easter" not in name.lower()
                      and "thanksgiving" not in name.lower() else "XXXX-XX-XX", None, True)
    this = holiday(name, ctx.ref.year)
    if this is None:
        return None
    if rel == "last":
        y = ctx.ref.year if this < ctx.ref else ctx.ref.year - 1
    elif rel == "next":
        y = ctx.ref.year if this > ctx.ref else ctx.ref.year + 1
    elif rel == "this":
        y = ctx.ref.year
    else:
        y = year_for_day(ctx.ref, this.month, this.day, ctx.tense) or ctx.ref.year
    d = holiday(name, y)
    return Result("DATE", d.isoformat(), None, True) if d else None
