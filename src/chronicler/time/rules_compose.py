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
