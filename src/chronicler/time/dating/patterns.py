"""Regular expressions and small calendar helpers shared by the dating cues.

The patterns tolerate tokenized text ("Feb. 10 , 2011", "Thursday , February 10") because real corpora
arrive that way. Tense is judged from the words around a mention inside its sentence, without a parser,
so that dating runs before the (slow) spaCy stage.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from chronicler.text.prefilter import with_first_chars

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

#: The years a news report can plausibly speak of as a calendar year (older ones are history, not dating cues).
MIN_YEAR, MAX_YEAR = 1900, 2100

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*(?:the\s+)?)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"

#: "Thursday, February 10, 2011", "Feb. 10 , 2011", "February 10" (year optional; "May" alone is not a date).
MONTH_DAY = re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?!\d|\s*[-–]\s*\d)(?:\s*,?\s*" + _YEAR + r"\b)?")
#: "10 February 2011", "Thursday 10 February", "10th of May 2009".
DAY_MONTH = re.compile(_WEEKDAY + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH.replace("?P<month>", "?P<month>")
                       + r"\b(?:\s*,?\s*" + _YEAR + r"\b)?")
#: ISO dates "2011-02-10" (also in URLs and file names: 2011/02/10, 2011_02_10, 20110210).
ISO_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/_.]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
                      r"(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")
#: "October 2005", "in February of 2009" (a month with a year and no day).
MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s*,?\s+(?:of\s+)?" + _YEAR + r"\b")
#: A bare year "2005" (not part of a number, a range "2005-06" counts as its first year).
YEAR = re.compile(r"(?<![\d$£€.,:/-])\b" + _YEAR + r"\b(?!\s*(?:%|percent|per cent)|,\d|\.\d|[a-z])")
#: A yearless month as a time: "in February", "last February", "next February", "since March".
MONTH_ALONE = re.compile(r"\b(?P<prep>in|last|next|this|since|until|by|from|early|late|mid|mid-|end of|in early|"
                         r"in late|in mid|earlier in|later in|until late|by late|by early)\s*-?\s*"
                         + _MONTH.replace(r"\.?", "") + r"\b(?!\s*\d)", re.I)
#: A weekday as a time: "said Monday", "on Tuesday", "last Wednesday", "next Friday", "Thursday night".
WEEKDAY = re.compile(r"\b(?P<mod>last|next|this|on|since|until|by|late|early)?\s*"
                     r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?!\s*,?\s*"
                     + _MONTH.replace("?P<month>", "?:") + r")(?!\s*,?\s*(?:the\s+)?\d)")
#: Any weekday's name, as :data:`WEEKDAY` spells it: every match of that pattern holds one.
_WEEKDAY_NAME = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
#: The longest modifier :data:`WEEKDAY` reads before the day ("since", "until", "early").
_WEEKDAY_MOD = 5


def weekday_matches(text: str) -> list[re.Match[str]]:
    """``list(WEEKDAY.finditer(text))``, tried only at the characters a match can begin at instead of at every one:
    a match is a lower-case modifier, white space and a day's name, so each begins between the modifier and the
    white space before some day's name and that name (``\\b`` and the lookaheads still read the whole text)."""
    out: list[re.Match[str]] = []
    end = 0
    for name in _WEEKDAY_NAME.finditer(text):
        at = name.start()
        if at < end:
            continue  # inside the match before
        pos = at
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        for p in range(max(end, pos - _WEEKDAY_MOD), at + 1):
            m = WEEKDAY.match(text, p)
            if m is not None:
                out.append(m)
                end = m.end()
                break
    return out


#: Deictic expressions of the present: "today", "this week", "this month", "this year".
DEICTIC = re.compile(r"\b(?P<what>today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|"
                     r"this week|last week|next week|this month|last month|next month|this year|last year|next year|"
                     r"earlier this year|later this year|earlier this month|later this month)\b", re.I)

_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'`(])|\n")
#: _SENT_END as scanned (same matches at every position): led by the class ``\s`` that both branches begin with
#: (a newline is a space), so ``re`` skips in C to spaces instead of entering the lookbehind at every character;
#: the lookbehinds then check the stop before the space, or that the space is a newline.
_SENT_END_SCAN = re.compile(r"\s(?:(?<=[.!?]\s)\s*(?=[A-Z“\"'`(])|(?<=\n))")
_FUTURE = re.compile(
    r"\b(will|wo n't|won't|'ll|shall|going to|to be held|is to|are to|scheduled|slated|due to|due in|due on|"
    r"expected to|expects to|expect|plans? to|set to|upcoming|forthcoming|next|deadline|by the end of|"
    r"predict\w*|forecast\w*|projected|outlook|estimates? for)\b",
    re.I)
_PAST = re.compile(
    r"\b(said|says|was|were|had|has|have|did|ago|last|earlier|since|began|took|came|went|made|held|met|told|"
    r"announced|reported|signed|died|killed|struck|hit|occurred|happened|after|following|\w{3,}ed)\b", re.I)
#: Each scan tried only at a character a match of it can begin with (same matches; the others may begin anywhere).
MONTH_DAY, DAY_MONTH, MONTH_YEAR, YEAR, ISO_DATE, MONTH_ALONE, DEICTIC, _FUTURE = map(
    with_first_chars, (MONTH_DAY, DAY_MONTH, MONTH_YEAR, YEAR, ISO_DATE, MONTH_ALONE, DEICTIC, _FUTURE))


#: The last text scanned by :func:`scan` and its matches per pattern (one (text, matches) pair, replaced whole).
_SCANNED: tuple[str | None, dict[re.Pattern[str], tuple[re.Match[str], ...]]] = (None, {})


def scan(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """``tuple(pattern.finditer(text))``, kept for the last text: dating one report reads the same text for full
    dates, yearless dates and impossible dates with the same two date patterns."""
    global _SCANNED
    scanned = _SCANNED
    if scanned[0] is not text:
        scanned = _SCANNED = (text, {})
    found = scanned[1].get(pattern)
    if found is None:
        found = scanned[1][pattern] = tuple(pattern.finditer(text))
    return found


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around character ``pos`` (a cheap splitter, no model)."""
    start = 0
    for m in _SENT_END_SCAN.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    m = _SENT_END_SCAN.search(text, pos)
    return start, (m.start() if m else len(text))


def tense_near(text: str, start: int, end: int) -> str:
    """``past``, ``future`` or ``unknown``: the tense of the clause a time mention sits in.

    Looks at the words of the mention's sentence, nearest first: a future marker ("will", "is to",
    "scheduled", "next") within the clause wins over past markers ("said", "-ed" verbs), because a
    report of a plan is written in the past ("said it will meet on May 3") but speaks of the future.
    """
    s, e = sentence_bounds(text, start)
    left = text[max(s, start - 90):start]
    right = text[end:min(e, end + 60)]
    left = re.split(r"[;,]\s+(?:but|and|while|as)\b|\bsaid\b|\bsays\b|\btold\b", left)[-1]
    right = re.split(r"[;]|,|\s(?:and|but|while|as|because|which|who|that)\s|\bsaid\b|\bsays\b", right)[0]
    window = left + " " + right
    if _FUTURE.search(window):
        return "future"
    if _PAST.search(window) or _PAST.search(text[s:e]):
        return "past"
    return "unknown"


def valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for an impossible one ("May 45", "February 30")."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_years(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def days(n: int) -> timedelta:
    """A timedelta of ``n`` days."""
    return timedelta(days=n)
