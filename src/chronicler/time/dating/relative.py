"""Clues that constrain the publication date only once a year or a week is known.

"said Monday", "last Wednesday", "February 10", "Thursday, February 10", "next February", "in February":
each is a *periodic* constraint — it allows one window per year (or per week). Given an anchor interval
from the absolute clues, :func:`resolve` keeps the windows that meet the anchor and returns their hull
intersected with the anchor, so a clue only ever narrows an interval it is consistent with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.evidence import WEIGHTS
from chronicler.time.dating.patterns import (
    DAY_MONTH, MONTH_ALONE, MONTH_DAY, MONTHS, WEEKDAYS, add_years, days, month_end, scan, tense_near,
    valid_date, weekday_matches,
)

Window = tuple[date, date]

#: A report speaks of "Thursday, February 10" in the week around it (news style); of "Monday" within a week.
WEEK = 7
#: Anchors wider than this are not narrowed by weekly clues (every week would fit: nothing learned).
MAX_WEEKLY_ANCHOR = 120
#: Anchors wider than this many years are not narrowed by yearly clues.
MAX_YEARLY_ANCHOR_YEARS = 12


@dataclass(frozen=True)
class Cue:
    """A periodic clue: ``windows(base)`` gives the publication window if the clue's referent is ``base``."""

    kind: str
    text: str
    start: int
    end: int
    note: str
    period: str  # year | week
    windows: Callable[[int | date], Window | None]
    weight: float
    weekday: int | None = None  # for weekly clues: which weekday the base dates fall on
    fixed: tuple[Window, ...] = ()  # for period "fixed": the windows themselves (KB terms, recurring events)
    guess: bool = False  # a yearly clue that may be placed in the latest fitting year (see latest_window)


def find_cues(text: str) -> list[Cue]:
    """Every periodic clue in ``text`` (yearless dates, weekdays, yearless months)."""
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for pattern in (MONTH_DAY, DAY_MONTH):
        for m in scan(pattern, text):
            if m.group("year") or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
            if valid_date(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
                continue
            taken.append((m.start(), m.end()))
            cues.extend(_month_day_cues(text, m.start(), m.end(), month, day, m.group("weekday")))
    for m in weekday_matches(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        cue = _weekday_cue(text, m.start("weekday"), m.end(), WEEKDAYS[m.group("weekday").lower()],
                           (m.group("mod") or "").lower())
        if cue is not None:
            cues.append(cue)
    for m in MONTH_ALONE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        cue = _month_cue(text, m.start(), m.end(), MONTHS[m.group("month").lower()], m.group("prep").lower())
        if cue is not None:
            cues.append(cue)
    return cues


def _month_day_cues(text: str, start: int, end: int, month: int, day: int, weekday: str | None) -> list[Cue]:
    tense = tense_near(text, start, end)
    wd = WEEKDAYS[weekday.lower()] if weekday else None

    def on(year: int) -> date | None:
        d = valid_date(year, month, day)
        return d if d is not None and (wd is None or d.weekday() == wd) else None

    def window(year: int) -> Window | None:
        d = on(year)
        if d is None:
            return None
        # Without a year, a date means its nearest occurrence: within the year before (past) or after (future).
        if tense == "past":
            return d, add_years(d, 1) - days(1)
        if tense == "future":
            return add_years(d, -1) + days(1), d
        return d - days(182), d + days(182)

    label = f"{'weekday and ' if wd is not None else ''}date without a year ({tense})"
    cues = [Cue("relative_cue", text[start:end], start, end, label, "year", window, WEIGHTS["relative_cue"],
                guess=GUESS_KINDS["month_day"])]
    if wd is not None:
        def this_week(year: int) -> Window | None:
            d = on(year)
            if d is None:
                return None
            if tense == "past":
                return d, d + days(WEEK)
            if tense == "future":
                return d - days(WEEK), d
            return d - days(WEEK), d + days(WEEK)

        cues.append(Cue("weekday", text[start:end], start, end,
                        "a date given with its weekday is within the week of the report", "year", this_week,
                        WEIGHTS["weekday"], guess=GUESS_KINDS["weekday_date"]))
    return cues


def _weekday_cue(text: str, start: int, end: int, wd: int, mod: str) -> Cue | None:
    tense = tense_near(text, start, end)
    if mod == "last":
        win, note = (1, 2 * WEEK - 1), "'last <weekday>': within the two weeks before the report"
    elif mod == "next":
        win, note = (-(2 * WEEK - 1), -1), "'next <weekday>': within the two weeks after the report"
    elif tense == "future" or mod == "this" and tense != "past":
        win, note = (-(WEEK - 1), 0), "a weekday spoken of in the future: the report is in the week before"
    else:
        win, note = (0, WEEK - 1), "a weekday spoken of in the past: the report is in the week after"

    def window(base: int | date) -> Window | None:
        assert isinstance(base, date)
        return base + days(win[0]), base + days(win[1])

    return Cue("relative_cue", text[start:end].strip(), start, end, note, "week", window, WEIGHTS["weekday"], wd)


def _month_cue(text: str, start: int, end: int, month: int, prep: str) -> Cue | None:
    tense = tense_near(text, start, end)
    if prep == "next" or (tense == "future" and prep not in {"last", "since"}):
        strict = prep == "next"

        def window(year: int) -> Window | None:
            first = date(year, month, 1)
            # "next February": the report is in the year before that February (strictly before it).
            lo = add_years(first, -1) if strict else add_years(month_end(year, month), -1) + days(1)
            return lo, (first - days(1)) if strict else month_end(year, month)

        note = "a month spoken of as coming: the report is within the year before it"
    elif prep in {"last", "since"} or tense == "past":
        def window(year: int) -> Window | None:
            return date(year, month, 1), add_years(date(year, month, 1), 1) - days(1) + days(31)

        note = "a month spoken of in the past: the report is within the year after it"
    else:
        return None
    return Cue("relative_cue", text[start:end], start, end, note, "year", window, WEIGHTS["relative_cue"],
               guess=GUESS_KINDS["month"])


#: Which yearly clues the soft guess may place ("Thursday, February 10", "February 10", "in February"). Measured on
#: the dev data: placing a bare "February 10" in the latest fitting year cut containment on Timeline17 from 95% to
#: 88% (an office term ending years after the report is a poor "now"); a weekday-and-date clue fits one year in
#: five or six, so its guess is rarely wrong.
GUESS_KINDS = {"weekday_date": True, "month_day": False, "month": False}
#: How far back the soft guess looks for the latest year fitting a weekday-and-date clue.
MAX_GUESS_YEARS = 60
#: The weight of the soft guess: below every hard clue, so it is the first dropped on conflict.
GUESS_WEIGHT = 0.6


def latest_window(cue: Cue, anchor: DateInterval) -> Evidence | None:
    """The soft guess for a yearless date clue: its window in the latest fitting year inside ``anchor``.

    None for other clues, for an anchor open on either side or wider than :data:`MAX_GUESS_YEARS`, or when
    the clue already resolves to a single window (then :func:`resolve` has said it all).
    """
    lo, hi = anchor.earliest, anchor.latest
    if not cue.guess or cue.period != "year" or lo is None or hi is None or \
            hi.year - lo.year > MAX_GUESS_YEARS:
        return None
    hits = [(max(a, lo), min(b, hi)) for y in range(lo.year - 1, hi.year + 2)
            if (w := cue.windows(y)) is not None for a, b in [w] if a <= hi and b >= lo]
    if len(hits) < 2:
        return None
    a, b = max(hits)
    gran = "week" if (b - a).days < 7 else "year"
    return Evidence("recency", cue.text, DateInterval(a, b, None, gran), cue.start, cue.end,
                    f"the latest year in which '{cue.text.strip()}' fits ({a.year}): news speaks of the current "
                    "week (a weak guess, dropped if anything disagrees)", GUESS_WEIGHT)


def resolve(cue: Cue, anchor: DateInterval) -> Evidence | None:
    """The evidence ``cue`` gives within ``anchor``: the hull of its windows that meet the anchor.

    None when the anchor is open or too wide for the clue to say anything, or when no window meets it
    (the clue then disagrees with stronger clues and is dropped).
    """
    lo, hi = anchor.earliest, anchor.latest
    windows: list[Window] = []
    if cue.period == "fixed":
        lo, hi = lo or date.min, hi or date.max
        windows = list(cue.fixed)
    elif lo is None or hi is None:
        return None
    elif cue.period == "week":
        if (hi - lo).days > MAX_WEEKLY_ANCHOR or cue.weekday is None:
            return None
        base = lo - days(3 * WEEK)
        base += days((cue.weekday - base.weekday()) % 7)
        while base <= hi + days(3 * WEEK):
            w = cue.windows(base)
            if w is not None:
                windows.append(w)
            base += timedelta(days=7)
    else:
        if hi.year - lo.year > MAX_YEARLY_ANCHOR_YEARS:
            return None
        for year in range(lo.year - 2, hi.year + 3):
            w = cue.windows(year)
            if w is not None:
                windows.append(w)
    hits = [(max(a, lo), min(b, hi)) for a, b in windows if a <= hi and b >= lo]
    if not hits:
        return None
    first, last = min(a for a, _ in hits), max(b for _, b in hits)
    if first == lo and last == hi:
        return None
    if cue.period == "fixed":
        first = None if first == date.min else first  # type: ignore[assignment]
        last = None if last == date.max else last  # type: ignore[assignment]
    gran = "unknown" if first is None or last is None else \
        "day" if first == last else "week" if (last - first).days < 7 else "month"
    return Evidence(cue.kind, cue.text, DateInterval(first, last, None, gran), cue.start, cue.end, cue.note,
                    cue.weight)
