"""Value accuracy per kind of time expression, on the dev half of TBAQ only (``tempeval3.py --value-kinds``).

Each relaxed-matched reference TIMEX3 is put in one kind from its own text, type and value (never from our
output, so a kind's size does not move when the tagger changes): an absolute full date, a month and day
without a year, a bare weekday, "today"/"now", "last/next/this UNIT", "the year/quarter", fiscal quarters and
halves, seasons, decades and centuries, a bare year, "N UNITs ago/later", PRESENT_REF/PAST_REF/FUTURE_REF, a
duration, a set, a clock time, or other. The accuracy of each kind is printed for devA and devB separately,
so a convention is judged on both parts and never on the test half.
"""

from __future__ import annotations

import re
from collections import Counter

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_UNIT = r"(?:day|week|weekend|month|year|quarter|decade|century|half|season|term|session|period)s?"

KINDS = ("absolute date", "month-day no year", "month (+year)", "bare weekday", "today/yesterday/now",
         "last/next/this UNIT", "the year/quarter/month", "fiscal quarter/half", "season", "decade/century",
         "bare year", "N UNITs ago/later", "*_REF", "duration", "set", "time", "other")


def kind_of(text: str, type_: str, value: str) -> str:
    """The kind of a reference TIMEX3 (its text, type and value), one of :data:`KINDS`."""
    t = " ".join(text.lower().split())
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "set"
    if type_ == "TIME":
        return "time"
    if value.endswith("_REF"):
        return "*_REF"
    if re.search(r"\b(?:ago|later|earlier|before|after|hence|from now)\b", t) and re.search(
            rf"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple)\b.*\b{_UNIT}\b", t):
        return "N UNITs ago/later"
    if re.search(r"\b(?:today|yesterday|tomorrow|tonight|now|currently|present)\b", t):
        return "today/yesterday/now"
    if re.search(r"\d0'?s\b|\b(?:century|centuries|decade)\b", t):
        return "decade/century"
    if re.search(r"\b(?:spring|summer|fall|autumn|winter)\b", t):
        return "season"
    if re.search(r"\b(?:quarter|fiscal|half|q[1-4])\b", t) and not re.search(
            r"^(?:the\s+)?(?:last|next|this|past|previous|coming|current|same)\s+quarter$|^the quarter$", t):
        return "fiscal quarter/half"
    if re.search(rf"\b(?:last|next|this|past|previous|coming|current|same|that|following|recent)\s+{_UNIT}\b", t):
        return "last/next/this UNIT"
    if re.fullmatch(rf"(?:the|that|this)\s+{_UNIT}", t):
        return "the year/quarter/month"
    has_month = re.search(rf"\b{_MONTH}(?![a-z])", t) is not None
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", t)) is not None
    has_year = re.search(r"\b(?:1[5-9]|20)\d\d\b", t) is not None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value) and (has_year or re.search(r"\d+[/-]\d+", t)) and (has_month or has_day):
        return "absolute date"
    if has_month and has_day and not has_year:
        return "month-day no year"
    if has_month:
        return "month (+year)"
    if re.search(rf"\b{_WEEKDAY}\b", t):
        return "bare weekday"
    if re.fullmatch(r"(?:the\s+)?(?:year\s+)?(?:1[5-9]|20)\d\d", t):
        return "bare year"
    return "other"


def value_kinds(pairs_by_part: dict[str, list[tuple[object, object]]]) -> None:
    """Print, per kind, the matched count and value accuracy of each dev part (``devA``, ``devB``)."""
    parts = sorted(pairs_by_part)
    tallies = {p: (Counter(), Counter()) for p in parts}
    for p in parts:
        n, ok = tallies[p]
        for r, s in pairs_by_part[p]:
            k = kind_of(r.text, r.type, r.value)
            n[k] += 1
            ok[k] += r.value == s.value
    head = "  ".join(f"{p:>5} n  acc%  miss" for p in parts)
    print(f"value accuracy per kind of reference timex (relaxed matches, dev half only)\n  {'kind':<24}{head}")
    for k in KINDS + ("ALL",):
        cells = []
        for p in parts:
            n, ok = tallies[p]
            cnt = sum(n.values()) if k == "ALL" else n[k]
            good = sum(ok.values()) if k == "ALL" else ok[k]
            acc = f"{100 * good / cnt:5.1f}" if cnt else "    -"
            cells.append(f"{cnt:7d} {acc} {cnt - good:5d}")
        print(f"  {k:<24}" + "  ".join(cells))
