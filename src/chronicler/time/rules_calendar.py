"""Rule handlers for calendar expressions: dates, months, years, decades, centuries, quarters (seasons and holidays:
:mod:`chronicler.time.rules_season`)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from chronicler.time import normalize as nz
from chronicler.time.anchor import future_in_past, last_completed_quarter, month_near, quarter_near
from chronicler.time.grammar import ORDINALS, TENS, month_number, year_number
from chronicler.time.rules_base import (ENDED, Ctx, Result, day_of_month, edge_mod, half_of_year, prior_half,
                                        prior_quarter, safe_date, year_for_day)
from chronicler.time.rules_joined import coordinated_decade, range_start, shared_year
from chronicler.time.rules_narrative import NARRATIVE_REACH


def h_iso(m: re.Match[str], ctx: Ctx) -> Result | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        return Result("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}") if int(m["h"]) < 24 else None
    return Result("DATE", d.isoformat())


def h_slash(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    mon, day = int(m["m"]), int(m["d"])
    if mon > 12 >= day:  # "26/11/2008" can only be day first (British and European copy)
        mon, day = day, mon
    d = safe_date(y, mon, day)
    return Result("DATE", d.isoformat()) if d else None


def h_day_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon = month_number(m["mon"])
    d = day_of_month(m["d"])
    if not 1 <= d <= 31:
        return None
    if m.groupdict().get("d0"):  # "26-27 June": the range's first day
        d0 = day_of_month(m["d0"])
        if not 1 <= d0 < d:
            return None
        d = d0
    mod = edge_mod(m.groupdict().get("edge"))
    if m["y"]:
        dt = safe_date(int(m["y"]), mon, d)
        return Result("DATE", dt.isoformat(), mod) if dt else None
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{mon:02d}-{d:02d}", mod, True) if d <= calendar.monthrange(2000, mon)[1] else None
    yrel = (m.groupdict().get("yrel") or "").lower()
    shared = shared_year(ctx.text, m.end(), mon) if not yrel else None
    if yrel:  # "Aug. 7 last year"
        y = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[yrel]
    elif shared is not None:
        y = shared[0]  # "from May 5 to June 7, 2006", "March 3 and 4, 2007"
    else:
        y = year_for_day(ctx.ref, mon, d, ctx.tense)
    dt = safe_date(y, mon, d) if y else None
    if dt is None and mon == 2 and d == 29:
        return Result("DATE", f"XXXX-02-29", mod, True)
    return Result("DATE", dt.isoformat(), mod, True) if dt else None


def h_week_of(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"the week of March 6": the (ISO) week containing that day."""
    day = h_day_month(m, ctx)
    if day is None:
        return None
    iv = nz.interval_of(day.value)
    if iv is None or iv.earliest is None:
        return Result("DATE", "XXXX-WXX", None, True) if day.value.startswith("X") else None
    return Result("DATE", nz.week(iv.earliest), None, day.relative)


def h_month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    return Result("DATE", nz.month(year_number(m["y"]), month_number(m["mon"])), edge_mod(m["edge"]))


_MAY_CUES = re.compile(r"(?:\b(?:in|of|since|until|till|by|from|through|last|next|early|late|mid|this|during|"
                       r"before|after|to|and|or|between|throughout)\s+|-)$", re.I)


def h_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    name = m["mon"]
    mon = month_number(name)
    rel = (m["rel"] or "").lower()
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if not rel and not m["edge"]:
        if name == "March" and re.search(r"\b(?:the|a|annual)\s+$", before, re.I):
            return None  # "the March for Life"
        if re.match(r"\s+of\s+the\s+[A-Z]", ctx.text[m.end():m.end() + 12]) or _MONTH_OF_NOUN.match(ctx.text, m.end()):
            return None  # "the ``March of the Combatant Mothers''", "the March of millions", "the March of Dimes"
        if name.upper() == "MAY" and not _MAY_CUES.search(before):
            return None
        if _name_part(ctx.text, m.start(), m.end(), before):
            return None  # "April Jones, a spokeswoman", "the treasurer, Mark March,": a person's name
        if len(name) == 3 and name.lower() not in ("may",) and not m.group(0).endswith("."):
            return None  # a bare 'Jan'/'Mar' without its dot is too often something else
    mod = edge_mod(m["edge"])
    trim = 0
    if rel == "that":  # "That April": the year the story has reached (a bare month keeps the report's year:
        # tried on dev, "Spain joined in 1982 ... a summit set for April" is this year's April)
        y = None
        if _THAT_MONTH.search(ctx.text[max(0, m.start() - 12):m.start()]):
            if ctx.prior is None:
                return Result("DATE", f"XXXX-{mon:02d}", mod, True)  # placeholder while choosing candidates
            y = _narrative_year(ctx, m.start())
        if y is not None:
            return Result("DATE", nz.month(y, mon), mod, True)
        if m["edge"]:
            return None
        # "said that April sales fell" (the conjunction), or no year told: the month alone
        rel, trim = "", m.start("mon") - m.start()
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{mon:02d}", mod, True, trim)
    if rel in ("last", "past"):
        y, mo = month_near(ctx.ref, mon, "past", strict=True)
        if rel == "last" and (ctx.ref.year * 12 + ctx.ref.month) - (y * 12 + mo) == 1:
            y -= 1  # "last February" said in March: a year back (the month just gone is "last month")
    elif rel in ("next", "coming"):
        y, mo = month_near(ctx.ref, mon, "future", strict=True)
    elif rel == "this":
        y, mo = ctx.ref.year, mon
    elif not rel and (shared := shared_year(ctx.text, m.end(), mon)) is not None:
        y, mo = shared[0], mon  # "in March and April 2007"
    elif (start := range_start(m, ctx)) is not None:
        y, mo = (start[0] if mon >= start[1] else start[0] + 1), mon  # "from November to February": the next one
    elif not rel and not m["edge"] and not _TIME_PREP.search(before) and _DATA_NOUN.match(ctx.text, m.end()):
        y, mo = month_near(ctx.ref, mon, "past")  # "will publish January employment figures": a month over
    elif not rel and not m["edge"] and not _TIME_PREP.search(before) and _FUTURES_NOUN.match(ctx.text, m.end()):
        y, mo = month_near(ctx.ref, mon, "future")  # "December wheat rose": a delivery month still ahead
    elif ctx.tense == "future" and future_in_past(ctx.text, m.start()):
        # "hoped to tour the area in March": ahead of the plan, either side of the report; the nearer
        (ya, ma), (yb, mb) = month_near(ctx.ref, mon, "future"), month_near(ctx.ref, mon, "past")
        here = ctx.ref.year * 12 + ctx.ref.month
        y, mo = (ya, ma) if (ya * 12 + ma) - here <= here - (yb * 12 + mb) else (yb, mb)
    else:
        y, mo = month_near(ctx.ref, mon, ctx.tense)
    return Result("DATE", nz.month(y, mo), mod, True, trim)


#: Nouns of figures published about a month once it is over: a month named before them ("the March retail
#: sales", "January employment figures") is a past one whatever the tense of the clause.
_DATA_NOUN = re.compile(r"[^\S\n]+(?:(?:retail|wholesale|consumer|producer|factory|industrial|trade|jobs?|"
                        r"employment|unemployment|jobless|housing|home|car|auto|durable[\s-]goods|price|inflation|"
                        r"money[\s-]supply|payrolls?)\s+)?(?:sales|figures|data|statistics|numbers|report|reports|"
                        r"payrolls|output|exports|imports|orders|starts|inflation|deficit|surplus|index|"
                        r"employment|unemployment|jobless\s+rate)\b", re.I)


#: A preposition that makes the month an adverbial ("In March gold prices surged"), not a noun's modifier.
_TIME_PREP = re.compile(r"\b(?:in|since|until|till|by|through|during|from|last|next|early|late|mid|this|before|after|"
                        r"throughout)\s+$", re.I)
#: What trades for delivery in a month: a month right before it ("December wheat", "the May contract", "March
#: crude") is the delivery month, this one or one still ahead.
_FUTURES_NOUN = re.compile(r"[^\S\n]+(?:contracts?|futures|options|delivery|wheat|corn|soybeans?|oats|crude|"
                           r"heating\s+oil|gasoline|gold|silver|copper|platinum|cotton|coffee|cocoa|sugar|cattle|"
                           r"hogs|pork\s+bellies|lumber|orange\s+juice)\b", re.I)


#: A capitalised word that names no time: a name's other part next to a month ("April Jones", "Mark March").
_NAME_WORD = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
              r"Dec|Day|Eve)\b)[A-Z][a-z]+")
_NAME_AFTER = re.compile(rf"[^\S\n]+{_NAME_WORD}\b(?!\s*\d)")
_NAME_BEFORE = re.compile(rf"(?<![.!?;:\n]\s)(?<![.!?;:\n])\b(?!(?:In|On|At|By|For|From|To|Of|Since|Until|Till|Through|"
                          rf"During|Before|After|Between|Last|Next|This|That|Early|Late|Mid|And|Or|But|Each|Every|"
                          rf"The|Since|Throughout|Until)\b){_NAME_WORD}[^\S\n]+$")


def _name_part(text: str, start: int, end: int, before: str) -> bool:
    """True when a bare month is part of a person's or firm's name: a capitalised word (no time word) right
    after it with no time preposition before it ("April Jones said", "May Department Stores"), or a
    capitalised first name right before it in mid-sentence ("Mark March", "Richard May")."""
    if _NAME_BEFORE.search(text[max(0, start - 30):start]) and not re.search(r"(?:^|[.!?;:\n][\"'”]*)\s*\S+\s+$",
                                                                             text[max(0, start - 30):start]):
        return True
    return bool(_NAME_AFTER.match(text, end)) and not _MAY_CUES.search(before) and \
        not re.search(r"\b(?:on|for|at|said|says|in)\s+$", before, re.I)


#: A month followed by "of" and neither a year nor a year word: the noun "march" ("a march of millions").
_MONTH_OF_NOUN = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:\d|'\d|last|this|next|that|same|following|previous|each|every|"
                            r"year|fiscal|calendar)\b)(?:[a-z]|[A-Z][a-z])")
#: What may precede a demonstrative "that April": a sentence start or a preposition.
_THAT_MONTH = re.compile(r"(?:^|[.!?;\n][\"'”]*\s*|\b(?:in|during|by|until|till|since|through|of|from|for)\s+)$",
                         re.I)


def _narrative_year(ctx: Ctx, start: int) -> int | None:
    """The year of the last date told (within the narrative's reach) that lies in one year, or None."""
    for t in reversed((ctx.prior or [])[-60:]):
        if t.end < start - NARRATIVE_REACH:
            return None
        iv = t.interval
        if t.type in ("DATE", "TIME") and iv is not None and iv.earliest is not None and iv.latest is not None \
                and iv.earliest.year == iv.latest.year:
            return iv.earliest.year
    return None


def h_fiscal(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = m["y"].lstrip("'")
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    return half_of_year(m["edge"], y) or Result("DATE", y, edge_mod(m["edge"]))


#: A year just before, closed by a comma: this one continues a list ("in 1918, 1958 and 1969", "1970, 1980, 1990").
#: (Not the year closing a date: "on Nov. 3, 1995, 2000 protesters ...".)
_YEAR_LISTED = re.compile(r"(?<![\d,.$£€])(?<!\D\d,\s)(?<!\D\d\d,\s)(?<!\D\d\s)(?<!\D\d\d\s)(?:1[6-9]\d\d|20\d\d),\s*$")


def h_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if re.search(r"\b(?:No|Nos|number|page|flight|route|Boeing|Airbus|Channel)\.?\s*$|[#:]\s*$|\d[\s,]*$", before) \
            and not _YEAR_LISTED.search(before):
        return None
    after = ctx.text[m.end():m.end() + 8]
    if re.match(r"[.,]\d|\s*(?:GMT|UTC|[ECMP][SD]T|hours|hrs)\b", after):
        return None  # "1945 GMT" is a clock time
    return half_of_year(m["edge"], m["y"]) or Result("DATE", m["y"], edge_mod(m["edge"]))


def h_year_words(m: re.Match[str], ctx: Ctx) -> Result | None:
    ones = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
    if m["t"]:
        return Result("DATE", str(1900 + TENS[m["t"].lower()] + (ones[m["o"].lower()] if m["o"] else 0)))
    return Result("DATE", str(2000 + (ones[m["o2"].lower()] if m["o2"] else 0)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    mod = edge_mod(m["edge"])
    g = m.groupdict()
    if g.get("word"):
        if not m.group(0).lower().startswith(("the", "early", "mid", "late")):
            return None  # "in their forties" is an age
        return Result("DATE", f"19{_DECADE_WORDS[g['word'].lower()]}", mod)
    c = g.get("c")
    if not c:
        prev = coordinated_decade(m, ctx)
        if prev is not None:
            return Result("DATE", f"{prev[:2]}{g['dec']}", mod, prev == "XXX")  # "the 1960s and 70s"
        if not (m.group(0).lower().startswith("the") or "'" in m.group(0)):
            return None
        c = "19" if ctx.ref is None or int(g["dec"]) * 10 > ctx.ref.year % 100 else str(ctx.ref.year // 100)
    return Result("DATE", f"{c}{g['dec']}", mod)


def h_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    n = int(m["n"])
    return Result("DATE", f"{n - 1:02d}", edge_mod(m["edge"])) if 1 <= n <= 21 else None


#: A results noun right after a quarter ("fourth-quarter results", "the fourth quarter's earnings"): what is
#: reported is a quarter already over.
_RESULTS = re.compile(r"(?:'s|’s)?\s+(?:net\s+|operating\s+|pretax\s+)?(?:results|earnings|profits?|loss(?:es)?|"
                      r"revenues?|sales|figures|income)\b", re.I)
_QUARTER_MONTH = {"march": 1, "june": 2, "september": 3, "december": 4}


def _quarter_value(ctx: Ctx, y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


#: After "the first half" or "the third quarter", "of" a thing that is no period ("of the match", "of its
#: budget"); periods and time words after "of" keep the reading ("of the year", "of fiscal 1998", "of this decade").
_PART_OF_THING = re.compile(r"\s+of\s+(?:the|this|that|its|his|her|their|a|an)\s+(?!(?:\w+\s+)?(?:year|fiscal|decade|"
                            r"century|month|quarter|period|season|term|session|\d|'\d|January|February|March|April|"
                            r"May|June|July|August|September|October|November|December)\b)[A-Za-z]", re.I)


def h_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    word = g["q"].lower()
    unit = (g.get("unit") or "quarter").lower()
    if g.get("m0"):  # "the April-June quarter", "the January-June period": the quarter or half the months fill
        span = (month_number(g["m0"]), _QUARTER_MONTH[word] * 3)
        if span in ((1, 6), (7, 12)):
            word, unit = ("first" if span[0] == 1 else "second"), "half"
        elif span[1] - span[0] == 2:
            unit = "quarter"
        else:
            return None
    det = (g.get("det") or "").lower()
    year = g.get("y1") or g.get("y2")
    ref = ctx.ref
    if not (year or g.get("ly") or g.get("ny")) and _PART_OF_THING.match(ctx.text, m.end()):
        return None  # "the first half of the match", "the third quarter of the game": a part of no period
    if g.get("ly") or g.get("ny"):  # "the first quarter of next year"
        det = " ".join((g.get("ly") or g.get("ny") or "").lower().split()).removeprefix("of ").removeprefix("in ")
        det = "last year" if det.startswith(("the ", "a ")) else det
    if g.get("ly") and unit != "half" and word not in ORDINALS and word not in _QUARTER_MONTH:
        # "the same period last year": the reported quarter (or stretch of months), a year back
        if unit == "period" and (stretch := _prior_stretch(ctx, m.start())):
            return Result("DURATION", stretch)
        if ref is None:
            return Result("DATE", "XXXX-QX", None, True)
        pq = prior_quarter(ctx)
        if pq is None and ctx.prior is not None:
            return Result("DATE", f"{ref.year - 1:04d}", None, True)  # no quarter told: the period is in last year
        y, q = pq or last_completed_quarter(ref)
        return Result("DATE", f"{y - 1:04d}-Q{q}", None, True)
    if word in ("quarter", "period") and year:  # "the 1988 quarter": the quarter being compared, in 1988
        if ctx.prior is None:
            return Result("DATE", f"{year}-QX", None, True)  # placeholder while choosing candidates
        pq = prior_quarter(ctx)
        if pq is not None:
            return Result("DATE", f"{year}-Q{pq[1]}", None, True)
        return Result("DATE", f"{year}-QX" if word == "quarter" else year, None, True)
    res = _quarter(m, ctx, word, unit, det, year, ref)
    if res is not None and m.groupdict().get("ya") and (mq := re.fullmatch(r"(\d{4})-Q(\d)", res.value)):
        res = Result(res.type, f"{int(mq[1]) - 1:04d}-Q{mq[2]}", res.mod, True)
    if res is not None and det and m.groupdict().get("unit") and "-" in ctx.text[m.end("q"):m.start("unit")]:
        res = Result(res.type, res.value, res.mod, res.relative, m.start("q") - m.start(), res.end_trim)
    return res


_MONTHS_STRETCH = re.compile(r"P(?:[2-9]|1[01])M")


def _prior_stretch(ctx: Ctx, start: int) -> str | None:
    """The value of a stretch of months ("the first nine months", ``P9M``) when it is the last reporting period
    told before ``start`` (no quarter named after it, within :data:`NARRATIVE_REACH` characters); else None."""
    for t in reversed((ctx.prior or [])[-60:]):
        if t.end <= start - NARRATIVE_REACH:
            return None
        if t.type == "DURATION" and _MONTHS_STRETCH.fullmatch(t.value):
            return t.value
        if re.fullmatch(r"\d{4}-Q[1-4]|P1Q", t.value):
            return None
    return None


def _quarter(m: re.Match[str], ctx: Ctx, word: str, unit: str, det: str, year: str | None,
             ref: date | None) -> Result | None:
    if unit == "half":
        if word not in ("first", "second", "1st", "2nd", "last"):
            return None
        h = 1 if word in ("first", "1st") else 2
        if year:
            return Result("DATE", f"{year}-H{h}")
        if ref is None:
            return Result("DATE", f"XXXX-H{h}", None, True)
        y = ref.year - 1 if (ctx.tense == "past" and h == 2 and ref.month <= 6) else \
            ref.year + 1 if (ctx.tense == "future" and h == 1 and ref.month > 7) else ref.year
        y = {"last year": ref.year - 1, "next year": ref.year + 1, "this year": ref.year}.get(det.strip(), y)
        return Result("DATE", f"{y:04d}-H{h}", None, True)
    if word == "quarter":  # "the quarter": the one being reported on
        if det.strip() == "the" and ENDED.match(ctx.text, m.end()):
            return Result("DURATION", "P1Q")  # "for the quarter ended Sept. 30": the stretch counted
        if ref is None:
            return Result("DATE", "XXXX-QX", None, True)
        y, q = prior_quarter(ctx) or last_completed_quarter(ref)
        return Result("DATE", _quarter_value(ctx, y - 1 if "last year" in det else y, q), None, True)
    if unit == "period" and word not in ("latest", "year-earlier", "year-ago", "current", "fiscal"):
        return None
    if word in ("final", "last") and unit == "quarter" and year:
        return Result("DATE", f"{year}-Q4")  # "the final quarter of 1990": a year's last quarter is its fourth
    if word in ORDINALS or word in _QUARTER_MONTH:
        q = ORDINALS.get(word) or _QUARTER_MONTH[word]
        if year:
            return Result("DATE", f"{year}-Q{q}")
        if ref is None:
            return Result("DATE", f"XXXX-Q{q}", None, True)
        if "last year" in det:
            return Result("DATE", f"{ref.year - 1:04d}-Q{q}", None, True)
        if "next year" in det:
            return Result("DATE", f"{ref.year + 1:04d}-Q{q}", None, True)
        if "this year" in det:
            return Result("DATE", f"{ref.year:04d}-Q{q}", None, True)
        if q > (ref.month - 1) // 3 + 1 and "fiscal" not in m.group(0).lower() and _RESULTS.match(ctx.text, m.end()):
            return Result("DATE", f"{ref.year - 1:04d}-Q{q}", None, True)  # results of a quarter not yet begun: last year's
        # a fiscal quarter counts from the company's own year start: only the past reading is shifted
        direction = ctx.tense if ctx.tense == "past" or "fiscal" not in m.group(0).lower() else "none"
        return Result("DATE", _quarter_value(ctx, *quarter_near(ref, q, direction)), None, True)
    if ref is None:
        return Result("DATE", "XXXX-QX", None, True)
    if word in ("latest", "last", "recent", "previous", "preceding", "past"):
        return Result("DATE", _quarter_value(ctx, *last_completed_quarter(ref)), None, True)
    if word == "current":
        return Result("DATE", nz.at(ref, "Q"), None, True)
    if word == "next":
        return Result("DATE", nz.at(nz.shift(ref, 1, "Q"), "Q"), None, True)
    if word in ("year-earlier", "year-ago"):
        if unit == "period" and (stretch := _prior_stretch(ctx, m.start())):
            return Result("DURATION", stretch)  # "the first nine months ... the year-earlier period"
        if (ph := prior_half(ctx, m.start())) is not None:
            return Result("DATE", f"{ph[0] - 1:04d}-H{ph[1]}", None, True)
        y, q = prior_quarter(ctx) or last_completed_quarter(ref)
        return Result("DATE", f"{y - 1:04d}-Q{q}", None, True)
    return None
