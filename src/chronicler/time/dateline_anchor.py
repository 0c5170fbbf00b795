"""The day a dated dateline names is the story's own day: "today", "yesterday" and weekdays count from it.

Agency copy opens with the place and the day it was filed ("WASHINGTON, March 12 (Xinhua) --"); the archive's
document date is often the next day (the copy was stamped when it was stored, or in another time zone). The
reporter's "today" is the dateline's day, so relative expressions are resolved against it rather than the DCT.
Only a dateline opening the text (or the line after a headline) counts, and only when its day lies within a
week before the DCT (or on the day after it): a date further off is no filing day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.time.grammar import month_number

#: "PLACE, Month Day[, Year] [(Agency)] --" at the start of the text (a separator or an agency is required).
_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'\-]+(?:[ ,]+[A-Z][A-Za-z.'\-]+){0,4},\s+"
    r"(?P<month>(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?P<day>\d{1,2})\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:(?P<agency>\([A-Za-z\- ]{2,30}\))\s*)?(?P<sep>--|—|–|_|-|:)?"
)
#: A headline line before the dateline: short, capitalised, no sentence-final punctuation.
_HEADLINE = re.compile(r"\s*[A-Z][^\n]{0,118}[^.!?:;,\s]\s*\n")
#: How many days before the DCT a dateline's day may lie (a later date than the day after the DCT is none).
BEFORE_DCT = 7


def dateline_day(text: str, lo: date | None, hi: date | None) -> tuple[date, int] | None:
    """The day of a dated dateline opening ``text`` and the offset where the dateline ends, when the DCT
    (``lo``..``hi``) is known and the day lies from :data:`BEFORE_DCT` days before ``lo`` to one day after
    ``hi``; None otherwise."""
    if lo is None or hi is None or not text[:1].isspace() and not text[:1].isupper():
        return None
    m = _DATELINE.match(text)
    if m is None and (head := _HEADLINE.match(text)) is not None:
        m = _DATELINE.match(text, head.end())
    if m is None or not (m["agency"] or m["sep"]):
        return None
    try:
        month = month_number(m["month"])
    except KeyError:
        return None
    day = int(m["day"])
    years = [int(m["year"])] if m["year"] else [hi.year + 1, hi.year, hi.year - 1]
    for year in years:
        try:
            d = date(year, month, day)
            if lo - timedelta(days=BEFORE_DCT) <= d <= hi + timedelta(days=1):
                return d, m.end()
        except (ValueError, OverflowError):  # no such day, or a DCT at the calendar's edge
            continue
    return None
