"""An event's own date: the time expression that governs its trigger, else the report date (and we say so).

Which trigger a time expression dates is read off the parse (``timelink.py``); the document-level passes
(``narrative.py``) then date events set a measured distance from a dated one ("a week after ... signed") and
undated past events of a report whose lead gives the day of the news. Events with no time expression left
inherit the report's date with low confidence and ``date_source="inherited"``; granularity and the interval
are kept.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from chronicler.events.status import PLAN_MODIFIERS
from chronicler.events.timelink import link_timexes as _link
from chronicler.model import DateInterval, Evidence, Timex
from chronicler.nlp.memo import doc_text
from chronicler.time.grammar import WEEKDAY


@dataclass(frozen=True)
class Dated:
    """The date chosen for an event, where it came from and how sure we are."""

    interval: DateInterval | None
    source: str  # timex | relative | narrative | inherited | unknown
    confidence: float
    timex: Timex | None = None


def usable(tx: Timex) -> bool:
    """A time expression that can date an event: a date or time placed on the calendar, one we can place
    ourselves ("May 3", "Tuesday"), or a vague past/future reference."""
    return tx.type in ("DATE", "TIME") and (tx.interval is not None or tx.value in ("FUTURE_REF", "PAST_REF")
                                            or _partial(tx.value))


def link_timexes(sdoc: Any, timexes: list[Timex], anchors: dict[int, int],
                 contents: frozenset[int] = frozenset()) -> dict[int, tuple[Timex, float]]:
    """Map trigger number → (timex, confidence) for the timexes of one sentence (``timelink.link_timexes``).

    ``anchors`` maps token index → trigger number for every token that stands for a trigger. An expression that
    is one end of a range of days ("from Monday to Wednesday", "on March 3-5") dates its event by the whole range.
    """
    links = _link(sdoc, timexes, anchors, contents, usable)
    if not links:
        return links
    text = doc_text(sdoc)
    return {n: (day_range(tx, timexes, text), conf) for n, (tx, conf) in links.items()}


_JOIN = r"\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*"
#: What may follow a bare day number closing a range ("on March 3-5.", "on September 1 and 2 in Geneva").
_CLOSES = r"(?=\s*(?:[,.;:)]|$|\b(?:in|at|on|with|for|and|to|near|when|before|after|while|as|but)\b))"
_BARE_LAST = re.compile(_JOIN + r"(\d{1,2})\b" + _CLOSES, re.IGNORECASE)
_BARE_FIRST = re.compile(r"(?:\b(?:from|between)\s+(\d{1,2})" + _JOIN + r"|\b(\d{1,2})\s*[-\u2013]\s*)$",
                         re.IGNORECASE)
_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
#: The longest range of days read as one act's time.
RANGE_DAYS = 31


def _one_day(tx: Timex) -> date | None:
    iv = tx.interval
    if tx.type != "DATE" or iv is None or iv.earliest is None or iv.earliest != iv.latest:
        return None
    return iv.earliest


def day_range(tx: Timex, timexes: list[Timex], text: str) -> Timex:
    """``tx`` widened to the range of days it opens or closes: a second day after it ("from Monday to Wednesday",
    "July 2 to July 6", "on May 1 and 2", "March 3-5") or a first one before it ("from 3 to 9 May", "between 15
    and 17 October", "3-9 May"); else ``tx`` itself. A range opened with no "from/between" is read only when its
    ends are joined by a dash or "and" ("Monday and Tuesday"), or by "to/until" between two named days."""
    day = _one_day(tx)
    if day is None:
        return tx
    for other in timexes:  # two tagged days
        last = _one_day(other)
        if last is not None and other.start > tx.end and re.fullmatch(_JOIN, text[tx.end:other.start], re.I):
            return _spanning(tx, tx.start, other.end, day, last, text)
        if last is not None and other.end < tx.start and re.fullmatch(_JOIN, text[other.end:tx.start], re.I):
            return _spanning(tx, other.start, tx.end, last, day, text)
    m = _BARE_LAST.match(text, tx.end)
    if m:
        return _spanning(tx, tx.start, m.end(1), day, _same_month(day, int(m[1])), text)
    m = _BARE_FIRST.search(text, 0, tx.start)
    if m:
        return _spanning(tx, m.start(1) if m[1] else m.start(2), tx.end, _same_month(day, int(m[1] or m[2])), day,
                         text)
    return tx


def _same_month(day: date, n: int) -> date | None:
    try:
        return day.replace(day=n)
    except ValueError:
        return None


def _spanning(tx: Timex, start: int, end: int, first: date | None, last: date | None, text: str) -> Timex:
    """``tx`` as the range ``[first, last]`` written at ``start:end``, when that is a range of days at all."""
    if first is None or last is None or not 0 < (last - first).days < RANGE_DAYS:
        return tx
    return dataclasses.replace(tx, start=start, end=end, text=text[start:end],
                               interval=DateInterval(first, last, first, "day", tx.interval.evidence))


def dated_from_timex(tx: Timex, confidence: float) -> Dated:
    """The event date given by a linked time expression, with the expression as evidence."""
    iv = tx.interval
    assert iv is not None
    ev = Evidence("timex", tx.text, dataclasses.replace(iv, evidence=()), tx.start, tx.end,
                  note=f"{tx.type} {tx.value}" + (f" mod={tx.mod}" if tx.mod else ""), weight=confidence)
    return Dated(dataclasses.replace(iv, evidence=(ev,)), "timex", confidence, tx)


def inherited(published: DateInterval | None) -> Dated:
    """The report date as the event's date, marked as inherited (or no date at all)."""
    if published is None:
        return Dated(None, "unknown", 0.0)
    ev = Evidence("inherited", "report date", dataclasses.replace(published, evidence=()),
                  note="no time expression governs the event; the report's date is used", weight=0.3)
    return Dated(dataclasses.replace(published, evidence=(ev,)), "inherited", 0.3)


_PARTIAL_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_PARTIAL_MONTH = re.compile(r"^XXXX-(\d\d)$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:T[A-Z0-9:]+)?$")  # a weekday, maybe with a part of the day


def resolve_partial(value: str, published: DateInterval | None) -> DateInterval | None:
    """A calendar interval for a time expression the tagger left without a year or week.

    "May 3" (``XXXX-05-03``) takes the year that puts it nearest the report date; "Tuesday" (``XXXX-WXX-2``)
    is the latest such weekday on or before the report date (news names weekdays of the week just past).
    None when there is no report date or the value is not one of these forms.
    """
    dct = (published.best or published.earliest) if published is not None else None
    if dct is None:
        return None
    if published.best is None and (published.earliest is None or published.latest is None):
        return _open_ended(value, published)
    m = _PARTIAL_DAY.match(value)
    if m:
        cands = []
        for y in (dct.year - 1, dct.year, dct.year + 1):
            try:
                cands.append(date(y, int(m[1]), int(m[2])))
            except ValueError:
                continue
        if not cands:
            return None
        best = min(cands, key=lambda d: abs((d - dct).days))
        return _widened(best, published, 1)
    m = _PARTIAL_MONTH.match(value)
    if m and 1 <= int(m[1]) <= 12:
        lo, hi = published.earliest or dct, published.latest or dct
        firsts = [date(y, int(m[1]), 1) for y in range(lo.year - 1, hi.year + 2)]
        first = min(firsts, key=lambda d: abs((d + timedelta(days=14) - dct).days))
        # an uncertain report date leaves every such month within half a year of it possible
        near = [d for d in firsts if lo - timedelta(days=213) <= d <= hi + timedelta(days=183)] or [first]
        last = max(near)
        end = date(last.year + (last.month == 12), last.month % 12 + 1, 1) - timedelta(days=1)
        return DateInterval(min(near), end, first + timedelta(days=14), "month")
    m = _WEEKDAY.match(value)
    if m:
        best = dct - timedelta(days=(dct.isoweekday() - int(m[1])) % 7)
        lo, hi = published.earliest or dct, published.latest or dct
        if lo == hi:
            return DateInterval.day(best)
        # an uncertain report date: the weekday may fall anywhere in the week before any day it allows
        return DateInterval(lo - timedelta(days=6), hi, best, "day")
    return None


_WEEKDAY_NAME = re.compile(rf"^(?:on\s+|last\s+)?{WEEKDAY}$", re.IGNORECASE)


def weekday_in_the_past(dated: Dated, dct: date | None) -> Dated:
    """A bare weekday the tagger placed after the report for an act told in the past tense ("agreeing on
    Monday", in a report of a Tuesday) is the one of the week before: the same weekday seven days earlier."""
    tx, iv = dated.timex, dated.interval
    if tx is None or iv is None or dct is None or iv.earliest is None or iv.latest is None:
        return dated
    if not _WEEKDAY_NAME.match(tx.text.strip()) or iv.earliest <= dct or (iv.latest - iv.earliest).days > 0:
        return dated
    back = timedelta(days=7 * (1 + ((iv.earliest - dct).days - 1) // 7))
    moved = DateInterval.day(iv.earliest - back)
    ev = Evidence("timex", tx.text, moved, tx.start, tx.end,
                  note=f"{tx.type} {tx.value}, told in the past: the weekday before the report", weight=dated.confidence)
    return Dated(dataclasses.replace(moved, evidence=(ev,)), dated.source, round(dated.confidence * 0.9, 2), tx)


def weekday_ahead(dated: Dated, dct: date | None) -> Dated:
    """A bare weekday the tagger placed before the report for an act told as a schedule ("She flies to Jakarta on
    Wednesday", in a report of a Tuesday) is the one still to come: the first such weekday after the report."""
    tx, iv = dated.timex, dated.interval
    if tx is None or iv is None or dct is None or iv.earliest is None or iv.latest is None:
        return dated
    if not _WEEKDAY_NAME.match(tx.text.strip()) or iv.latest >= dct or (iv.latest - iv.earliest).days > 0:
        return dated
    ahead = timedelta(days=7 * (1 + (dct - iv.earliest).days // 7))
    moved = DateInterval.day(iv.earliest + ahead)
    ev = Evidence("timex", tx.text, moved, tx.start, tx.end,
                  note=f"{tx.type} {tx.value}, told as a schedule: the weekday after the report",
                  weight=dated.confidence)
    return Dated(dataclasses.replace(moved, evidence=(ev,)), dated.source, round(dated.confidence * 0.9, 2), tx)


#: Statuses of an act still to come.
AHEAD_STATUSES = frozenset({"planned", "expected", "proposed"})


def weekday_of_a_plan(dated: Dated, dct: date | None, status: str, noun: Any) -> Dated:
    """A bare weekday on an event noun still to come ("will attend Thursday's talks", "called off the planned
    Sunday meeting") is the first one after the report: a possessive or a compound shows the tagger no tense, and
    the act around the noun (or the noun's "planned") says the event lies ahead."""
    tx = dated.timex
    if tx is None or noun is None or not (noun.left_edge.idx <= tx.start and tx.end <= noun.idx):
        return dated
    if status not in AHEAD_STATUSES and not any(c.dep_ == "amod" and c.lower_ in PLAN_MODIFIERS
                                                for c in noun.children):
        return dated
    return weekday_ahead(dated, dct)


def _open_ended(value: str, published: DateInterval) -> DateInterval | None:
    """A partial value under a report date known on one side only ("in or after 2006"): it may fall anywhere from a
    week (weekday) or a year (day, month) before that side on, so only that side bounds it."""
    span = timedelta(days=6) if _WEEKDAY.match(value) else timedelta(days=366)
    gran = "day" if _WEEKDAY.match(value) or _PARTIAL_DAY.match(value) else "month"
    if not _partial(value):
        return None
    lo = published.earliest - span if published.earliest is not None else None
    hi = published.latest + span if published.latest is not None and gran == "month" else published.latest
    return DateInterval(lo, hi, None, gran)


def _partial(value: str) -> bool:
    return bool(_PARTIAL_DAY.match(value) or _PARTIAL_MONTH.match(value) or _WEEKDAY.match(value))


def _widened(best: date, published: DateInterval, years: int) -> DateInterval:
    """``best`` as a day when the report date is one day, else every same-calendar day the report date allows."""
    lo, hi = published.earliest or best, published.latest or best
    if lo == hi:
        return DateInterval.day(best)
    cands = [best.replace(year=y) for y in range(lo.year - years, hi.year + years + 1)
             if not (best.month == 2 and best.day == 29)]
    near = [d for d in cands if lo - timedelta(days=183) <= d <= hi + timedelta(days=183)] or [best]
    return DateInterval(min(near), max(near), best, "day")


def _placeable(tx: Timex, published: DateInterval | None) -> bool:
    """Whether to place a partial value ourselves instead of keeping the tagger's (wide) interval.

    Only with a report date known to both ends, and only when the tagger's interval is wider than a year.
    """
    if not _partial(tx.value) or published is None or published.earliest is None or published.latest is None:
        return False
    if tx.interval is not None and (tx.interval.width_days() or 10**6) <= 366:
        return False
    return True


_STATED_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b|\byears?\b", re.IGNORECASE)
_FULL_DAY = re.compile(r"^\d{4}-(\d\d-\d\d)$")


def nearest_reading(tx: Timex, published: DateInterval | None) -> Timex:
    """A day named without a year on an event noun ("the May 28 agreement") is placed the nearest the report,
    whatever the tense of the clause around the noun ("would carry out the May 28 agreement" is no sign the
    agreement is still to come): the tagger's tense-driven year is replaced."""
    m = _FULL_DAY.match(tx.value)
    if m is None or published is None or published.earliest is None or published.earliest != published.latest \
            or _STATED_YEAR.search(tx.text) or _WEEKDAY_NAME.match(tx.text.strip()):
        return tx  # an uncertain report date: ``dated_for`` widens the day over the years it allows
    iv = resolve_partial(f"XXXX-{m[1]}", published)
    if iv is None or iv.best is None or iv == tx.interval:
        return tx
    return dataclasses.replace(tx, interval=iv, value=iv.best.isoformat())


def dated_for(link: tuple[Timex, float] | None, published: DateInterval | None) -> Dated:
    """The date of an event given its linked time expression (if any) and the report date.

    A linked expression the tagger could not place on the calendar ("May 3" with no year) is placed relative to
    the report date with less confidence rather than dropped for the report date itself.
    """
    if link is None:
        return inherited(published)
    tx, conf = link
    if tx.interval is not None and not _placeable(tx, published):
        return dated_from_timex(tx, conf)
    iv = resolve_partial(tx.value, published) if tx.interval is None or _placeable(tx, published) else None
    if iv is None:
        return dated_from_timex(tx, conf) if tx.interval is not None else inherited(published)
    return dated_from_timex(dataclasses.replace(tx, interval=iv), round(conf * 0.7, 2))
