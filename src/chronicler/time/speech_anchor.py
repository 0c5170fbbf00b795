"""Reported speech as the anchor of a bare weekday: "said on Friday that the charges would be filed on Monday"
(the Monday after that Friday), "said Tuesday that the ship had docked on Sunday" (the Sunday before it).

TimeML anchors an expression to the time its clause is told from: in an embedded clause of reported speech,
the day of the speech, when the report names it as a day, not the report's own date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.time.anchor import weekday_near
from chronicler.time.rules_base import Ctx

#: A verb of saying right before the speech's day ("said on Friday", "told reporters Tuesday", "announced Monday").
_REPORT = re.compile(r"\b(?:said|says|told(?:\s+[\w.'-]+){0,3}|announced|added|stated|declared|confirmed|insisted|"
                     r"warned|predicted|promised|disclosed|indicated|acknowledged)\s+(?:on\s+|late\s+|early\s+)?$",
                     re.I)
#: The embedded clause's own tense: a future seen from the speech ("would"), or a past before it ("had").
_WOULD = re.compile(r"\b(?:would|'d)\b(?!\s+(?:not\s+)?have\b)", re.I)
_HAD = re.compile(r"\bhad\b(?!\s+to\b)", re.I)
#: What ends the sentence (or a clause the speech cannot reach over) between the speech's day and the weekday.
_BREAK = re.compile(r"[.!?;\n]\s|[.!?;\n]$|\bbut\b|\bwhile\b", re.I)
#: How far (characters) the weekday may stand from the speech's day.
REACH = 120


def speech_day(ctx: Ctx, start: int) -> tuple[date, str] | None:
    """``(day of the speech, "future"|"past")`` for a weekday at ``start`` in the clause a report of that day
    introduces, with "would" (after the speech) or "had" (before it) between them; None otherwise."""
    if not ctx.prior:
        return None
    t = next((p for p in reversed(ctx.prior[-4:]) if p.end <= start), None)
    if t is None or t.type != "DATE" or t.interval is None or t.interval.granularity != "day" \
            or t.interval.earliest is None or t.interval.earliest != t.interval.latest:
        return None
    between = ctx.text[t.end:start]
    if len(between) > REACH or _BREAK.search(between):
        return None
    if not _REPORT.search(ctx.text[max(0, t.start - 50):t.start]):
        return None
    if _WOULD.search(between):
        return t.interval.earliest, "future"
    if _HAD.search(between):
        return t.interval.earliest, "past"
    return None


def weekday_from_speech(ctx: Ctx, start: int, weekday: int) -> date | None:
    """The weekday (0 = Monday) counted from the day of the speech that governs it (see :func:`speech_day`):
    the first one after it for a future, the last one before it for a past; None without such a speech."""
    found = speech_day(ctx, start)
    if found is None:
        return None
    day, direction = found
    step = timedelta(days=1 if direction == "future" else -1)
    return weekday_near(day + step, weekday, direction)
