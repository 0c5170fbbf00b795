"""From a grammar match to a TIMEX3 type and value: one handler per rule of :mod:`chronicler.time.grammar`.

A handler gets the match and a :class:`Ctx` (reference date or None, tense, text, the timexes found so far)
and returns a :class:`Result`, or None when the match is not a time expression after all. Calendar
expressions are handled in :mod:`chronicler.time.rules_calendar`, clock times in
:mod:`chronicler.time.rules_clock`, durations and sets in :mod:`chronicler.time.rules_duration`; relative ones here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from chronicler.time import normalize as nz
from chronicler.time.anchor import future_in_past, weekday_near, weekday_strict
from chronicler.time.grammar import NUM, UNITS, WEEKDAYS, parse_number
from chronicler.time.rules_base import (DEICTIC_SHIFT, ENDED, Ctx, Result, edge_mod, half_of_year, pod_suffix,
                                        prior_half, prior_quarter, title_word)
from chronicler.time.rules_calendar import (h_century, h_day_month, h_decade, h_fiscal, h_iso, h_month,
                                            h_month_year, h_quarter, h_slash, h_week_of, h_year, h_year_words)
from chronicler.time.rules_clock import h_clock24, h_dawn, h_time
from chronicler.time.rules_season import h_holiday, h_season
from chronicler.time.schedule_present import scheduled_present
from chronicler.time.rules_duration import _unit, h_duration, h_long, h_plural, h_set
from chronicler.time.rules_narrative import (coarser_code, following_weekday, h_narrative_pod, h_unit_around,
                                             narrative_anchor, narrative_day, narrative_unit)
from chronicler.time.speech_anchor import weekday_from_speech

__all__ = ["HANDLERS", "Ctx", "Result"]


# ------------------------------------------------------------------------------------------- deictic and refs



def h_deictic(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    w = (g.get("w") or g.get("rel") or "").lower()
    pod = g.get("pod")
    if g.get("rel") and w == "last" and (pod or "").lower() != "night":
        return None  # "last morning" is not said
    if not g.get("rel") and not g.get("edge") and title_word(ctx.text, m.start("w"), m.end("w")) \
            and not re.search(r"\b(?:on|for|by|until|since|of|from|than)\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "USA Today", "the Today show", "World News Tonight": a title
    suffix = "TNI" if w == "tonight" else pod_suffix(pod)
    typ = "DATE"
    if ctx.ref is None:
        return Result(typ, "XXXX-XX-XX" + suffix, None, True)
    d = ctx.ref + timedelta(days=DEICTIC_SHIFT[w])
    return Result(typ, d.isoformat() + suffix, edge_mod(g.get("edge")), True)


#: Nouns of people and post holders: "current" before them names who, not when.
_HOLDER = re.compile(r"\s+(?:(?:and|or)\s+former\s+)?(?:[a-z]+\s+)?(?:chairman|chairwoman|chair|president|"
                     r"members?|employees?|workers|staff|owners?|holders?|shareholders|stockholders|officers?|"
                     r"officials?|directors?|executives?|managers?|leaders?|head|chief|champion|tenants?|customers|"
                     r"players|partners?|residents|students|ministers?|governors?|mayor|secretary|director)\b")


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
    "current": "PRESENT_REF",  # the adjective: "its current difficulties"
    "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "recent years": "PAST_REF", "recent times": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",  # "postponed to a later date"
}


#: "of" and a noun phrase after "the future": whose fate is meant ("the future of the talks").
_FUTURE_OF = re.compile(r"\s+of\s+\w", re.I)
_COUNTED = re.compile(rf"\s+(?i:{NUM})[\s-]+[A-Za-z]")


#: "at the moment", "at this (crucial) moment", "at this hour" (broadcasts): the present, unless the moment is
#: another one ("at the moment of the blast", "at this hour last year", "at the moment when ...").
_MOMENT = re.compile(r"(?:the|this)\s+(?:[a-z]+\s+)?(?:moment|hour)")
_OTHER_MOMENT = re.compile(r"\s+(?:of|when|that|last|next|yesterday|tomorrow|on|in\s+\d|a\s+(?:year|week|day))\b", re.I)


#: "soon after the vote", "soon enough", "soon as": no time of their own.
_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|as|enough|thereafter)\b", re.I)
#: A degree word before "soon": "as soon as", "too soon to tell", "so soon after": how early, not a time.
_SOON_DEGREE = re.compile(r"\b(?:as|too|so|how|very)\s+$", re.I)
#: The verb "soon" goes with looks ahead: "will soon", "to soon grow", "soon will", "soon to be".
_SOON_AHEAD_BEFORE = re.compile(r"\b(?:will|would|'ll|shall|to|going\s+to)\s+(?:\w+\s+)?$", re.I)
_SOON_AHEAD_AFTER = re.compile(r"\s+(?:will|would|'ll|shall|to\s+be)\b", re.I)


def _soon(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"soon" looking ahead of the report ("will soon cut", "expected to vote ... soon") is FUTURE_REF; a "soon"
    of a past narrative ("the strike soon spread") is relative to the event told and left undated."""
    if _SOON_DEGREE.search(ctx.text, max(0, m.start() - 6), m.start()) or _SOON_AFTER.match(ctx.text, m.end()):
        return None  # "as soon as", "too soon": how early, not when
    ahead = ctx.tense == "future" or _SOON_AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()) \
        or _SOON_AHEAD_AFTER.match(ctx.text, m.end())
    # with no prior list the tagger is only choosing candidates (tense not read yet): keep it in the running
    return Result("DATE", "FUTURE_REF", None, True) if ctx.prior is None or ahead else None


def h_ref(m: re.Match[str], ctx: Ctx) -> Result | None:
    w = " ".join(m["w"].lower().split())
    if _MOMENT.fullmatch(w):
        if not re.search(r"\bat\s+$", ctx.text[max(0, m.start() - 4):m.start()], re.I) \
                or _OTHER_MOMENT.match(ctx.text, m.end()) or w.split()[1] in ("same", "very", "exact", "last"):
            return None
        return Result("DATE", "PRESENT_REF", None, True)
    if w == "soon":
        return _soon(m, ctx)
    if w not in _REFS:
        return None
    if w == "current" and _HOLDER.match(ctx.text, m.end()):
        return None  # "the current chairman", "two current members": who holds a post, not a time
    if re.match(r"-[A-Za-z]", ctx.text[m.end():m.end() + 2]):
        return None  # "the now-defunct airline", "now-Vice President": part of a compound
    if w.endswith("the past") and _COUNTED.match(ctx.text, m.end()):
        return None  # "the past three summers" counts something: not the vague past
    if w == "the future" and _FUTURE_OF.match(ctx.text, m.end()):
        return None  # "the future of the monarchy": the fate of a thing, not a time (TimeBank leaves it)
    if w == "now" and re.search(r"\b(?:until|till|up\s+to)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
        return None  # "has until now been described": a stretch of the past, not the present
    trim = 3 if w.startswith("in the") else 0
    return Result("DATE", _REFS[w], None, True, trim)



#: A weekday's deadline or date still to come: "by Thursday's deadline", "Friday's scheduled vote".
_DEADLINE_DAY = re.compile(r"\b(?:by|ahead\s+of)\s+$", re.I)
_DEADLINE_NOUN = re.compile(r"\s+(?:(?:noon|midnight|\d+\s*[ap]\.?m\.?)\s+)?(?:deadline|scheduled|planned|expected|"
                            r"upcoming)\b", re.I)


#: "the" right before a weekday, and a capitalised word (no month, weekday or part of day) right after it.
_TITLE_DAY = re.compile(r"\b[Tt]he\s+$")
_NAME_NEXT = re.compile(r"[^\S\n]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
                        r"[A-Z][a-z]")


#: A frequency adverb earlier in the weekday's clause (no stop, colon, semicolon or comma in between): the
#: weekday recurs ("the market usually opens late on Sunday"), TimeML's SET, not one day. Not after a determiner, where
#: it grades an adjective of a noun phrase ("one typically overstated entry on Thursday", "a usually quiet").
_FREQUENCY = frozenset({"often", "usually", "always", "normally", "typically", "generally", "regularly", "routinely",
                        "frequently", "sometimes", "customarily", "habitually", "traditionally", "seldom", "rarely"})
_GRADING = frozenset({"a", "an", "the", "one", "its", "his", "her"})
_CLAUSE_ENDS = ".;:!?,\n"


def _habitual(text: str, start: int) -> bool:
    """Whether the clause before ``start`` (at most 80 characters back) holds a frequency adverb."""
    window = text[max(0, start - 80):start]
    cut = max(window.rfind(c) for c in _CLAUSE_ENDS)
    words = window[cut + 1:].lower().split()
    if cut < 0 and start > 80:
        words = words[1:]  # the window may begin inside a word ("unusually")
    if _FREQUENCY.isdisjoint(words):
        return False
    return any(w in _FREQUENCY and (i == 0 or words[i - 1] not in _GRADING) for i, w in enumerate(words))


def h_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if m["pod"] and not rel and title_word(ctx.text, m.start("pod"), m.end("pod")) \
            and title_word(ctx.text, m.start("wd"), m.end("wd")):
        return None  # "the Friday Night Comedy podcast": a title
    if not rel and _TITLE_DAY.search(ctx.text, max(0, m.start() - 4), m.start()) \
            and _NAME_NEXT.match(ctx.text, m.end()):
        return None  # "The Sunday Times", "the Monday Night Club", "the Saturday Guardian": a title
    suffix = pod_suffix(m["pod"])
    if not rel and _habitual(ctx.text, m.start()):
        return Result("SET", f"XXXX-WXX-{wd + 1}" + suffix, None, True)
    typ = "DATE"
    if ctx.ref is None:
        return Result(typ, f"XXXX-WXX-{wd + 1}" + suffix, None, True)
    if rel in ("the following", "the next"):
        d = following_weekday(ctx, m.start(), wd) or weekday_strict(ctx.ref, wd, "future")
    elif rel in ("last", "this past", "past"):
        d = weekday_strict(ctx.ref, wd, "past")
    elif rel in ("next", "this coming", "coming"):
        d = weekday_strict(ctx.ref, wd, "future")
    elif (dl := _DEADLINE_DAY.search(ctx.text, max(0, m.start() - 12), m.start())) \
            and not (dl.group(0).lower().startswith("by") and ctx.tense == "past"):
        # "by Thursday's deadline", "ahead of Friday's vote"; but "had docked by Thursday" is told as done
        d = weekday_near(ctx.ref, wd, "future")
    elif ctx.text.startswith(("'s", "’s"), m.end()) and not _DEADLINE_NOUN.match(ctx.text, m.end() + 2):
        d = weekday_near(ctx.ref, wd, "past")  # "Friday's trading" reports what happened
    elif (told := weekday_from_speech(ctx, m.start(), wd)) is not None:
        d = told  # "said on Friday that the charges would be filed on Monday": counted from that Friday
    elif ctx.tense == "future" and future_in_past(ctx.text, m.start()):
        ahead, back = weekday_near(ctx.ref, wd, "future"), weekday_near(ctx.ref, wd, "past")
        d = ahead if (ahead - ctx.ref) <= (ctx.ref - back) else back  # the nearer of the two
    elif ctx.tense == "past" and scheduled_present(ctx.text, m.start(), m.end()):
        d = weekday_near(ctx.ref, wd, "future")  # "Voters go to the polls on Sunday": a schedule
    else:
        d = weekday_near(ctx.ref, wd, ctx.tense)
    return Result(typ, d.isoformat() + suffix, edge_mod(m["edge"]), True)


_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "E", "century": "C",
              "fiscal year": "Y", "weekend": "WE"}


def _weekend(ref: date, direction: str, rel: str = "the") -> str:
    """The weekend meant by "this/the weekend" said on ``ref``: the one under way on Saturday or Sunday;
    from Wednesday on, "this weekend" is the coming one whatever the tense (the last one would be "last
    weekend"); otherwise the nearest one in the clause's direction ("over the weekend" said on a Monday)."""
    if ref.weekday() >= 5:
        return nz.week(ref) + "-WE"
    if rel == "this" and ref.weekday() >= 2:
        direction = "future"
    return nz.week(weekday_near(ref, 5, direction)) + "-WE"



def h_this_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    rel = " ".join(m["rel"].lower().split()).replace("that same", "that")  # "that same week": the week told
    unit = " ".join(m["unit"].lower().split())
    if unit == "hour":  # "in the next hour", "over the past hour" (broadcasts); "this hour" is a reference
        return Result("DURATION", "PT1H") if rel in ("the past", "the last", "the next", "the coming") \
            and not m["edge"] else None
    code = _UNIT_CODE[unit]
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # a title: ABC's "This Week"
    mod = edge_mod(m["edge"])
    if rel == "the" and code in ("Y", "Q", "M", "W") and ENDED.match(ctx.text, m.end()):
        return Result("DURATION", f"P1{code}")
    if code == "D" and rel == "the next" and not m["edge"] and (
            re.match(r"\s+or\s+(?:two|so)\b", ctx.text[m.end():]) or
            re.search(r"\b(?:in|within|over|during|for)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I)):
        return Result("DURATION", "P1D")  # "in the next day or two": a stretch from now, not the narrative's next day
    if code == "D" and rel in ("the following", "the next", "the previous", "that"):
        return narrative_day(rel, mod, ctx)
    if code == "D" and rel == "the same" and not m["edge"] and not re.match(
            r"\s+(?:last|next|this|a\s+year|of|as)\b", ctx.text[m.end():], re.I):
        return narrative_day("that", None, ctx)  # "on the same day": the day just told
    if code == "D" and rel == "the" and re.fullmatch(r"(?i:earlier|later|early|late)\s+in\s+", m["edge"] or ""):
        day = narrative_day("that", None, ctx, dct_fallback=True)  # "later in the day": the day being told
        return day and Result(day.type, day.value, None, True, m.start("rel") - m.start())
    if rel in ("the next", "the following", "the previous") and code in ("W", "M", "Q", "Y", "E") \
            and (rel != "the next" or ctx.tense == "past") \
            and (told := narrative_unit(-1 if rel == "the previous" else 1, code, mod, ctx, m.start())) is not None:
        return told  # "The next year he moved abroad" after "in 1995": the narrative's next year
    if rel in ("the past", "the last", "the next", "the coming") and not m["edge"]:
        if code == "WE":
            return None
        if code in ("D", "E", "C") or ctx.ref is None:
            return Result("DURATION", "P1CE" if code == "C" else f"P1{code}")
        # "over the past year", "for the last week", "over the next year": the stretch up to (from) the report's
        # date, valued as the calendar unit holding most of it (TimeBank annotates these as dates)
        half = {"W": timedelta(days=3), "M": timedelta(days=15), "Q": timedelta(days=45), "Y": timedelta(days=182)}
        sign = -1 if rel in ("the past", "the last") else 1
        return Result("DATE", nz.at(ctx.ref + sign * half[code], code), None, True)
    if rel == "the" and not m["edge"] and re.match(r"\s+(?:before|after|earlier|later|following|preceding)\b",
                                                   ctx.text[m.end():]):
        return None  # "up from 3 percent the year before": relative to an event, left untagged in TimeBank
    if rel in ("the same", "the latest", "the prior") or (rel == "the" and code in ("E", "C") and not m["edge"]):
        return None  # but "the end of the decade" is this one's
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
    if rel in ("the last", "the past") and m["edge"] and code in ("E", "C", "Y", "M", "W", "Q"):
        rel = "last"  # "the turn of the last century", "the end of the last decade": the previous one
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
            return Result("DATE", _weekend(ref, ctx.tense, rel), mod, True)
        return Result("DATE", nz.week(ref + timedelta(weeks=step)) + "-WE", mod, True)
    value = nz.at(nz.shift(ref, step, code), code)
    half = half_of_year(m["edge"], value) if code == "Y" else None
    return Result("DATE", half.value, None, True) if half else Result("DATE", value, mod, True)


def h_yearend(m: re.Match[str], ctx: Ctx) -> Result | None:
    code = {"year": "Y", "month": "M", "week": "W"}[m["w"].lower()]
    if ctx.ref is None:
        return Result("DATE", nz.UNKNOWN[code], "END", True)
    return Result("DATE", nz.at(ctx.ref, code), "END", True)


# ------------------------------------------------------------------------------------------------------- ago

_BACK = {"ago", "earlier", "before", "previously", "back"}
#: Directions counted from the time the narrative has reached; "ago", "from now", "hence", "back" count from
#: the report's date (TimeML: anaphoric vs deictic).
_ANAPHORIC = {"earlier", "later", "before", "after", "previously"}


#: A fractional count in a finer unit, and the granularity its date is known to: "half a century ago" is
#: 50 years back, known to the decade; "a year and a half ago" 18 months back, known to the year.
_FRACTION = {"C": (100, "Y", "E"), "E": (10, "Y", "Y"), "Y": (12, "M", "Y"), "Q": (3, "M", "M"),
             "M": (30, "D", "M"), "W": (7, "D", "W"), "D": (24, "H", "D")}


def _fraction_ago(n: float, code: str, sign: int, ctx: Ctx) -> Result | None:
    if code not in _FRACTION or ctx.ref is None:
        return None
    per, finer, out = _FRACTION[code]
    steps = round(n * per)  # "a week and a half": 10 or 11 days, told to the week only
    if finer == "H":
        return Result("DATE", nz.at(ctx.ref + timedelta(hours=sign * steps), out), None, True)
    return Result("DATE", nz.at(nz.shift(ctx.ref, sign * steps, finer), out), None, True)


def h_ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["unit"])
    # no numeral: the adjective "year-earlier" (one), or "years ago" (some: the vague past)
    n = parse_number(m["n"]) if m["n"] else (None if m["unit"].lower().endswith("s") else 1)
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
    if m.groupdict().get("half"):
        n += 0.5  # "a year and a half ago"
    if not float(n).is_integer():
        if unit in ("second", "minute", "hour") and ctx.ref is not None and direction in ("ago", "back"):
            return Result("DATE", ctx.ref.isoformat(), None, True)  # "an hour and a half ago": today
        return _fraction_ago(n, code, sign, ctx)
    if direction in ("earlier", "later", "before", "after", "ago") and code == "Y" and n == 1:
        if (ph := prior_half(ctx, m.start())) is not None:  # "first-half profit ... a year earlier"
            return Result("DATE", f"{ph[0] + sign:04d}-H{ph[1]}", None, True)
        pq = prior_quarter(ctx)
        if pq and any(t.value.endswith(f"Q{pq[1]}") and t.end > m.start() - 1500 for t in (ctx.prior or [])[-60:]):
            return Result("DATE", f"{pq[0] + sign * int(n):04d}-Q{pq[1]}", None, True)
    if ctx.ref is None:
        return Result("DATE", nz.UNKNOWN.get(code, "XXXX-XX-XX"), None, True)
    if unit in ("second", "minute", "hour"):
        return Result("DATE", ctx.ref.isoformat(), None, True)
    if code == "2W":
        n, code = 2 * n, "W"
    ref, out_code = ctx.ref, code
    if direction in _ANAPHORIC and (anchor := narrative_anchor(ctx, m.start())) is not None:
        ref, out_code = anchor[0], coarser_code(code, anchor[1])  # "in 1994 ... two years later": 1996
    elif direction in _ANAPHORIC and sign > 0 and ctx.tense == "past":
        # "A week later he was dead" with no date told: counted from some past event, not from the report
        return Result("DATE", nz.UNKNOWN.get(code, "XXXX-XX-XX"), None, True)
    d = nz.shift(ref, sign * int(n), code)
    return Result("DATE", nz.at(d, out_code), edge_mod(m["mod"]), True)


def h_ago_vague(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"a moment ago", "a short time ago", "some time ago", "not long ago": the vague past."""
    return Result("DATE", "PAST_REF", None, True)


HANDLERS: dict[str, Callable[[re.Match[str], Ctx], Result | None]] = {
    "time": h_time, "clock24": h_clock24, "dawn": h_dawn, "iso": h_iso, "slash": h_slash, "mdy": h_day_month, "dmy": h_day_month, "week_of": h_week_of,
    "month_year": h_month_year, "month": h_month, "fiscal": h_fiscal, "year": h_year,
    "year_words": h_year_words, "decade": h_decade, "century": h_century, "quarter": h_quarter,
    "season": h_season, "deictic": h_deictic, "ref": h_ref, "weekday": h_weekday, "this_unit": h_this_unit,
    "yearend": h_yearend, "narrative_pod": h_narrative_pod,
    "unit_around": h_unit_around, "ago": h_ago, "ago_vague": h_ago_vague, "duration": h_duration,
    "plural": h_plural, "set": h_set,
    "long": h_long, "holiday": h_holiday,
}
