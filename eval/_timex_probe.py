"""Probe of the TIMEX3 tagger on unseen real news (Timeline17 articles, dated by their publication day).

There is no gold: it prints, for a person to judge, (1) date-like strings the tagger left untagged, by class
(month and weekday names, numbers with time units, "ago", decades, seasons, holidays, "this/last/next" units,
years), and (2) tagged values worth a second look: relative dates resolved after the publication day, weekday
readings more than a week from it, values left with X's although the day is known, and durations/sets built
from very large numbers. Not a scorer and not part of ``make eval``:
``python eval/_timex_probe.py [--per-topic N] [--show K] [--class NAME]`` (a few seconds).
Prints "skipped: data absent" and exits 0 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicler.time.normalize import interval_of  # noqa: E402
from chronicler.time.tagger import tag  # noqa: E402

SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
T17 = SHARED / "eval" / "timeline17"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|few|many)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|nights?)"
#: Date-like strings by class; each match not overlapped by a tagged TIMEX3 is reported.
CLASSES: dict[str, re.Pattern[str]] = {
    "month": re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,4}})?)\b(?<!\bMay)"),
    "weekday": re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"),
    "number+unit": re.compile(rf"\b{_NUMW}[\s-]+{_UNIT}\b", re.I),
    "ago": re.compile(r"\bago\b", re.I),
    "decade": re.compile(r"\b(?:1[6-9]|20)?\d0'?s\b|'\d0s\b"),
    "season": re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.I),
    "holiday": re.compile(r"\b(?:Christmas|Easter|Ramadan|Eid|New Year|Thanksgiving|Hajj|Lent)\b"),
    "this/last/next unit": re.compile(r"\b(?:this|last|next|coming|past|previous|following)\s+"
                                      r"(?:week|month|year|weekend|decade|century|morning|night|evening|summer|"
                                      r"winter|spring|autumn)\b", re.I),
    "year": re.compile(r"(?<![\d,.$£€-])(?:19[0-9]\d|20[0-4]\d)(?![\d,.%-])"),
}


def articles(per_topic: int):  # type: ignore[no-untyped-def]
    """``(topic, id, publication date, text)`` of the first ``per_topic`` articles of each topic."""
    for topic_dir in sorted(p for p in T17.iterdir() if p.is_dir()):
        with open(topic_dir / "articles.jsonl", encoding="utf-8") as fh:
            for line in itertools.islice(fh, per_topic):
                a = json.loads(line)
                yield topic_dir.name, a["id"], date.fromisoformat(a["time"][:10]), a["text"]


def _ctx(text: str, a: int, b: int) -> str:
    return (text[max(0, a - 60):a] + "[" + text[a:b] + "]" + text[b:b + 40]).replace("\n", " ")


def suspicious(t, dct: date, text: str = "") -> str | None:  # type: ignore[no-untyped-def]
    """Why a tagged value deserves a look, or None."""
    if t.type in ("DATE", "TIME") and "X" in t.value and not t.value.endswith("_REF"):
        return "X-value despite a known DCT"
    if t.type in ("DURATION", "SET"):
        num = re.findall(r"\d+", t.value)
        return "huge duration" if num and int(num[0]) > 200 else None
    iv = interval_of(t.value) if t.type in ("DATE", "TIME") else None
    if iv is None or iv.earliest is None or t.anchor != "DCT":
        return None
    if re.fullmatch(r"(?i)(?:on\s+)?[a-z]+day", t.text.strip()) and abs((iv.earliest - dct).days) > 7:
        return "weekday far from DCT"
    if iv.earliest > dct:
        after = text[t.end:t.end + 50]
        if re.match(r"\s*,?\s*(?:[A-Za-z'-]+\s+){0,4}?(?:said|had|was|were|did|told|announced|reported)\b", after):
            return "future value, past verb after"
        return "relative value after DCT"
    before = text[max(0, t.start - 40):t.start]
    if re.search(r"\b(?:will|'ll|is to|are to|going to|scheduled for|due on|plans? to)\s+(?:\w+\s+){0,3}?(?:on\s+)?$",
                 before) and iv.latest is not None and iv.latest < dct:
        return "past value, future cue before"
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the counts by class and up to ``--show`` examples of each."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-topic", type=int, default=25)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--class", dest="only", default=None, help="show only this class (untagged or suspicious)")
    args = ap.parse_args(argv)
    if not T17.is_dir():
        print("skipped: data absent")
        return 0
    untagged: dict[str, list[str]] = defaultdict(list)
    odd: dict[str, list[str]] = defaultdict(list)
    n_docs = n_tx = 0
    types: Counter[str] = Counter()
    for topic, aid, dct, text in articles(args.per_topic):
        n_docs += 1
        tx = tag(text, dct)
        n_tx += len(tx)
        covered = bytearray(len(text))
        for t in tx:
            types[t.type] += 1
            covered[t.start:t.end] = b"\x01" * (t.end - t.start)
            why = suspicious(t, dct, text)
            if why:
                odd[why].append(f"{topic}/{aid} {dct} {t.type} {t.value} :: {_ctx(text, t.start, t.end)}")
        for name, rx in CLASSES.items():
            for m in rx.finditer(text):
                if covered.find(1, m.start(), m.end()) == -1:
                    untagged[name].append(f"{topic}/{aid} {dct} :: {_ctx(text, m.start(), m.end())}")
    print(f"{n_docs} articles, {n_tx} timexes ({dict(types)})")
    for title, groups in (("UNTAGGED date-like strings", untagged), ("TAGGED values to check", odd)):
        print(f"\n== {title}: " + ", ".join(f"{k} {len(v)}" for k, v in groups.items()))
        for name, rows in groups.items():
            if args.only and name != args.only:
                continue
            print(f"-- {name} ({len(rows)})")
            for row in rows[: args.show]:
                print("   " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
