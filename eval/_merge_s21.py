"""Scorer of the blind merge set of session 21 (`eval/data/merge_blind_s21/`), scored as the s19 set.

Same runs and figures as `eval/_merge_s19.py` (oracle and end to end, pairwise P/R/F1 and status accuracy);
story s with s % 3 == 2 is measure-only. Called by `eval/merge.py --blind-s21` (tune), `--blind-s21-errors`
(tune with per-mention lines) and `--blind-s21-measure` (the measure part's aggregates only).
"""

from __future__ import annotations

from pathlib import Path

import _merge_s19 as s19

SET = Path(__file__).resolve().parent / "data" / "merge_blind_s21"


def run(part: str, show_errors: bool = False, e2e: bool = True) -> None:
    """Print the oracle and end-to-end lines of one part of the s21 set (per-mention lines: tune only)."""
    s19.SET = SET
    rows = s19.gold_rows(part)
    runs = [("oracle", s19.oracle)] + ([("end to end", s19.end_to_end)] if e2e else [])
    for name, fn in runs:
        pred, shown = fn(rows)
        print(s19.line(f"merge blind s21 {part} {name}", s19.figures(rows, pred, shown)))
        if show_errors and part == "tune":
            print("\n".join(s19.errors(rows, pred, shown)))
