"""Scorer of the blind event-date sets (`eval/data/event_dates_blind_s15.tsv`, and session 16's
`event_dates_blind_s16.tsv`), called by `eval/events.py --dates-s15` / `--dates-s16` (tune part;
`--dates-s15-errors` / `--dates-s16-errors` list its misses) and `--dates-s15-measure` / `--dates-s16-measure`
(tune, then the measure part's aggregate line only: its rows are never listed).

Each row is one short report (one sentence, or two) with its report date (DCT). The whole pipeline runs over it
with the DCT as publication date; the event scored is the one whose trigger span holds the row's trigger words
(else one that overlaps them). Its own date is compared with the gold at the gold's granularity: the event's
interval must lie inside the gold day, ISO week, month or year (a coarser interval is wrong); a gold ``DCT``
asks for the report's day itself; a range ``A/B`` (set s16: an act told over several days) asks for an interval
running exactly from day A to day B. Its status is compared as written. Rows are numbered from 0 in file order;
row i with i % 3 == 2 is the measure part.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
import sys
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
import _tsv  # noqa: E402
from chronicler.model import DateInterval, Document, Event  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "event_dates_blind_s15.tsv"
SET_S16 = SET.with_name("event_dates_blind_s16.tsv")
COLUMNS = 6


def read_rows(path: Path = SET) -> list[tuple[str, ...]]:
    """The set's data rows (six tab-separated fields each; # comments and blank lines skipped)."""
    return _tsv.read_rows(path, COLUMNS)


def gold_period(value: str, dct: date) -> tuple[date, date]:
    """The first and last day a gold value denotes: ``DCT``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``, ``YYYY``,
    or a range of two of them, ``A/B``."""
    if "/" in value:
        first, last = value.split("/")
        return gold_period(first, dct)[0], gold_period(last, dct)[1]
    if value == "DCT":
        return dct, dct
    if "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_right(iv: DateInterval | None, value: str, dct: date) -> bool:
    """Whether an event's date lies inside the gold period (the report's day for ``DCT``); for a range ``A/B``,
    whether it runs exactly over the range."""
    if iv is None or iv.earliest is None or iv.latest is None:
        return False
    lo, hi = gold_period(value, dct)
    if "/" in value:
        return (lo, hi) == (iv.earliest, iv.latest)
    return lo <= iv.earliest and iv.latest <= hi


def find_event(events: tuple[Event, ...] | list[Event], start: int, end: int) -> Event | None:
    """The event whose trigger span holds ``[start, end)``, else the first whose trigger span overlaps it."""
    holding, touching = None, None
    for e in events:
        for s in e.provenance.spans:
            if s.label != "trigger":
                continue
            if s.start <= start and end <= s.end and holding is None:
                holding = e
            elif s.start < end and start < s.end and touching is None:
                touching = e
    return holding or touching


def _ours(ev: Event, text: str) -> str:
    """Our date, its source and linked time expression, and status, as a miss line prints them."""
    iv = ev.date
    when = "none" if iv is None else (f"{iv.earliest}" if iv.earliest == iv.latest else f"{iv.earliest}..{iv.latest}")
    tx = next((text[s.start:s.end] for s in ev.provenance.spans if s.label == "time"), "")
    trig = next((text[s.start:s.end] for s in ev.provenance.spans if s.label == "trigger"), "")
    return f"{when} ({ev.date_source}{', ' + repr(tx) if tx else ''}) {ev.status} [{trig}]"


def score(annotate: Callable, part: str, show_misses: bool = False, path: Path = SET, name: str = "s15") -> Counter:
    """Score one part ("tune" or "measure") of a date set (``path``, printed as ``name``); print its line (and the
    tune part's misses when asked)."""
    rows = [(i, r) for i, r in enumerate(read_rows(path)) if _tsv.row_part(i) == part]
    docs = [Document(id=f"dates-{name}-{i}", source="own", text=text,
                     published=DateInterval.day(date.fromisoformat(day)))
            for i, (day, _w, _d, _s, _p, text) in rows]
    annotated, _ = annotate(docs)
    c, misses = Counter(), []
    for (i, (day, words, gold_date, gold_status, _pos, text)), ad in zip(rows, annotated):
        dct = date.fromisoformat(day)
        at = text.lower().find(words.lower())
        ev = find_event(ad.events, at, at + len(words))
        c["rows"] += 1
        c["own_rows"] += gold_date != "DCT"
        if ev is None:
            c["no_event"] += 1
            misses.append(f"    [{i}] want {gold_date} {gold_status}; no event at [{words}] | {day} | {text}")
            continue
        ok_date = date_right(ev.date, gold_date, dct)
        ok_status = ev.status == gold_status
        c["date"] += ok_date
        c["status"] += ok_status
        c["both"] += ok_date and ok_status
        if gold_date != "DCT" and ev.date_source == "inherited":
            c["stamped"] += 1  # the text dates the event; we fell back on the report date
        if gold_date == "DCT" and not ok_date:
            c["dct_given_other"] += 1
        if not (ok_date and ok_status):
            flag = ("" if ok_date else "DATE ") + ("" if ok_status else "STATUS")
            misses.append(f"    [{i}] {flag.strip()}: want {gold_date} {gold_status}, ours {_ours(ev, text)} "
                          f"| {day} | {text}")
    n = c["rows"]
    pct = lambda a, b: f"{a}/{b} = {a / max(1, b):.1%}"  # noqa: E731
    print(f"Event dates {name} {part} ({n} rows): date right {pct(c['date'], n)}, status right {pct(c['status'], n)}, "
          f"both {pct(c['both'], n)}; stamped with the report date where the text dates the event "
          f"{c['stamped']} of {c['own_rows']}; given another date where the report date stands in "
          f"{c['dct_given_other']} of {n - c['own_rows']}; event not found {c['no_event']}")
    if show_misses and part == "tune":
        print("\n".join(misses))
    return c
