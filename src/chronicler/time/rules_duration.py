"""Durations and sets: "three years", "for weeks", "decades-long", "twice a year", "every Monday" (handlers of
:mod:`chronicler.time.rules`, which maps grammar rules to them; "ago" expressions stay there)."""

from __future__ import annotations

import re

from chronicler.time import normalize as nz
from chronicler.time.anchor import clause_before, future_cues, future_in_past, tense_cue
from chronicler.time.grammar import PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, month_number, parse_number
from chronicler.time.rules_base import Ctx, Result, edge_mod, title_word


_ABBREVIATED = {"min": "minute", "hr": "hour", "yr": "year"}


def _unit(u: str) -> str:
    """The singular unit word of a unit as written ("centuries" -> "century", "hrs" -> "hour")."""
    u = u.lower()
    if u.rstrip("s") in _ABBREVIATED:
        return _ABBREVIATED[u.rstrip("s")]
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
    if code == "Q" and n != 1:
        return f"P{_amount(None if n is None else 3 * n)}M"  # quarters are counted in months
    if code == "E":
        return f"P{_amount(n)}E"
    if code == "C":  # TimeML's century unit, CE: "two centuries" P2CE; a part of one in years ("half a century")
        return f"P{_amount(n)}CE" if n is None or float(n).is_integer() else f"P{_amount(n * 100)}Y"
    return f"P{_amount(n)}{code}"


_PER = re.compile(r"(?:\d|\b(?:dollars?|cents?|percent|billion|million|thousand|times|pounds|yen|euros?|"
                  r"marks|francs|barrels|tons|miles|hours|days|meals|shifts|visits|units|shares|gallons|litres|liters)"
                  r"(?:\s+of\s+(?:[a-z]+\s+)?[a-z]+)?)\s*$", re.I)  # "5,000 barrels of (crude) oil a day"
#: "last" as a verb before a count: "which could last two days" (a duration, not "the last two days").
_LAST_VERB = re.compile(r"\b(?:to|will|would|could|might|may|can|should|must|not|n't|did|does|do|which)\s+$",
                        re.I)


_SOMEDAY = re.compile(r"\b(?:to|will|would|could|might|may|can|should|must|he|she|they|we|I|you|it)\s+$", re.I)
_BARE_VERB = re.compile(r"\s+(?!(?:after|before|later|earlier|ago|of|in|on|at|and|or|to|for|from|with|the|a|an|"
                        r"more|less|long|old)\b)[a-z]+\b")


#: "in" right before the count, the only preposition that makes a length a point ahead ("will mature in ten years").
_IN_BEFORE = re.compile(r"\bin\s+$")
#: A stretch measured back from now: a superlative, "first", "only", a count of times before "in" ("the highest
#: level in two years", "for the first time in a decade", "twice in three years") keep the length.
_STRETCH_BEFORE = re.compile(r"\b(?:[a-z]{2,}est|most|least|first|second|third|fourth|fifth|sixth|seventh|"
                             r"eighth|ninth|tenth|only|once|twice|times?|ever|record|more|less|fewer|worst|best)\s+"
                             r"(?:(?!(?:will|would|shall|can|could|may|might|should|must|to)\b)[\w'-]+\s+){0,3}?$", re.I)
#: An amount gathered over the stretch ("will invest $10 billion in five years", "will cut 500 jobs in two
#: years", "grow 5 percent in two years"), unless it is a level reached ("fall below 3 percent in six months").
_AMOUNT_BEFORE = re.compile(r"(?<!below\s)(?<!above\s)(?<!under\s)(?<!over\s)(?<!to\s)(?<!at\s)(?<!of\s)"
                            r"(?:\$\s?)?\d[\d.,]*\s*(?:%\s+|(?:[a-z-]+\s+){1,2})?$", re.I)


def future_point(n: float | None, unit: str, ctx: Ctx, start: int) -> Result | None:
    """A DATE ``n`` units after the report for "in N units" told in a future clause ("will mature in ten years"
    is the tenth year on; "will resume flights in two weeks" the ISO week two weeks on), at the unit's
    granularity; None when the length is a stretch ("the highest level in two years") or not ahead."""
    code = UNITS.get(unit)
    if ctx.ref is None or ctx.tense != "future" or n is None or not float(n).is_integer() or n < 1 \
            or unit not in ("day", "week", "month", "year"):
        return None
    before = ctx.text[max(0, start - 60):start]
    head = before[:_IN_BEFORE.search(before).start()] if _IN_BEFORE.search(before) else None
    if head is None or _STRETCH_BEFORE.search(head) or _AMOUNT_BEFORE.search(head):
        return None
    if tense_cue(ctx.text[:start], start, start) != "future" or future_in_past(ctx.text, start):
        return None  # the clause must look ahead before the length: "has grown in five years and will double"
    if _bare_present(ctx.text, start):
        return None  # "this is the day ... who in 18 days brought": a present "is" is no plan
    return Result("DATE", nz.at(nz.shift(ctx.ref, int(n), code), code), None, True)


_MODAL_OR_LL = re.compile(r"(?:\b(?:should|must|may|can|could)\b|\s'll\b)", re.I)


def _bare_present(text: str, start: int) -> bool:
    """True when a bare "is" or "are" is the only cue before ``start`` in its clause that looks ahead (a
    schedule's present elsewhere, too weak to put a length ahead of the report)."""
    left = clause_before(text, start)
    cues = future_cues(left)
    return bool(cues) and all(c in ("is", "are") for c in cues) and not _MODAL_OR_LL.search(left)


#: After a range of units ("4-6 months"), words that make it a date or a set rather than a stretch.
_RANGE_OFF = re.compile(r"\s+(?:ago|later|earlier|before|after|from\s+now|hence)\b", re.I)


def h_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["unit"])
    if m["lo"] and _RANGE_OFF.match(ctx.text, m.end()) or m["lo"] and re.search(
            r"\bevery\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
        return None  # "20-40 years ago", "every 20-40 years": no stretch of the upper end
    if re.match(r"\s+olds?\b", ctx.text[m.end():m.end() + 6]) or (m["n"][0].isdigit() and m["unit"][0].isupper()) \
            or (m["n"][0].isupper() and title_word(ctx.text, m.start("unit"), m.end("unit"))):
        return None  # "52 years old" is an age; "60 Minutes", "Sixty Minutes" a programme
    raw_n = " ".join(m["n"].lower().split())
    n = parse_number(raw_n)
    if m["half"] and n is not None:
        n += 0.5  # "a year and a half", "two days and a half"
    det = " ".join((m["det"] or "").lower().split())
    after = ctx.text[m.end():m.end() + 2]
    if unit == "second" and raw_n in ("a", "the") and re.match(r"\s[a-z]", after):
        return None
    if raw_n in ("a", "an") and not det and not m["mod"]:
        before = ctx.text[max(0, m.start() - 40):m.start()]
        if _PER.search(before):
            v = _duration_value(1, unit)
            return Result("SET", v) if v else None
    if n is not None and n > 10000:
        return None
    if re.fullmatch(r"1\d{3}|20\d\d", raw_n) and m["unit"].lower() in ("year", "yr"):
        return None  # "before 2001 year": a year misworded, not a stretch of two thousand years
    if m["sep"] and "-" in m["sep"] and raw_n in ("a", "an", "some", "many", "several"):
        return None
    if m["old"] or (raw_n in ("a", "an") and m["unit"].lower().endswith("s")):
        return None  # "a 45-year-old" is an age; "a years-old slump" is not a count
    if raw_n == "one" and unit == "day" and not det and not m["mod"] and _SOMEDAY.search(
            ctx.text, max(0, m.start() - 12), m.start()) and _BARE_VERB.match(ctx.text, m.end()):
        return None  # "he hopes to one day return": some day, no stretch of one day
    if unit == "quarter" and (raw_n in ("a", "an") or "-" in m["sep"]):
        return None  # "a quarter of the votes", "three-quarters"
    v = _duration_value(n, unit)
    if v is None:
        return None
    trim = 0
    if det == "last" and _LAST_VERB.search(ctx.text, max(0, m.start() - 12), m.start()):
        trim = m.end("det") - m.start()
    elif det and "-" in m["sep"]:
        trim = m.start("n") - m.start()  # "the [eight-year] war"
    if det in ("the", "its", "their") and n == 1 and unit in ("year", "month", "week", "day", "quarter"):
        return None  # "the one year" is odd; "the year" is handled as a date
    if not det and not m["mod"] and not m["lo"] and not m["more"] and not m["half"] and "-" not in m["sep"] \
            and (point := future_point(n, unit, ctx, m.start())) is not None:
        return point
    return Result("DURATION", v, edge_mod(m["mod"]), False, trim)


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


_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}


_PUBLICATION = re.compile(r"\s+(?:(?:news)?papers?|magazines?|publications?|newsletters?|journals?|tabloids?)\b")


def _periodical(m: re.Match[str], text: str) -> bool:
    """True when "daily"/"weekly" names a paper: part of a title ("China Daily", "the Daily Telegraph") or a
    noun standing alone ("the newspaper, a daily,"). Before a paper's name ("the Israeli daily Haaretz")
    annotators disagree, and it stays tagged."""
    w = m["w"]
    before = text[max(0, m.start() - 40):m.start()]
    sentence_start = not before.strip() or bool(re.search(r"[.!?\n][\"'”]*\s*$", before))
    if w[0].isupper() and (not sentence_start or re.match(r"\s+[A-Z]", text[m.end():])):
        return True
    return bool(re.search(r"\b(?:a|the)\s+$", before, re.I) and re.match(r"\s*[,.;)]", text[m.end():]))


def h_set(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    if g.get("w") and not g.get("unit"):
        v = _SET_WORDS.get(m["w"].lower())
        if v is None:
            return None
        if m["w"].lower() in ("daily", "weekly", "monthly") and (
                _PUBLICATION.match(ctx.text, m.end()) or _periodical(m, ctx.text)):
            return None  # "a daily newspaper", "the weekly magazine" (but "his daily life" recurs daily)
        return Result("SET", v)
    unit_raw = m["unit"]
    if g.get("w"):  # "twice a year"
        return Result("SET", _duration_value(1, _unit(unit_raw)) or "P1Y")
    each = m["each"].lower()
    if each == "a":
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if not _PER.search(before):
            return None
    n = 2 if (g.get("n") or "").lower() == "other" else parse_number(g["n"]) if g.get("n") else 1  # "every other week"
    low = unit_raw.lower()
    if low in WEEKDAYS:  # "every Monday"; "on Mondays" (without "on")
        trim = m.start("unit") - m.start() if each == "on" else 0
        return Result("SET", f"XXXX-WXX-{WEEKDAYS[low] + 1}", None, False, trim)
    if low in SEASONS:
        return Result("SET", f"XXXX-{SEASONS[low]}")
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
