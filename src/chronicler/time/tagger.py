"""``tag(text, dct)``: find time expressions in English text and normalize them to TIMEX3 values.

Candidates come from the rules of :mod:`chronicler.time.grammar`; the longest non-overlapping ones whose
values can be computed are kept. Relative expressions are resolved against the document creation time
(DCT). When the DCT is only known as an interval, each expression is resolved against every day of it: the
value keeps the granularity all readings agree on and the interval spans every reading; without a DCT, relative expressions get X-values
(``XXXX-XX-XX``, ``XXXX-WXX-5`` ...) and only absolute ones are fully normalized.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from chronicler.model import GRANULARITIES, DateInterval, Timex
from chronicler.time import normalize as nz
from chronicler.time.anchor import tense_at, tense_cue
from chronicler.time.dateline_anchor import dateline_day
from chronicler.time.grammar import COMPILED, NEEDS_OVERRIDE, TRIGGER, TRIGGER_WORDS, WINDOW
from chronicler.text.prefilter import fold, needs, with_first_chars
from chronicler.time.rules_compose import compose_offsets, join_stamps
from chronicler.time.rules import HANDLERS, Ctx, Result

MAX_CHARS = 5_000_000
#: How close (characters) a verb cue must end before an expression to win over the parse's tense.
NEAR_CUE = 20
#: Rules whose rejected matches are impossible calendar dates: nothing inside them is tagged either.
_BLOCKING = frozenset({"iso", "slash", "mdy", "dmy", "week_of"})


@dataclass
class _Cand:
    rule: str
    prio: int
    m: re.Match[str]
    start: int
    end: int
    res: Result | None = None
    extra: dict = field(default_factory=dict)


def _as_range(dct: date | DateInterval | None) -> tuple[date | None, date | None]:
    if dct is None:
        return None, None
    if isinstance(dct, DateInterval):
        if dct.earliest is None or dct.latest is None:
            return None, None
        if dct.earliest == dct.latest:
            return dct.earliest, dct.earliest
        return dct.earliest, dct.latest
    if isinstance(dct, datetime):
        return dct.date(), dct.date()
    if isinstance(dct, date):
        return dct, dct
    raise TypeError(f"dct must be a date, a DateInterval or None, not {type(dct).__name__}")


#: Per rule (same order as COMPILED): literals of which each of its matches holds one (None: no such set).
_NEEDS = [NEEDS_OVERRIDE.get(name) or needs(rx) for name, rx in COMPILED]
#: The rules as scanned: each tried only at a character a match of it can begin with (same matches).
_SCANNED = [(name, with_first_chars(rx)) for name, rx in COMPILED]
_ALL_NEEDS = sorted(set().union(*(n for n in _NEEDS if n)))


def _merged(spans: list[tuple[int, int]], n: int) -> list[list[int]]:
    """The windows around ``spans`` (sorted by start): each widened by WINDOW within ``[0, n]``, touching ones
    joined."""
    windows: list[list[int]] = []
    for start, end in spans:
        lo, hi = max(0, start - WINDOW), min(n, end + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return windows


def trigger_windows_plain(text: str) -> list[list[int]]:
    """The scan windows as defined: around every match of ``TRIGGER`` (the reference for :func:`trigger_windows`)."""
    return _merged([t.span() for t in TRIGGER.finditer(text)], len(text))


#: A run of digits; a trigger word at a word start. Each pattern begins with a class (the word's first letter
#: is matched as a class, then checked again case-insensitively by a lookbehind that picks the rest of the
#: word), so ``re`` skips in C to where it can match; a leading lookahead, as in TRIGGER, enters the matcher
#: at every position. Within one first letter the words keep TRIGGER_WORDS's order (the same one wins).
_DIGIT_RUN = re.compile(r"\d\d*")


def _word_trigger() -> re.Pattern[str]:
    """TRIGGER's word part led by a class of the words' first letters (same matches, words alone)."""
    rests: dict[str, list[str]] = {}
    for w in TRIGGER_WORDS.split("|"):
        rests.setdefault(w[0], []).append(w[1:])
    first = "".join(rests)
    by_first = "|".join(f"(?<={c})(?:{'|'.join(r)})" for c, r in rests.items())
    return re.compile(f"[{first.lower()}{first.upper()}\u0130\u0131\u017f\u212a](?<!\\w.)(?i:{by_first})")


_WORD_TRIGGER = _word_trigger()


def trigger_windows(text: str) -> list[list[int]]:
    """Same windows as :func:`trigger_windows_plain`, found faster.

    TRIGGER matches every digit alone and a trigger word at a word start; words hold no digit and no word
    starts inside another, so its matches are the digits of each run (whose windows join into one around
    the run) and the matches of the words alone.
    """
    spans = [m.span() for m in _DIGIT_RUN.finditer(text)]
    spans += [m.span() for m in _WORD_TRIGGER.finditer(text)]
    spans.sort()
    return _merged(spans, len(text))


def candidates(text: str) -> list[_Cand]:
    """Every rule match in ``text`` (overlapping), in rule order.

    Rules run over windows around trigger words; a rule is skipped in a window that holds none of the
    literals it cannot match without (see :mod:`chronicler.text.prefilter`), which changes no match.
    """
    windows = trigger_windows(text)
    out: list[_Cand] = []
    seen: set[tuple[int, int, int]] = set()
    if not windows:
        return out
    folded = fold(text)
    in_text = [(s, folded if ci else text, (s, ci)) for s, ci in _ALL_NEEDS if (folded if ci else text).find(s) != -1]
    for lo, hi in windows:
        here = {key for s, hay, key in in_text if hay.find(s, lo, hi) != -1}
        for prio, (rule, rx) in enumerate(_SCANNED):
            need = _NEEDS[prio]
            if need is not None and need.isdisjoint(here):
                continue
            for m in rx.finditer(text, lo, hi):
                key = (prio, m.start(), m.end())
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    out.append(_Cand(rule, prio, m, m.start(), m.end()))
    return out


#: Optional source of tense for a character range ("past", "future" or None when it cannot tell).
TenseHint = Callable[[int, int], "str | None"]


#: Days at each end of a DCT interval resolved one by one (a week: weekday and "yesterday" readings turn there).
EDGE_DAYS = 7
#: Days sampled evenly in between. Readings move with the DCT (a later report date never gives an earlier
#: "last month"), so the ends bound the interval and the samples only guard the value's certain part.
INNER_SAMPLES = 48


def _dct_days(lo: date, hi: date) -> list[date]:
    """The days of the DCT interval to resolve against: a week at each end and an even sample in between."""
    n = (hi - lo).days
    if n <= 2 * EDGE_DAYS + INNER_SAMPLES:
        return [lo + timedelta(days=i) for i in range(n + 1)]
    days = {lo + timedelta(days=i) for i in range(EDGE_DAYS)} | {hi - timedelta(days=i) for i in range(EDGE_DAYS)}
    days |= {lo + timedelta(days=round(n * k / (INNER_SAMPLES + 1))) for k in range(1, INNER_SAMPLES + 1)}
    return sorted(days)


def _resolve(c: _Cand, text: str, lo: date | None, hi: date | None, prior: list[Timex],
             tense_hint: TenseHint | None = None) -> tuple[Result, DateInterval | None] | None:
    """The result for a candidate, and (for an uncertain DCT) the interval of every day it can denote.

    With a DCT known only as an interval the expression is resolved against each day of it: the value keeps
    the granularity all readings agree on (an X-value when not even the year is certain) and the interval
    spans every reading ("on Sunday" in a report from March to November: any day from late February on).
    """
    handler = HANDLERS[c.rule]
    tense = None
    if tense_hint:  # a cue bound to the expression wins over the parse's governing verb
        tense = tense_cue(text, c.start, c.end, reach=NEAR_CUE) or tense_hint(c.start, c.end)
    tense = tense or tense_at(text, c.start, c.end)
    a = handler(c.m, Ctx(lo, tense, text, prior))
    if a is None or lo is None or hi is None or lo == hi or not a.relative:
        return (a, None) if a is not None else None
    values = {a.value}
    for d in _dct_days(lo, hi)[1:]:
        r = handler(c.m, Ctx(d, tense, text, prior))
        if r is not None:  # a day on which the expression has no reading says nothing against the others
            values.add(r.value)
    value = a.value
    for v in values:
        value = nz.common(value, v)
    known = _hull(values, value)
    if value == a.value or (nz.interval_of(value) is not None and len(value) > 3) or value.startswith("P") \
            or value.endswith("_REF"):
        return Result(a.type, value, a.mod, True, a.start_trim, a.end_trim), known
    # Not even the year is certain: an X-value says more ("XXXX-WXX-7" is a Sunday, "XXXX-05-03" a 3 May),
    # and the interval says which of them.
    x = handler(c.m, Ctx(None, tense, text, prior))
    if x is None:
        return None
    return Result(a.type, x.value, a.mod, True, a.start_trim, a.end_trim), known


def _hull(values: set[str], common: str) -> DateInterval | None:
    """The smallest interval holding every day the ``values`` denote, at the granularity of their ``common``
    part (None when one of them is not a calendar date)."""
    ivs = [nz.interval_of(v) for v in values]
    if not all(iv is not None and iv.earliest is not None and iv.latest is not None for iv in ivs):
        return None
    first = min(iv.earliest for iv in ivs)  # type: ignore[union-attr,type-var]
    last = max(iv.latest for iv in ivs)  # type: ignore[union-attr,type-var]
    if len(ivs) == 1:
        return ivs[0]
    outer = nz.interval_of(common)
    width = (last - first).days + 1
    gran = "year" if width <= 366 else "decade" if width <= 3660 else "century"
    if outer is not None and GRANULARITIES.index(outer.granularity) < GRANULARITIES.index(gran):
        gran = outer.granularity
    return DateInterval(first, last, None, gran)


def _off_calendar(fn, *args):  # type: ignore[no-untyped-def]
    """``fn(*args)``, or None when the value falls off the calendar (years 1 and 9999: a DCT at either end)."""
    try:
        return fn(*args)
    except OverflowError:
        return None


def tag(text: str, dct: date | DateInterval | None = None, tense_hint: TenseHint | None = None) -> list[Timex]:
    """TIMEX3 expressions of ``text`` (offsets into ``text``), normalized against the creation time ``dct``.

    ``tense_hint(start, end)`` may give the tense of the clause around an expression (from a parse); when it
    returns None the tagger reads tense from local cues.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    try:
        lo, hi = _as_range(dct)
    except TypeError:
        lo = hi = None
    filed = dateline_day(text, lo, hi)
    if filed is not None:  # the dateline's day is the reporter's "today", whatever day the archive stamped
        lo = hi = filed[0]
    cands = candidates(text)
    cands.sort(key=lambda c: (-(c.end - c.start), c.prio, c.start))
    taken: list[_Cand] = []
    occupied = bytearray(len(text))
    for c in cands:
        if occupied.find(1, c.start, c.end) != -1:
            continue
        if _off_calendar(HANDLERS[c.rule], c.m, Ctx(lo, "past", text, None)) is None:
            if c.rule in _BLOCKING:
                occupied[c.start:c.end] = b"\x01" * (c.end - c.start)  # "February 30": nor "February"
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    out: list[Timex] = []
    for c in taken:
        resolved = _off_calendar(_resolve, c, text, lo, hi, out, tense_hint)
        if resolved is None:
            continue
        res, known = resolved
        start, end = c.start + res.start_trim, c.end - res.end_trim
        if start >= end:
            continue
        value = res.value
        if not nz.valid_value(value):
            continue
        interval = (known or nz.interval_of(value)) if res.type in ("DATE", "TIME") else None
        out.append(Timex(f"t{len(out) + 1}", start, end, text[start:end], res.type, value,
                         anchor="DCT" if res.relative else None, mod=res.mod, interval=interval))
    return join_stamps(text, compose_offsets(text, out))
