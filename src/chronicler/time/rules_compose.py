"""Expressions counted from a dated one: "the day before last Tuesday('s hearing)", "two days after May 3",
"a week before Christmas". TimeML tags these as one DATE whose value is the named day moved by the count."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from chronicler.model import Timex
from chronicler.time import normalize as nz
from chronicler.time.grammar import NUM, parse_number

#: The count and direction right before a dated expression (the article "the" stays outside, as in TimeBank).
_OFFSET = re.compile(rf"(?<![\w-])(?P<n>(?i:{NUM})[\s-]+)?(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:before|after))\s+$")
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_UNIT_DAYS = {"day": 1, "week": 7}


def compose_offsets(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with each day-valued DATE preceded by "N days/weeks before/after" grown over that count and
    moved by it; a duration tagged on the count alone ("two days") is folded in. Other timexes are kept."""
    out: list[Timex] = []
    for t in timexes:
        day = _DAY.fullmatch(t.value) if t.type == "DATE" else None
        m = _OFFSET.search(text, max(0, t.start - 40), t.start) if day else None
        if m is None or day is None:
            out.append(t)
            continue
        unit = m["unit"].lower().rstrip("s")
        n = parse_number(m["n"]) if m["n"] else 1.0
        plural = m["unit"].lower().endswith("s")
        if n is None or n != int(n) or n < 1 or plural != (n > 1):
            out.append(t)
            continue
        shift = int(n) * _UNIT_DAYS[unit] * (1 if m["dir"].lower() == "after" else -1)
        try:
            d = date(int(day[1]), int(day[2]), int(day[3])) + timedelta(days=shift)
        except (ValueError, OverflowError):
            out.append(t)
            continue
        start = m.start()
        while out and out[-1].end > start:
            if out[-1].start < start:  # an expression reaching into the count from before: leave both alone
                break
            out.pop()  # the count alone ("two days") was tagged as a duration
        else:
            value = d.isoformat()
            out.append(replace(t, start=start, text=text[start:t.end], value=value, interval=nz.interval_of(value)))
            continue
        out.append(t)
    return [replace(t, tid=f"t{i + 1}") for i, t in enumerate(out)]


#: Between a dated day and its clock time in a web page's stamp: "March 5, 2012 at 8:40 pm", "5 March 2012 16.20
#: GMT"; and between a clock time and the day after it: "11.00 GMT on Monday 5 March 2012".
_DAY_THEN_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:at[^\S\n]+)?")
_CLOCK_THEN_DAY = re.compile(r"[^\S\n]*,?[^\S\n]*(?:on[^\S\n]+)?")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)")


def join_stamps(text: str, timexes: list[Timex]) -> list[Timex]:
    """A full date (with its year) and a clock time side by side, as web pages stamp a report, become one TIME
    on that date ("Tuesday 3 May 2011 13.49 BST"). A date without a year and a clock time in running prose
    ("Feb. 3 at 10 a.m.") stay two timexes, as TimeBank tags them."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        joined = None
        if prev is not None:
            pair = (prev, t) if prev.type == "DATE" else (t, prev)
            day, clock = pair
            gap = _DAY_THEN_CLOCK if day is prev else _CLOCK_THEN_DAY
            cm = _CLOCK_VALUE.fullmatch(clock.value) if clock.type == "TIME" else None
            if day.type == "DATE" and cm and _DAY.fullmatch(day.value) and _YEAR.search(day.text) \
                    and gap.fullmatch(text[prev.end:t.start]):
                value = f"{day.value}T{cm[1]}"
                joined = replace(clock, start=prev.start, end=t.end, text=text[prev.start:t.end], value=value,
                                 interval=nz.interval_of(value))
        if joined is not None:
            out[-1] = joined
        else:
            out.append(t)
    return [replace(t, tid=f"t{i + 1}") for i, t in enumerate(out)]
