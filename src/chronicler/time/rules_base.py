"""What rule handlers share: the context they see, the result they give, and small calendar helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from chronicler.model import Timex
from chronicler.time.grammar import PARTS_OF_DAY


#: Days from the reference date of "today", "tomorrow", "yesterday" (and of "this/last night").
DEICTIC_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "this": 0, "last": -1}

#: A reporting period closed by its end date ("the quarter ended Sept. 30", "the year through June"): TimeBank
#: annotates it as the stretch counted (a DURATION such as ``P1Q``), not as a calendar period.
ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended|through|to\s+(?:date|June|March|Sept))\b")


@dataclass(frozen=True)
class Ctx:
    """What a handler may look at besides its match."""

    ref: date | None
    tense: str
    text: str
    prior: list[Timex] | None  # None while candidates are being chosen (before values are computed)


@dataclass(frozen=True)
class Result:
    """A normalized expression; ``start_trim``/``end_trim`` cut words off the matched extent."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False
    start_trim: int = 0
    end_trim: int = 0


def edge_mod(edge: str | None) -> str | None:
    """The TIMEX3 mod of a modifier such as "early", "the end of", "nearly" (None if it has none)."""
    if not edge:
        return None
    e = edge.lower()
    if e in ("pre-", "post-"):  # "post-1959 politics": after the year named
        return "BEFORE" if e == "pre-" else "AFTER"
    for key, mod in (("last half", "END"), ("latter half", "END"), ("first part", "START"),
                     ("last part", "END"), ("later part", "END"), ("early", "START"), ("beginning", "START"), ("start", "START"), ("first half", "START"),
                     ("late", "END"), ("end", "END"), ("close", "END"), ("second half", "END"),
                     ("mid", "MID"), ("middle", "MID"), ("about", "APPROX"), ("around", "APPROX"),
                     ("almost", "APPROX"), ("nearly", "APPROX"), ("some", "APPROX"), ("more than", "MORE_THAN"),
                     ("less than", "LESS_THAN"), ("fewer than", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"),
                     ("at most", "EQUAL_OR_LESS"), ("up to", "EQUAL_OR_LESS"),
                     ("before", "BEFORE"), ("after", "AFTER")):
        if re.search(rf"\b{key}\b", e) and not e.startswith(("earlier", "later")):
            return mod
    return None


def half_of_year(edge: str | None, year: str) -> Result | None:
    """``YYYY-H1``/``YYYY-H2`` for "the first/second/last half of" a year (None for other modifiers)."""
    if not edge or not re.fullmatch(r"\d{4}", year):
        return None
    e = " ".join(edge.lower().split())
    if re.search(r"\bfirst half\b", e):
        return Result("DATE", f"{year}-H1")
    if re.search(r"\b(?:second|last|latter) half\b", e):
        return Result("DATE", f"{year}-H2")
    return None


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)``, or None when there is no such day."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_of_month(d: str) -> int:
    """3 for "3rd"."""
    return int(re.sub(r"\D", "", d))


def pod_suffix(p: str | None) -> str:
    """"TMO" for "morning" (empty without a part of day)."""
    return "T" + PARTS_OF_DAY[p.lower()] if p else ""


def year_for_day(ref: date, mon: int, d: int, tense: str) -> int | None:
    """The year of "March 3" said on ``ref``: this year unless the tense and a 60-day margin say otherwise."""
    y = ref.year
    cand = safe_date(y, mon, d) or safe_date(y, mon, 28)
    if cand is None:
        return None
    if tense == "past" and (cand - ref).days > 60:
        y -= 1
    elif tense == "future" and (ref - cand).days > 60:
        y += 1
    return y


def prior_quarter(ctx: Ctx) -> tuple[int, int] | None:
    """The latest quarter the text has named so far (the one a "year-earlier" figure is compared with)."""
    found = [(int(mq[1]), int(mq[2])) for t in (ctx.prior or [])[-60:]
             if (mq := re.fullmatch(r"(\d{4})-Q([1-4])", t.value))]
    if ctx.ref is not None:
        found = [yq for yq in found if yq <= (ctx.ref.year, (ctx.ref.month - 1) // 3 + 1)]
        # A comparison is about results already in: a named completed quarter beats the running one
        # ("the fourth quarter" an outlook speaks of in late October is not the one being reported).
        done = (ctx.ref.year, (ctx.ref.month - 1) // 3) if ctx.ref.month > 3 else (ctx.ref.year - 1, 4)
        found = [yq for yq in found if yq <= done] or found
    return max(found) if found else None


def prior_half(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """(year, half) when the last quarter or half the text named before ``start`` (within 1,500 characters)
    is a half: "For the first half ... the year-earlier period" compares halves, not quarters."""
    for t in reversed((ctx.prior or [])[-60:]):
        if t.end <= start - 1500:
            return None
        if mh := re.fullmatch(r"(\d{4})-H([12])", t.value):
            return int(mh[1]), int(mh[2])
        if re.fullmatch(r"\d{4}-Q[1-4]", t.value):
            return None
    return None


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n(\[]|[\"“'`]|--|_)\s*$")


def title_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is capitalized in mid-sentence (not all capitals): part of a name or title
    ("USA Today", "ABC's World News Tonight", "60 Minutes") rather than a time expression."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    return not _SENTENCE_START.search(text[max(0, start - 4):start])
