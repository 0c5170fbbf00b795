"""Absolute dating evidence read from the text, the URL and the file name.

Each function returns :class:`~chronicler.model.Evidence` whose ``implies`` is the interval the publication
date must lie in if the clue is right (one side may be open): a date spoken of in the past is a lower bound,
a date spoken of in the future an upper bound. Clues that need a year first (weekdays, "February 10",
"next February") are in :mod:`chronicler.time.dating.relative`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.patterns import (
    DAY_MONTH, ISO_DATE, MAX_YEAR, MONTH_DAY, MONTH_YEAR, MONTHS, WEEKDAYS, YEAR, month_end, scan, tense_near,
    valid_date,
)

#: Default weights: how much each kind of clue is trusted when clues conflict (the weakest is dropped).
WEIGHTS = {
    "metadata": 100.0, "url": 20.0, "filename": 10.0, "dateline": 8.0, "page_date": 8.0, "office_holder": 6.0, "known_event": 4.0,
    "known_event_named": 3.5,
    "explicit_date": 3.0, "explicit_month": 2.5, "past_reference": 2.0, "future_reference": 1.5,
    "relative_cue": 1.5, "office_term": 2.2, "style": 1.2, "weekday": 1.0, "undetermined_reference": 0.8, "recency": 0.5,
}


def lower(d: date, granularity: str = "day") -> DateInterval:
    """Publication on or after ``d``."""
    return DateInterval(d, None, None, granularity)


def upper(d: date, granularity: str = "day") -> DateInterval:
    """Publication on or before ``d``."""
    return DateInterval(None, d, None, granularity)


def url_evidence(url: str | None, source: str | None) -> list[Evidence]:
    """A date written in the URL (``/2009/04/28/``) or the file name (``report-20090428.txt``)."""
    out: list[Evidence] = []
    for kind, value in (("url", url), ("filename", _file_name(source))):
        if not value:
            continue
        for m in ISO_DATE.finditer(value):
            d = valid_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if d is None:
                continue
            # A date in a path is the publication day (URLs) or the archive day (file names): a one-day hint.
            out.append(Evidence(kind, m.group(0), DateInterval(d, d, d, "day"),
                                note=f"date in the {'URL' if kind == 'url' else 'file name'}", weight=WEIGHTS[kind]))
            break
    return out


def _file_name(source: str | None) -> str | None:
    if not source:
        return None
    return re.split(r"[\\/]", source.split("#", 1)[0])[-1]


def explicit_dates(text: str) -> list[Evidence]:
    """Full dates with a year in the text ("February 10, 2011", "10 Feb 2011", "2011-02-10")."""
    out: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    for pattern in (MONTH_DAY, DAY_MONTH, ISO_DATE):
        for m in scan(pattern, text):
            if not m.group("year") or _overlaps(taken, m.start(), m.end()):
                continue
            month = MONTHS.get(m.group("month").lower().rstrip("."), None) if not m.group("month").isdigit() \
                else int(m.group("month"))
            d = valid_date(int(m.group("year")), month or 0, int(m.group("day")))
            if d is None:
                continue
            taken.append((m.start(), m.end()))
            ev = _page_date(text, m.start(), m.end(), d) or _bounded("explicit_date", text, m.start(), m.end(), d, d,
                                                                      "day")
            out.append(ev)
            wd = m.groupdict().get("weekday")
            if wd and WEEKDAYS[wd.lower()] == d.weekday() and ev.kind != "page_date":
                out.append(_week_of(ev, d))
    for m in MONTH_YEAR.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        year, month = int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")]
        if valid_date(year, month, 1) is None:
            continue
        taken.append((m.start(), m.end()))
        ev = _bounded("explicit_month", text, m.start(), m.end(), date(year, month, 1), month_end(year, month), "month")
        out.append(ev)
        if ev.kind == "explicit_month" and year < MAX_YEAR:
            # News style gives a month its year only when it is not the current year ("in October 2005").
            out.append(Evidence("style", ev.text, lower(date(year + 1, 1, 1), "year"), ev.start, ev.end,
                                "a past month written with its year: not the year of the report (news style)",
                                WEIGHTS["style"]))
    for m in YEAR.finditer(text):
        if _overlaps(taken, m.start(), m.end()) or _not_a_year(text, m.start(), m.end()):
            continue
        year = int(m.group("year"))
        if _NAMED_YEAR_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or \
                _NAMED_YEAR_AFTER.match(text[m.end():m.end() + 30]):
            continue  # "London 2012", "the 2012 presidential race": a name, often of something still to come
        if _FUTURE_YEAR_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            out.append(Evidence("future_reference", m.group(0), upper(date(year, 12, 31), "year"), m.start(), m.end(),
                                "a year as a deadline or target ('by 2014'): publication on or before its end",
                                WEIGHTS["future_reference"]))
            continue
        out.append(_bounded("year", text, m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year"))
    return sorted(out, key=lambda e: e.start or 0)


_PUBLISHED_BEFORE = re.compile(r"(?:first published|published|posted|dated|date of publication)\s*(?:on|at)?\s*:?\s*"
                               r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*(?:on)?\s*)?$", re.I)
_TIME = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?"
_LATER_BEFORE = re.compile(r"(?:(?:updated|amended|modified|corrected|appeared|edition|wrote on)(?:[^.|]|\d\.\d){0,90}"
                           r"|at\s+" + _TIME + r"\s*on\s*|" + _TIME + r"\s*,?\s*(?:[A-Z][a-z]+day\s*,?\s*)?)$", re.I)
_LATER_AFTER = re.compile(r"^\s*[-,|]?\s*(?:(?:at\s+)?" + _TIME + r"|\S+\s+wrote\b|RETWEET)", re.I)


def _week_of(ev: Evidence, d: date) -> Evidence:
    """A full date given with its weekday ("Monday, 25 January 2010") is a date of the report's own week."""
    if ev.kind == "future_reference":
        implies, note = DateInterval(d - timedelta(days=7), None, None, "day"), "after"
    else:
        implies, note = DateInterval(None, d + timedelta(days=7), None, "day"), "before"
    return Evidence("weekday", ev.text, implies, ev.start, ev.end,
                    f"a date given with its weekday is in the report's week: published within 7 days {note}",
                    WEIGHTS["weekday"])


def _page_date(text: str, start: int, end: int, d: date) -> Evidence | None:
    """A date of the page rather than of the story: "First published on ...", "updated", a comment's time stamp.

    The publication line gives the day itself; an update, a print edition or a reader's comment comes after the
    report, so it bounds publication from above.
    """
    before = text[max(0, start - 90):start]
    after = text[end:end + 40]
    if _PUBLISHED_BEFORE.search(before):
        return Evidence("page_date", text[start:end], DateInterval(d, d, d, "day"), start, end,
                        "the page's own publication line", WEIGHTS["page_date"])
    if _LATER_BEFORE.search(before) or _LATER_AFTER.match(after):
        return Evidence("page_date", text[start:end], upper(d), start, end,
                        "an update, print edition or reader comment: after the report", WEIGHTS["page_date"])
    return None


def _bounded(what: str, text: str, start: int, end: int, first: date, last: date, gran: str) -> Evidence:
    """The bound a mention of [first, last] puts on publication, from the tense of its clause."""
    tense = tense_near(text, start, end)
    label = {"explicit_date": "date", "explicit_month": "month", "year": "year"}[what]
    if tense == "future":
        return Evidence("future_reference", text[start:end], upper(last, gran), start, end,
                        f"{label} spoken of in the future: publication on or before its end",
                        WEIGHTS["future_reference"])
    if tense == "past":
        kind = what if what != "year" else "past_reference"
        return Evidence(kind, text[start:end], lower(first, gran), start, end,
                        f"{label} spoken of in the past: publication on or after its start", WEIGHTS[kind])
    return Evidence("undetermined_reference", text[start:end], lower(first, gran), start, end,
                    f"{label} in a clause of unclear tense: reports mostly look back, so a weak lower bound",
                    WEIGHTS["undetermined_reference"])


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


_NOT_YEAR_BEFORE = re.compile(r"(?:©|\(c\)|copyright|no\.|number|flight|route|room|page|pp?\.|article|resolution|vol\.|#|"
                              r"\$|£|€|us\$|about|some|nearly|almost|over|than)\s*$", re.I)
_NOT_YEAR_AFTER = re.compile(r"^\s*(?::|people|troops|soldiers|deaths|dead|cases|homes|jobs|tons|tonnes|metres|"
                             r"meters|feet|miles|km|kilometres|dollars|euros|pounds|yen|hours|votes|seats|members)",
                             re.I)


_NAMED_YEAR_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:In|By|Since|Until|From|Of|The|And|Or|But|To|For|"
                                r"January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\b)[A-Z][A-Za-z]+\s+$")
_NAMED_YEAR_AFTER = re.compile(r"^\s*(?:[A-Z][a-z]+|presidential|election|elections|olympics|games|world cup|"
                               r"campaign|race|summit|target|goal|deadline|debut|budget)\b")
_FUTURE_YEAR_BEFORE = re.compile(r"\b(?:by(?!\s+the)|until|till|through|into|before|in time for|projected|forecast|targets?|"
                                 r"ends? in|expires? in|from now)\s+(?:the\s+)?(?:end of\s+|early\s+|"
                                 r"late\s+|mid-?\s*)?$", re.I)


def _not_a_year(text: str, start: int, end: int) -> bool:
    """True when a four-digit number is a count or an identifier ("2000 troops", "flight 2009")."""
    return bool(_NOT_YEAR_BEFORE.search(text[max(0, start - 12):start]) or _NOT_YEAR_AFTER.match(text[end:end + 14]))
