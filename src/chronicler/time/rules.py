"""From a grammar match to a TIMEX3 type and value: one handler per rule of :mod:`chronicler.time.grammar`.

A handler gets the match and a :class:`Ctx` (reference date or None, tense, text, the timexes found so far)
and returns a :class:`Result`, or None when the match is not a time expression after all.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from chronicler.model import Timex
from chronicler.time import normalize as nz
from chronicler.time.anchor import (last_completed_quarter, month_near, quarter_near, weekday_near,
                                    weekday_strict)
from chronicler.time.grammar import (ORDINALS, PARTS_OF_DAY, SEASONS, TENS, UNITS, WEEKDAYS, month_number,
                                     parse_number, year_number)
from chronicler.time.holidays import holiday


@dataclass(frozen=True)
class Ctx:
    """What a handler may look at besides its match."""

    ref: date | None
    tense: str
    text: str
    prior: list[Timex] | None  # None while candidates are being chosen (before values are computed)


@dataclass(frozen=True)
class Result:
    """A normalized expression; ``start_trim``/``end_trim`` cut words off the matched extent."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False
    start_trim: int = 0
    end_trim: int = 0


def _mod(edge: str | None) -> str | None:
    if not edge:
        return None
    e = edge.lower()
    for key, mod in (("last half", "END"), ("latter half", "END"), ("first part", "START"),
                     ("last part", "END"), ("later part", "END"), ("early", "START"), ("beginning", "START"), ("start", "START"), ("first half", "START"),
                     ("late", "END"), ("end", "END"), ("close", "END"), ("second half", "END"),
                     ("mid", "MID"), ("middle", "MID"), ("about", "APPROX"), ("around", "APPROX"),
                     ("almost", "APPROX"), ("nearly", "APPROX"), ("some", "APPROX"), ("more than", "MORE_THAN"),
                     ("less than", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"), ("up to", "EQUAL_OR_LESS"),
                     ("before", "BEFORE"), ("after", "AFTER")):
        if re.search(rf"\b{key}\b", e) and not e.startswith(("earlier", "later")):
            return mod
    return None


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_of_month(d: str) -> int:
    return int(re.sub(r"\D", "", d))


def _pod(p: str | None) -> str:
    return "T" + PARTS_OF_DAY[p.lower()] if p else ""


# ----------------------------------------------------------------------------------------------- absolute dates

def h_iso(m: re.Match[str], ctx: Ctx) -> Result | None:
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        return Result("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}") if int(m["h"]) < 24 else None
    return Result("DATE", d.isoformat())


def h_slash(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    d = _date(y, int(m["m"]), int(m["d"]))
    return Result("DATE", d.isoformat()) if d else None


def _year_for_day(ref: date, mon: int, d: int, tense: str) -> int | None:
    y = ref.year
    cand = _date(y, mon, d) or _date(y, mon, 28)
    if cand is None:
        return None
    if tense == "past" and (cand - ref).days > 60:
        y -= 1
    elif tense == "future" and (ref - cand).days > 60:
        y += 1
    return y


def h_day_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon = month_number(m["mon"])
    d = _day_of_month(m["d"])
    if not 1 <= d <= 31:
        return None
    mod = _mod(m.groupdict().get("edge"))
    if m["y"]:
        dt = _date(int(m["y"]), mon, d)
        return Result("DATE", dt.isoformat(), mod) if dt else None
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{mon:02d}-{d:02d}", mod, True) if d <= calendar.monthrange(2000, mon)[1] else None
    y = _year_for_day(ctx.ref, mon, d, ctx.tense)
    dt = _date(y, mon, d) if y else None
    if dt is None and mon == 2 and d == 29:
        return Result("DATE", f"XXXX-02-29", mod, True)
    return Result("DATE", dt.isoformat(), mod, True) if dt else None


def h_month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    return Result("DATE", nz.month(year_number(m["y"]), month_number(m["mon"])), _mod(m["edge"]))


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
        if name.upper() == "MAY" and not _MAY_CUES.search(before):
            return None
        if len(name) == 3 and name.lower() not in ("may",) and not m.group(0).endswith("."):
            return None  # a bare 'Jan'/'Mar' without its dot is too often something else
    mod = _mod(m["edge"])
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{mon:02d}", mod, True)
    if rel in ("last", "past"):
        y, mo = month_near(ctx.ref, mon, "past", strict=True)
    elif rel in ("next", "coming"):
        y, mo = month_near(ctx.ref, mon, "future", strict=True)
    elif rel == "this":
        y, mo = ctx.ref.year, mon
    else:
        y, mo = month_near(ctx.ref, mon, ctx.tense)
    return Result("DATE", nz.month(y, mo), mod, True)


def h_fiscal(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = m["y"].lstrip("'")
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    return Result("DATE", y, _mod(m["edge"]))


_COUNT_BEFORE = re.compile(r"(?:\b(?:No|no|number|Nos|page|room|flight|route|model|Boeing|Airbus|rule|"
                           r"channel|version|item|the|a|an)\.?\s*|[#,:])$")


def h_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if re.search(r"\b(?:No|Nos|number|page|flight|route|Boeing|Airbus|Channel)\.?\s*$|[#:,]\s*$|\d[\s,]*$", before):
        return None
    after = ctx.text[m.end():m.end() + 3]
    if re.match(r"[.,]\d", after):
        return None
    return Result("DATE", m["y"], _mod(m["edge"]))


def h_year_words(m: re.Match[str], ctx: Ctx) -> Result | None:
    ones = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
    if m["t"]:
        return Result("DATE", str(1900 + TENS[m["t"].lower()] + (ones[m["o"].lower()] if m["o"] else 0)))
    return Result("DATE", str(2000 + (ones[m["o2"].lower()] if m["o2"] else 0)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    mod = _mod(m["edge"])
    g = m.groupdict()
    if g.get("word"):
        if not m.group(0).lower().startswith(("the", "early", "mid", "late")):
            return None  # "in their forties" is an age
        return Result("DATE", f"19{_DECADE_WORDS[g['word'].lower()]}", mod)
    c = g.get("c")
    if not c:
        if not (m.group(0).lower().startswith("the") or "'" in m.group(0)):
            return None
        c = "19" if ctx.ref is None or int(g["dec"]) * 10 > ctx.ref.year % 100 else str(ctx.ref.year // 100)
    return Result("DATE", f"{c}{g['dec']}", mod)


def h_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    n = int(m["n"])
    return Result("DATE", f"{n - 1:02d}", _mod(m["edge"])) if 1 <= n <= 21 else None


_QUARTER_MONTH = {"march": 1, "june": 2, "september": 3, "december": 4}


def _quarter_value(ctx: Ctx, y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def _prior_quarter(ctx: Ctx) -> tuple[int, int] | None:
    """The latest quarter the text has named so far (the one a "year-earlier" figure is compared with)."""
    found = [(int(mq[1]), int(mq[2])) for t in (ctx.prior or [])[-60:]
             if (mq := re.fullmatch(r"(\d{4})-Q([1-4])", t.value))]
    if ctx.ref is not None:
        found = [yq for yq in found if yq <= (ctx.ref.year, (ctx.ref.month - 1) // 3 + 1)]
    return max(found) if found else None


def h_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    word = g["q"].lower()
    unit = (g.get("unit") or "quarter").lower()
    det = (g.get("det") or "").lower()
    year = g.get("y1") or g.get("y2")
    ref = ctx.ref
    res = _quarter(m, ctx, word, unit, det, year, ref)
    if res is not None and m.groupdict().get("ya") and (mq := re.fullmatch(r"(\d{4})-Q(\d)", res.value)):
        res = Result(res.type, f"{int(mq[1]) - 1:04d}-Q{mq[2]}", res.mod, True)
    if res is not None and det and m.groupdict().get("unit") and "-" in ctx.text[m.end("q"):m.start("unit")]:
        res = Result(res.type, res.value, res.mod, res.relative, m.start("q") - m.start(), res.end_trim)
    return res


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
        y = ref.year - 1 if (ctx.tense == "past" and h == 2 and ref.month <= 6) else ref.year
        return Result("DATE", f"{y:04d}-H{h}", None, True)
    if word == "quarter":  # "the quarter": the one being reported on
        if ref is None:
            return Result("DATE", "XXXX-QX", None, True)
        y, q = _prior_quarter(ctx) or last_completed_quarter(ref)
        return Result("DATE", _quarter_value(ctx, y - 1 if "last year" in det else y, q), None, True)
    if unit == "period" and word not in ("latest", "year-earlier", "year-ago", "current", "fiscal"):
        return None
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
        return Result("DATE", _quarter_value(ctx, *quarter_near(ref, q, ctx.tense)), None, True)
    if ref is None:
        return Result("DATE", "XXXX-QX", None, True)
    if word in ("latest", "last", "recent", "previous", "preceding", "past"):
        return Result("DATE", _quarter_value(ctx, *last_completed_quarter(ref)), None, True)
    if word == "current":
        return Result("DATE", nz.at(ref, "Q"), None, True)
    if word == "next":
        return Result("DATE", nz.at(nz.shift(ref, 1, "Q"), "Q"), None, True)
    if word in ("year-earlier", "year-ago"):
        y, q = _prior_quarter(ctx) or last_completed_quarter(ref)
        return Result("DATE", f"{y - 1:04d}-Q{q}", None, True)
    return None


def h_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    s = SEASONS[m["s"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = _mod(m["edge"])
    if m["y"]:
        return Result("DATE", f"{year_number(m['y']):04d}-{s}", mod)
    if not rel and not m["edge"]:
        before = ctx.text[max(0, m.start() - 10):m.start()].lower()
        if m["s"].lower() in ("fall", "spring") or not re.search(r"\b(?:in|during|by|until|since|through|over)\s+$", before):
            return None
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{s}", mod, True)
    ref = ctx.ref
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
    if rel in ("last", "past", "this past"):
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


# ------------------------------------------------------------------------------------------- deictic and refs

_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "this": 0, "last": -1}


def h_deictic(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    w = (g.get("w") or g.get("rel") or "").lower()
    pod = g.get("pod")
    if g.get("rel") and w == "last" and (pod or "").lower() != "night":
        return None  # "last morning" is not said
    suffix = "TNI" if w == "tonight" else _pod(pod)
    typ = "DATE"
    if ctx.ref is None:
        return Result(typ, "XXXX-XX-XX" + suffix, None, True)
    d = ctx.ref + timedelta(days=_DEICTIC_SHIFT[w])
    return Result(typ, d.isoformat() + suffix, _mod(g.get("edge")), True)


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "recent years": "PAST_REF", "recent times": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the medium term": "FUTURE_REF",
}


def h_ref(m: re.Match[str], ctx: Ctx) -> Result | None:
    w = " ".join(m["w"].lower().split())
    if w not in _REFS:
        return None
    trim = 3 if w.startswith("in the") else 0
    return Result("DATE", _REFS[w], None, True, trim)


def h_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    suffix = _pod(m["pod"])
    typ = "DATE"
    if ctx.ref is None:
        return Result(typ, f"XXXX-WXX-{wd + 1}" + suffix, None, True)
    if rel in ("last", "this past", "past"):
        d = weekday_strict(ctx.ref, wd, "past")
    elif rel in ("next", "this coming", "coming"):
        d = weekday_strict(ctx.ref, wd, "future")
    elif ctx.text.startswith(("'s", "’s"), m.end()):
        d = weekday_near(ctx.ref, wd, "past")  # "Friday's trading" reports what happened
    else:
        d = weekday_near(ctx.ref, wd, ctx.tense)
    return Result(typ, d.isoformat() + suffix, _mod(m["edge"]), True)


_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "E", "century": "C",
              "fiscal year": "Y", "weekend": "WE"}


def _weekend(ref: date, direction: str) -> str:
    sat = weekday_near(ref, 5, direction) if ref.weekday() < 5 else ref
    return nz.week(sat) + "-WE"


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended|through|to\s+(?:date|June|March|Sept))\b")


def h_this_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    rel = " ".join(m["rel"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    code = _UNIT_CODE[unit]
    mod = _mod(m["edge"])
    if rel == "the" and code in ("Y", "Q", "M") and _ENDED.match(ctx.text, m.end()):
        return Result("DURATION", f"P1{code}" if code != "Q" else "P3M")
    if rel in ("the past", "the last", "the next", "the coming") and not m["edge"]:
        if code == "WE":
            return None
        return Result("DURATION", f"P1{code}")
    if rel in ("the same", "the latest", "the prior") or (rel == "the" and code in ("E", "C")):
        return None
    if rel == "that" or (code == "D" and rel in ("the following", "the next", "the previous")):
        if code == "WE":
            return None
        if ctx.prior is None:
            return Result("DATE", "XXXX", mod, True)  # placeholder while choosing candidates
        step = {"that": 0, "the following": 1, "the next": 1, "the previous": -1}[rel]
        iv = next((t.interval for t in reversed(ctx.prior[-60:]) if t.interval is not None and t.interval.earliest), None)
        if iv is None or iv.earliest is None:
            return None
        return Result("DATE", nz.at(nz.shift(iv.earliest, step, code), code), mod, True)
    if code == "D":
        return None
    if rel == "that":
        iv = ctx.prior[-1].interval
        if iv is None or iv.earliest is None:
            return None
        return Result("DATE", nz.at(iv.earliest, code), mod, True)
    step = {"this": 0, "the current": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1,
            "the previous": -1, "prior": -1, "next": 1, "coming": 1, "the following": 1, "the full": 0,
            "the entire": 0, "the whole": 0}.get(rel)
    if step is None:
        return None
    ref = ctx.ref
    if rel in ("the following", "the previous", "prior") and ctx.prior:
        iv = ctx.prior[-1].interval
        if iv is not None and iv.earliest is not None:
            ref = iv.earliest
    if ref is None:
        return Result("DATE", nz.UNKNOWN.get(code, "XXXX-WXX") + ("-WE" if code == "WE" else ""), mod, True)
    if code == "WE":
        if step == 0:
            return Result("DATE", _weekend(ref, ctx.tense), mod, True)
        return Result("DATE", nz.week(ref + timedelta(weeks=step)) + "-WE", mod, True)
    return Result("DATE", nz.at(nz.shift(ref, step, code), code), mod, True)


def h_yearend(m: re.Match[str], ctx: Ctx) -> Result | None:
    code = {"year": "Y", "month": "M", "week": "W"}[m["w"].lower()]
    if ctx.ref is None:
        return Result("DATE", nz.UNKNOWN[code], "END", True)
    return Result("DATE", nz.at(ctx.ref, code), "END", True)


# ------------------------------------------------------------------------------------ durations, ago, sets

def _unit(u: str) -> str:
    u = u.lower()
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and u != "s":
        u = u[:-1]
    return u


def _amount(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str | None:
    code = UNITS.get(unit)
    if code is None or code == "WE":
        return None
    if unit == "night":
        code = "D"
    if unit == "fortnight":
        n, code = (None if n is None else 2 * n), "W"
    if n is not None and not float(n).is_integer():
        if code == "Y" and float(n * 12).is_integer():
            n, code = n * 12, "M"
        elif code == "D" and float(n * 24).is_integer():
            return f"PT{int(n * 24)}H"
        elif code == "H" and float(n * 60).is_integer():
            return f"PT{int(n * 60)}M"
    if unit in ("second", "minute", "hour"):
        return f"PT{_amount(n)}{code}"
    if code == "Q" and n is not None and n != 1:
        return f"P{_amount(3 * n)}M"
    if code == "E":
        return f"P{_amount(n)}E"
    if code == "C":
        return f"P{_amount(None if n is None else n * 100)}Y" if n is not None else "PXC"
    return f"P{_amount(n)}{code}"


_PER = re.compile(r"(?:\d|\b(?:dollars?|cents?|percent|billion|million|thousand|times|pounds|yen|euros?|"
                  r"marks|francs|barrels|tons|miles|hours|days|meals|shifts|visits|units|shares))\s*$", re.I)


def h_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["unit"])
    if re.match(r"\s+old\b", ctx.text[m.end():m.end() + 6]) or (m["n"][0].isdigit() and m["unit"][0].isupper()):
        return None  # "52 years old" is an age; "60 Minutes" a programme
    raw_n = " ".join(m["n"].lower().split())
    n = parse_number(raw_n)
    det = " ".join((m["det"] or "").lower().split())
    after = ctx.text[m.end():m.end() + 2]
    if unit == "second" and raw_n in ("a", "the") and re.match(r"\s[a-z]", after):
        return None
    if raw_n in ("a", "an") and not det and not m["mod"]:
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if _PER.search(before):
            v = _duration_value(1, unit)
            return Result("SET", v) if v else None
    if n is not None and n > 10000:
        return None
    if m["sep"] and "-" in m["sep"] and raw_n in ("a", "an", "some", "many", "several"):
        return None
    if m["old"] or (raw_n in ("a", "an") and m["unit"].lower().endswith("s")):
        return None  # "a 45-year-old" is an age; "a years-old slump" is not a count
    if unit == "quarter" and (raw_n in ("a", "an") or "-" in m["sep"]):
        return None  # "a quarter of the votes", "three-quarters"
    v = _duration_value(n, unit)
    if v is None:
        return None
    trim = 0
    if det and "-" in m["sep"]:
        trim = m.start("n") - m.start()  # "the [eight-year] war"
    if det in ("the", "its", "their") and n == 1 and unit in ("year", "month", "week", "day", "quarter"):
        return None  # "the one year" is odd; "the year" is handled as a date
    return Result("DURATION", v, _mod(m["mod"]), False, trim)


def h_plural(m: re.Match[str], ctx: Ctx) -> Result | None:
    det = " ".join((m["det"] or "").lower().split())
    unit = _unit(m["unit"])
    if det == "recent" and unit == "year":
        return Result("DATE", "PAST_REF", None, True)
    if det in ("future",):
        return Result("DATE", "FUTURE_REF", None, True)
    if m["ahead"]:
        v = _duration_value(None, unit)
        return Result("DURATION", v) if v else None
    if det == "the":
        return None
    if not det:
        before = ctx.text[max(0, m.start() - 10):m.start()].lower()
        if not re.search(r"\b(?:for|over|within|in|took|take|takes|lasted|last)\s+$", before):
            return None
    v = _duration_value(None, unit)
    return Result("DURATION", v) if v else None


def h_long(m: re.Match[str], ctx: Ctx) -> Result | None:
    raw = m["unit"].lower()
    v = _duration_value(None if raw.endswith("s") else 1, _unit(raw))  # "decades-long": PXE; "day-long": P1D
    return Result("DURATION", v) if v else None


def h_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    name = m["h"]
    rel = (m["rel"] or "").lower()
    if m["y"]:
        d = holiday(name, int(m["y"]))
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
        y = _year_for_day(ctx.ref, this.month, this.day, ctx.tense) or ctx.ref.year
    d = holiday(name, y)
    return Result("DATE", d.isoformat(), None, True) if d else None


_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}


def h_set(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    if g.get("w") and not g.get("unit"):
        v = _SET_WORDS.get(m["w"].lower())
        if v is None:
            return None
        if m["w"].lower() in ("daily", "weekly", "monthly") and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 3]):
            return None  # "a daily newspaper", "the weekly magazine"
        return Result("SET", v)
    unit_raw = m["unit"]
    if g.get("w"):  # "twice a year"
        return Result("SET", _duration_value(1, _unit(unit_raw)) or "P1Y")
    each = m["each"].lower()
    if each == "a":
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if not _PER.search(before):
            return None
    n = parse_number(g["n"]) if g.get("n") else 1
    low = unit_raw.lower()
    if low in WEEKDAYS:
        return Result("SET", f"XXXX-WXX-{WEEKDAYS[low] + 1}")
    if low.rstrip(".") in ("morning", "evening"):
        return Result("SET", "XXXX-XX-XXT" + PARTS_OF_DAY[low])
    if low == "weekend":
        return Result("SET", "XXXX-WXX-WE")
    try:
        return Result("SET", f"XXXX-{month_number(unit_raw):02d}")
    except KeyError:
        pass
    v = _duration_value(n, _unit(low))
    return Result("SET", v) if v else None


_BACK = {"ago", "earlier", "before", "previously", "back"}


def h_ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["unit"])
    n = parse_number(m["n"])
    direction = " ".join(m["dir"].lower().split())
    sign = -1 if direction in _BACK else 1
    if direction in ("before", "after") and re.match(r"\s+[A-Za-z]", ctx.text[m.end():m.end() + 2]):
        return None  # "two days after the meeting": a duration, anchored elsewhere
    code = UNITS.get(unit)
    if code is None or code == "WE":
        return None
    if n is None:
        if direction != "ago":
            return None
        return Result("DATE", "PAST_REF", None, True)
    if not float(n).is_integer():
        return None
    if direction in ("earlier", "later", "before", "after", "ago") and code == "Y" and n == 1:
        pq = _prior_quarter(ctx)
        if pq and any(t.value.endswith(f"Q{pq[1]}") and t.end > m.start() - 400 for t in (ctx.prior or [])[-60:]):
            return Result("DATE", f"{pq[0] + sign * int(n):04d}-Q{pq[1]}", None, True)
    if ctx.ref is None:
        return Result("DATE", nz.UNKNOWN.get(code, "XXXX-XX-XX"), None, True)
    if unit in ("second", "minute", "hour"):
        return Result("DATE", ctx.ref.isoformat(), None, True)
    if code == "2W":
        n, code = 2 * n, "W"
    d = nz.shift(ctx.ref, sign * int(n), code)
    return Result("DATE", nz.at(d, code), _mod(m["mod"]), True)


def _time_day(day: str | None, ctx: Ctx) -> str | None:
    if ctx.ref is None:
        return "XXXX-XX-XX"
    if not day:
        return ctx.ref.isoformat()
    low = day.lower()
    md = re.match(r"([A-Za-z]+)\.?\s+(\d+)", day)
    if md:
        try:
            mon = month_number(md[1])
        except KeyError:
            return None
        y = _year_for_day(ctx.ref, mon, int(md[2]), ctx.tense)
        dd = _date(y, mon, int(md[2])) if y else None
        return dd.isoformat() if dd else None
    if low in WEEKDAYS:
        return weekday_near(ctx.ref, WEEKDAYS[low], ctx.tense).isoformat()
    return (ctx.ref + timedelta(days=_DEICTIC_SHIFT[low])).isoformat()


def h_time(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    day = _time_day(g.get("day"), ctx)
    if day is None:
        return None
    if g.get("named"):
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["named"].lower()]
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
    return Result("TIME", f"{day}T{h:02d}:{mi:02d}", _mod(g.get("edge")), True)


HANDLERS: dict[str, Callable[[re.Match[str], Ctx], Result | None]] = {
    "time": h_time, "iso": h_iso, "slash": h_slash, "mdy": h_day_month, "dmy": h_day_month,
    "month_year": h_month_year, "month": h_month, "fiscal": h_fiscal, "year": h_year,
    "year_words": h_year_words, "decade": h_decade, "century": h_century, "quarter": h_quarter,
    "season": h_season, "deictic": h_deictic, "ref": h_ref, "weekday": h_weekday, "this_unit": h_this_unit,
    "yearend": h_yearend, "ago": h_ago, "duration": h_duration, "plural": h_plural, "set": h_set,
    "long": h_long, "holiday": h_holiday,
}
