"""Scorer of the session-19 blind set of less common TIMEX3 kinds (``eval/data/timex_kinds_blind_s19.tsv``).

The set's marks may carry a fourth field, the TimeML ``mod`` (``[[extent|TYPE|VALUE|MOD]]``). The TempEval-3
figures (extent, type, value) are those of ``eval/tempeval3.py``; the mod is scored apart, as the accuracy of
the relaxed-matched pairs where the gold or the tagger gives one (a missing mod on either side is a miss).
Row i (0-based, comments and blank lines not counted) with i % 3 == 2 is measure-only: scored in aggregate,
never listed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from tempeval3 import BlindTimex as KindTimex  # noqa: E402,F401  (the marks' layout: one parser for every set)
from tempeval3 import parse_blind_line as parse_kinds_line  # noqa: E402

KINDS_S19 = ROOT / "eval" / "data" / "timex_kinds_blind_s19.tsv"


def run_kinds(part: str = "tune", list_errors: bool = False, path: Path = KINDS_S19) -> tuple[object, int, int]:
    """Score one part of the set; print its figures (and tune errors when asked).

    Returns ``(Counts, mod_ok, mod_total)``."""
    from tempeval3 import Counts, blind_rows, format_figures, match, score_document

    from chronicler.time.tagger import tag

    if part == "measure" and list_errors:
        raise ValueError("the measure part's errors are never listed")
    total = Counts()
    mod_ok = mod_total = n = 0
    for dct, plain, gold in blind_rows(path, part):
        system = tag(plain, date.fromisoformat(dct[:10]))  # a DCT may carry a time of day
        total.add(score_document(gold, system))
        n += 1
        pairs = match(gold, system)
        for r, s in pairs:
            if r.mod or s.mod:
                mod_total += 1
                mod_ok += r.mod == s.mod
        if list_errors:
            _list_errors(dct, plain, gold, system, pairs)
    print(format_figures(f"blind set {path.name}, {part} part ({n} sentences)", total))
    share = 100 * mod_ok / mod_total if mod_total else 0.0
    print(f"  mod     accuracy {share:.2f} ({mod_ok}/{mod_total} pairs with a mod on either side)")
    return total, mod_ok, mod_total


def _list_errors(dct: str, plain: str, gold: list[KindTimex], system: list, pairs: list) -> None:
    """Print the mismatched, missed and spurious timexes of one tune row."""
    for r, s in pairs:
        if (r.start, r.end, r.type, r.value, r.mod) != (s.start, s.end, s.type, s.value, s.mod):
            print(f"  {dct} MISMATCH gold {r.text!r} {r.type} {r.value} {r.mod or ''} | ours {s.text!r} {s.type} "
                  f"{s.value} {s.mod or ''} :: {plain}")
    for r in gold:
        if all(r is not g for g, _ in pairs):
            print(f"  {dct} MISSED {r.text!r} {r.type} {r.value} {r.mod or ''} :: {plain}")
    for s in system:
        if all(s is not t for _, t in pairs):
            print(f"  {dct} SPURIOUS {s.text!r} {s.type} {s.value} {s.mod or ''} :: {plain}")
