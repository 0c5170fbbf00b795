"""The date in a report's dateline ("TOKYO, Feb. 27, 2008 —", "OSLO, March 12 (Xinhua) --") is its own day.

Wire copy stamps the dateline with the day the story was filed, local to the place named, so such a date is not
something the story speaks of in the past or the future (the tense of the lead's verb says nothing about it): a
full date is the publication day itself, a date without a year the same month and day in whichever year the
other clues allow. The clean stage marks the dateline as a span; only dates inside that span are read here.
"""

from __future__ import annotations

from datetime import date

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.evidence import WEIGHTS
from chronicler.time.dating.patterns import DAY_MONTH, MONTH_DAY, MONTHS, scan, valid_date
from chronicler.time.dating.relative import Cue, Window

NOTE = "the date of the report's dateline: the day it was filed"


def dateline_clues(text: str, span: tuple[int, int]) -> tuple[list[Evidence], list[Cue]]:
    """The day a dateline ``text[span[0]:span[1]]`` gives: a one-day clue for a full date, a yearly cue (one day
    in each year) for a date without a year; nothing when the dateline holds no date."""
    start, end = span
    for pattern in (MONTH_DAY, DAY_MONTH):
        for m in scan(pattern, text[start:end]):
            month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
            s, e = start + m.start(), start + m.end()
            if m.group("year"):
                d = valid_date(int(m.group("year")), month, day)
                if d is None:
                    continue
                return [Evidence("dateline", text[s:e], DateInterval(d, d, d, "day"), s, e, NOTE,
                                 WEIGHTS["dateline"])], []
            if valid_date(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
                continue

            def window(year: int | date, month: int = month, day: int = day) -> Window | None:
                d = valid_date(int(year) if isinstance(year, int) else year.year, month, day)
                return None if d is None else (d, d)

            return [], [Cue("dateline", text[s:e], s, e, NOTE + " (no year given)", "year", window,
                            WEIGHTS["dateline"])]
    return [], []


def inside(span: tuple[int, int] | None, start: int | None) -> bool:
    """True when offset ``start`` lies in ``span`` (a clue read from the dateline itself)."""
    return span is not None and start is not None and span[0] <= start < span[1]
