"""Candidate TIMEX3 value conventions, each scored on devA and devB of TBAQ (never on the test half).

A convention is a change of the value one rule handler gives (a wrapper around its entry in
``chronicler.time.rules.HANDLERS``), applied for one run and taken back after it. Each variant's value F1 on
devA and devB (and dev strict/relaxed F1) is printed next to the current tagger's, so a convention is kept
only when it wins on BOTH parts (it is then written into the rules properly, with tests). Underscored:
``make eval`` does not run it.

Usage: python eval/_value_conventions.py [VARIANT ...]   (default: every variant)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))
import tempeval3 as te3  # noqa: E402

from chronicler.time import rules  # noqa: E402
from chronicler.time.anchor import weekday_near  # noqa: E402
from chronicler.time.grammar import WEEKDAYS, parse_number  # noqa: E402
from chronicler.time.rules_base import Ctx, Result  # noqa: E402

Handler = Callable[..., "Result | None"]
Wrap = Callable[[Handler], Handler]
_POD = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def _post(fn: Callable[[re.Match[str], Ctx, Result], Result]) -> Wrap:
    """A wrapper that rewrites a handler's result."""
    def wrap(h: Handler) -> Handler:
        def inner(m: re.Match[str], ctx: Ctx) -> Result | None:
            r = h(m, ctx)
            return fn(m, ctx, r) if r is not None else None
        return inner
    return wrap


def _with_ctx(fn: Callable[[re.Match[str], Ctx], Ctx]) -> Wrap:
    """A wrapper that changes the context a handler sees."""
    def wrap(h: Handler) -> Handler:
        return lambda m, ctx: h(m, fn(m, ctx))
    return wrap


def _strip_pod(m, ctx, r):  # type: ignore[no-untyped-def]
    return replace(r, value=_POD.sub("", r.value)) if r.type == "DATE" else r


def _hour_only(m, ctx, r):  # type: ignore[no-untyped-def]
    return replace(r, value=r.value[:-3]) if r.type == "TIME" and r.value.endswith(":00") else r


def _decade_x(m, ctx, r):  # type: ignore[no-untyped-def]
    return replace(r, value=r.value + "X") if re.fullmatch(r"\d{3}", r.value) else r


def _ago_day(m, ctx, r):  # type: ignore[no-untyped-def]
    """"two weeks ago" to the day, not the week."""
    if ctx.ref is None or not re.fullmatch(r"\d{4}-W\d\d", r.value) or not m["n"]:
        return r
    n = parse_number(m["n"])
    if n is None or not float(n).is_integer():
        return r
    sign = -1 if m["dir"].lower().split()[0] in ("ago", "earlier", "before", "previously", "back") else 1
    return replace(r, value=(ctx.ref + timedelta(weeks=sign * int(n))).isoformat())


def _ago_week_day_deictic(m, ctx, r):  # type: ignore[no-untyped-def]
    """Only the deictic ones ("ago", "back", "from now", "hence"), counted from the report's date."""
    d = " ".join(m["dir"].lower().split())
    return _ago_day(m, ctx, r) if d in ("ago", "back", "from now", "hence") else r


def _year_earlier_year(m, ctx, r):  # type: ignore[no-untyped-def]
    """"a year earlier/ago" that came out as a day: to the year only."""
    if m["n"] and parse_number(m["n"]) == 1 and m["unit"].lower().startswith("year") \
            and re.fullmatch(r"\d{4}-\d\d-\d\d", r.value):
        return replace(r, value=r.value[:4])
    return r


def _year_earlier_lcq(m, ctx, r):  # type: ignore[no-untyped-def]
    """"a year earlier" with no quarter told: the last completed quarter, a year back."""
    from chronicler.time.anchor import last_completed_quarter
    d = " ".join(m["dir"].lower().split())
    if d == "earlier" and m["n"] and parse_number(m["n"]) == 1 and m["unit"].lower().startswith("year") \
            and ctx.ref is not None and not re.search(r"Q\d$", r.value):
        y, q = last_completed_quarter(ctx.ref)
        return replace(r, value=f"{y - 1:04d}-Q{q}")
    return r


def _weekday_nearest(h: Handler) -> Handler:
    """A bare weekday: the nearer of the past and the coming one (ties: the past), whatever the tense."""
    def inner(m, ctx):  # type: ignore[no-untyped-def]
        r = h(m, ctx)
        if r is None or ctx.ref is None or (m["rel"] or "").strip():
            return r
        wd = WEEKDAYS[m["wd"].lower()]
        back, ahead = weekday_near(ctx.ref, wd, "past"), weekday_near(ctx.ref, wd, "future")
        d = back if ctx.ref - back <= ahead - ctx.ref else ahead
        return replace(r, value=d.isoformat() + r.value[10:])
    return inner


def _recent_ref(m, ctx, r):  # type: ignore[no-untyped-def]
    det = " ".join((m["det"] or "").lower().split())
    return Result("DATE", "PAST_REF", None, True) if det == "recent" else r


_SET_X = {"P1D": "XXXX-XX-XX", "P1W": "XXXX-WXX", "P1M": "XXXX-XX", "P1Y": "XXXX"}


def _set_x(m, ctx, r):  # type: ignore[no-untyped-def]
    w = (m.groupdict().get("w") or "").lower()
    return replace(r, value=_SET_X.get(r.value, r.value)) if w and not m.groupdict().get("unit") else r


def _now_date(m, ctx, r):  # type: ignore[no-untyped-def]
    w = " ".join(m["w"].lower().split())
    return replace(r, value=ctx.ref.isoformat()) if w == "now" and ctx.ref is not None else r


def _past_unit_duration(m, ctx, r):  # type: ignore[no-untyped-def]
    rel = " ".join(m["rel"].lower().split())
    if rel in ("the past", "the last", "the next", "the coming") and not m["edge"] and r.type == "DATE":
        code = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}.get(m["unit"].lower())
        if code:
            return Result("DURATION", f"P1{code}" if code != "Q" else "P3M")
    return r


def _month_nearest(h: Handler) -> Handler:
    """A bare month name: the nearer of this year's and the neighbouring year's, whatever the tense."""
    def inner(m, ctx):  # type: ignore[no-untyped-def]
        r = h(m, ctx)
        if r is None or ctx.ref is None or (m["rel"] or "").strip() or not re.fullmatch(r"\d{4}-\d\d", r.value):
            return r
        mon = int(r.value[5:])
        best = min((abs((y * 12 + mon) - (ctx.ref.year * 12 + ctx.ref.month)), y)
                   for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1))
        return replace(r, value=f"{best[1]:04d}-{mon:02d}")
    return inner


def _tense(t: str) -> Wrap:
    return _with_ctx(lambda m, ctx: replace(ctx, tense=t))


def _no_prior_anchor(m, ctx):  # type: ignore[no-untyped-def]
    return replace(ctx, prior=[]) if ctx.prior is not None else ctx


def _decade_years(m, ctx, r):  # type: ignore[no-untyped-def]
    mm = re.fullmatch(r"P(\d+)E", r.value)
    return replace(r, value=f"P{10 * int(mm[1])}Y") if mm and r.type == "DURATION" else r


def _weeks_days(m, ctx, r):  # type: ignore[no-untyped-def]
    mm = re.fullmatch(r"P(\d+)W", r.value)
    return replace(r, value=f"P{7 * int(mm[1])}D") if mm and r.type == "DURATION" else r


def _hours_days(m, ctx, r):  # type: ignore[no-untyped-def]
    mm = re.fullmatch(r"PT(\d+)H", r.value)
    return replace(r, value=f"P{int(mm[1]) // 24}D") if mm and int(mm[1]) % 24 == 0 and r.type == "DURATION" else r


def _sunday_week(m, ctx):  # type: ignore[no-untyped-def]
    """US weeks: a report dated Sunday opens a new week."""
    if ctx.ref is not None and ctx.ref.weekday() == 6 and m["unit"].lower().startswith("week"):
        return replace(ctx, ref=ctx.ref + timedelta(days=1))
    return ctx


def _ago_month_day(m, ctx, r):  # type: ignore[no-untyped-def]
    if ctx.ref is None or not re.fullmatch(r"\d{4}-\d\d", r.value) or not m["n"] or m["dir"].lower() != "ago":
        return r
    n = parse_number(m["n"])
    if n is None or not float(n).is_integer():
        return r
    from chronicler.time import normalize as nz
    return replace(r, value=nz.shift(ctx.ref, -int(n), "M").isoformat())


def _past_unit_last(m, ctx, r):  # type: ignore[no-untyped-def]
    """"the past year" as the last calendar unit (step -1) rather than the unit holding most of the stretch."""
    rel = " ".join(m["rel"].lower().split())
    if rel in ("the past", "the last") and not m["edge"] and r.type == "DATE" and ctx.ref is not None:
        code = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}.get(m["unit"].lower())
        if code:
            from chronicler.time import normalize as nz
            return replace(r, value=nz.at(nz.shift(ctx.ref, -1, code), code))
    return r


def _the_year_narrative(m, ctx, r):  # type: ignore[no-untyped-def]
    """"the year" / "the month": the period the narrative has reached, not the report's."""
    rel = " ".join(m["rel"].lower().split())
    if rel == "the" and not m["edge"] and r.type == "DATE" and ctx.prior:
        from chronicler.time.rules_narrative import narrative_anchor
        from chronicler.time import normalize as nz
        a = narrative_anchor(ctx, m.start())
        code = {"month": "M", "year": "Y"}.get(m["unit"].lower())
        if a is not None and code:
            return replace(r, value=nz.at(a[0], code))
    return r


def _fy(m, ctx, r):  # type: ignore[no-untyped-def]
    return replace(r, value="FY" + r.value) if re.fullmatch(r"\d{4}", r.value) else r


def _year_fiscal_fy(m, ctx, r):  # type: ignore[no-untyped-def]
    before = ctx.text[max(0, m.start() - 8):m.start()].lower()
    return _fy(m, ctx, r) if re.search(r"fiscal\s+(?:year\s+)?$", before) else r


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended|through)\b")


def _quarter_ended(value: str) -> Callable[[re.Match[str], Ctx, Result], Result]:
    def fn(m, ctx, r):  # type: ignore[no-untyped-def]
        if m.group(0).lower() in ("the quarter", "the period") and _ENDED.match(ctx.text, m.end()):
            return Result("DURATION", value)
        return r
    return fn


def _this_unit_ended_p1q(m, ctx, r):  # type: ignore[no-untyped-def]
    return replace(r, value="P1Q") if r.type == "DURATION" and r.value == "P3M" else r


def _quarter_dct_year(m, ctx, r):  # type: ignore[no-untyped-def]
    """A named quarter without a year: the report's year, whatever the tense."""
    mm = re.fullmatch(r"(\d{4})-Q(\d)", r.value)
    g = m.groupdict()
    if mm and ctx.ref is not None and not (g.get("y1") or g.get("y2") or g.get("ly") or g.get("ny") or g.get("ya")) \
            and (g.get("q") or "").lower() not in ("quarter", "latest", "last", "recent", "previous", "preceding",
                                                   "past", "current", "next", "year-earlier", "year-ago"):
        return replace(r, value=f"{ctx.ref.year:04d}-Q{mm[2]}")
    return r


def _year_past_ref(m, ctx, r):  # type: ignore[no-untyped-def]
    rel = " ".join(m["rel"].lower().split())
    return Result("DATE", "PAST_REF", None, True) if rel == "the" and m["unit"].lower() == "year" and not m["edge"] \
        and r.type == "DATE" else r


def _narrative_ref(max_days: int) -> Callable[[re.Match[str], Ctx], Ctx]:
    """Anchor to the last day the narrative named (if within ``max_days`` of the report's date), not the DCT."""
    def fn(m, ctx):  # type: ignore[no-untyped-def]
        from chronicler.time.rules_narrative import narrative_anchor
        if ctx.ref is None or not ctx.prior or (m.groupdict().get("rel") or "").strip():
            return ctx
        a = narrative_anchor(ctx, m.start())
        if a is None or a[1] != "D" or a[0] == ctx.ref or abs((a[0] - ctx.ref).days) > max_days:
            return ctx
        return replace(ctx, ref=a[0])
    return fn


def _ago_without_quarter(h: Handler) -> Handler:
    """"a year ago" (deictic) counted from the report's date even after a quarter was told."""
    def inner(m, ctx):  # type: ignore[no-untyped-def]
        if " ".join(m["dir"].lower().split()) == "ago" and ctx.prior:
            return h(m, replace(ctx, prior=[t for t in ctx.prior if "-Q" not in t.value]))
        return h(m, ctx)
    return inner


def _finest(a: str, b: str) -> str:
    return a


VARIANTS: dict[str, dict[str, Wrap]] = {
    "ago-without-quarter": {"ago": _ago_without_quarter},
    "weekday-narrative-day": {"weekday": _with_ctx(_narrative_ref(100000))},
    "weekday-narrative-day-14": {"weekday": _with_ctx(_narrative_ref(14))},
    "weekday-narrative-day-6": {"weekday": _with_ctx(_narrative_ref(6))},
    "mdy-narrative-day": {"mdy": _with_ctx(_narrative_ref(100000))},
    "quarter-dct-year": {"quarter": _post(_quarter_dct_year)},
    "the-year-past-ref": {"this_unit": _post(_year_past_ref)},
    "the-quarter-ended-P3M": {"quarter": _post(_quarter_ended("P3M"))},
    "the-quarter-ended-P1Q": {"quarter": _post(_quarter_ended("P1Q"))},
    "this-unit-ended-P1Q": {"this_unit": _post(_this_unit_ended_p1q)},
    "fiscal-FY": {"fiscal": _post(_fy), "year": _post(_year_fiscal_fy)},
    "duration-decade-years": {"duration": _post(_decade_years)},
    "duration-weeks-days": {"duration": _post(_weeks_days)},
    "duration-hours-days": {"duration": _post(_hours_days)},
    "this-unit-sunday-week": {"this_unit": _with_ctx(_sunday_week)},
    "ago-sunday-week": {"ago": _with_ctx(_sunday_week)},
    "ago-month-to-day": {"ago": _post(_ago_month_day)},
    "past-unit-last": {"this_unit": _post(_past_unit_last)},
    "the-year-narrative": {"this_unit": _post(_the_year_narrative)},
    "pod-drop-weekday": {"weekday": _post(_strip_pod)},
    "pod-drop-deictic": {"deictic": _post(_strip_pod)},
    "pod-drop-narrative": {"narrative_pod": _post(_strip_pod)},
    "time-hour-only": {"time": _post(_hour_only), "clock24": _post(_hour_only)},
    "decade-X": {"decade": _post(_decade_x)},
    "ago-week-to-day": {"ago": _post(_ago_day)},
    "year-earlier-year": {"ago": _post(_year_earlier_year)},
    "year-earlier-lcq": {"ago": _post(_year_earlier_lcq)},
    "ago-week-to-day-deictic": {"ago": _post(_ago_week_day_deictic)},
    "ago-anchor-dct": {"ago": _with_ctx(_no_prior_anchor)},
    "weekday-nearest": {"weekday": _weekday_nearest},
    "weekday-always-past": {"weekday": _tense("past")},
    "recent-units-past-ref": {"plural": _post(_recent_ref)},
    "set-words-X": {"set": _post(_set_x)},
    "now-dct-day": {"ref": _post(_now_date)},
    "past-unit-duration": {"this_unit": _post(_past_unit_duration)},
    "month-nearest": {"month": _month_nearest},
    "month-always-past": {"month": _tense("past")},
    "quarter-always-past": {"quarter": _tense("past")},
    "this-unit-always-past": {"this_unit": _tense("past")},
}


#: Settings tried at other values: variant name -> (module, attribute, value).
SETTINGS: dict[str, tuple[str, str, object]] = {
    "narrative-reach-500": ("chronicler.time.rules_narrative", "NARRATIVE_REACH", 500),
    "narrative-reach-3000": ("chronicler.time.rules_narrative", "NARRATIVE_REACH", 3000),
    "near-cue-10": ("chronicler.time.tagger", "NEAR_CUE", 10),
    "near-cue-40": ("chronicler.time.tagger", "NEAR_CUE", 40),
    "later-keeps-own-unit": ("chronicler.time.rules", "coarser_code", _finest),
}


def run(part: str) -> te3.Counts:
    """Counts of the tagger (with whatever handlers are installed) on one dev part."""
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import read_tml

    total = te3.Counts()
    for path in te3.corpus_files(part):
        doc = read_tml(path)
        total.add(te3.score_document(doc.timexes, tag(doc.plain, doc.dct)))
    return total


def figures() -> tuple[float, float, float, float, float]:
    """devA value F1, devB value F1, dev value F1, dev strict F1, dev relaxed F1."""
    a, b = run("devA"), run("devB")
    d = te3.Counts()
    d.add(a)
    d.add(b)
    fd = d.figures()
    return a.figures()["value_F1"], b.figures()["value_F1"], fd["value_F1"], fd["strict_F1"], fd["relaxed_F1"]


def by_rule() -> None:
    """Value accuracy of the current tagger per grammar rule that found the expression, devA vs devB: a rule
    far better on devA (read error by error) than on devB (never read) was fitted to devA."""
    from collections import Counter

    from chronicler.time.tagger import tag
    from chronicler.time.timeml import read_tml

    fired: dict[int, str] = {}
    saved = dict(rules.HANDLERS)
    for name, h in saved.items():
        def rec(m, ctx, h=h, name=name):  # type: ignore[no-untyped-def]
            r = h(m, ctx)
            if r is not None and ctx.prior is not None:
                fired[m.start() + r.start_trim] = name
            return r
        rules.HANDLERS[name] = rec
    tallies = {p: (Counter(), Counter()) for p in ("devA", "devB")}
    loose = {p: (Counter(), Counter()) for p in ("devA", "devB")}  # relaxed but not strict matches
    try:
        for part in ("devA", "devB"):
            n, ok = tallies[part]
            for path in te3.corpus_files(part):
                doc = read_tml(path)
                fired.clear()
                for r, s in te3.match(doc.timexes, tag(doc.plain, doc.dct)):
                    rule = fired.get(s.start, "(composed)")
                    n[rule] += 1
                    ok[rule] += r.value == s.value
                    if (r.start, r.end) != (s.start, s.end):
                        loose[part][0][rule] += 1
                        loose[part][1][rule] += r.value != s.value
    finally:
        rules.HANDLERS.clear()
        rules.HANDLERS.update(saved)
    print(f"{'rule':<16}  devA n  acc%   devB n  acc%    (then per part: spans only overlapping, of them value wrong)")
    for rule in sorted(set(tallies["devA"][0]) | set(tallies["devB"][0]), key=lambda x: -tallies["devB"][0][x]):
        cells = []
        for part in ("devA", "devB"):
            n, ok = tallies[part]
            cells.append(f"{n[rule]:6d} {100 * ok[rule] / n[rule]:5.1f}" if n[rule] else f"{0:6d}     -")
        extra = "   ".join(f"{loose[p][0][rule]:3d} {loose[p][1][rule]:3d}" for p in ("devA", "devB"))
        print(f"{rule:<16}  " + "   ".join(cells) + "     " + extra)


def main(argv: list[str] | None = None) -> int:
    """Print each variant's figures against the current tagger's (``--rules``: accuracy per rule instead)."""
    names = (argv if argv is not None else sys.argv[1:]) or list(VARIANTS) + list(SETTINGS)
    if not te3.DATA.is_dir():
        print("skipped: data absent")
        return 0
    if names == ["--rules"]:
        by_rule()
        return 0
    base = figures()
    print(f"{'variant':<24} devA val  devB val  dev val  dev strict  dev relaxed   verdict")
    print(f"{'(current)':<24} {base[0]:8.2f}  {base[1]:8.2f}  {base[2]:7.2f}  {base[3]:10.2f}  {base[4]:11.2f}")
    for name in names:
        import importlib

        saved = dict(rules.HANDLERS)
        undo: list[tuple[object, str, object]] = []
        for combo in name.split("+"):
            if combo in SETTINGS:
                mod_name, attr, value = SETTINGS[combo]
                mod = importlib.import_module(mod_name)
                undo.append((mod, attr, getattr(mod, attr)))
                setattr(mod, attr, value)
                continue
            for rule, wrap in VARIANTS[combo].items():
                rules.HANDLERS[rule] = wrap(rules.HANDLERS[rule])
        try:
            f = figures()
        finally:
            rules.HANDLERS.clear()
            rules.HANDLERS.update(saved)
            for mod, attr, value in undo:
                setattr(mod, attr, value)
        da, db = f[0] - base[0], f[1] - base[1]
        verdict = "wins on both" if da > 0 and db > 0 else "no change" if da == db == 0 else \
            "neutral/win" if da >= 0 and db >= 0 else "loses"
        print(f"{name:<24} {da:+8.2f}  {db:+8.2f}  {f[2] - base[2]:+7.2f}  {f[3] - base[3]:+10.2f}  "
              f"{f[4] - base[4]:+11.2f}   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
