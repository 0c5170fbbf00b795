"""Scorer of the session-20 blind set of timex extents (``eval/data/timex_spans_blind_s20.tsv``).

Decoys that are not times, times of day, fiscal periods and TimeBank's extents. Scored as the session-19 kinds
set (``eval/_kinds_s19.py``): TempEval-3 figures on extent, type and value, and the mod apart. Row i (0-based,
comments and blank lines not counted) with i % 3 == 2 is measure-only: scored in aggregate, never listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

SPANS_S20 = ROOT / "eval" / "data" / "timex_spans_blind_s20.tsv"


def run_spans(part: str = "tune", list_errors: bool = False) -> tuple[object, int, int]:
    """Score one part of the session-20 set; print its figures (and tune errors when asked)."""
    from _kinds_s19 import run_kinds

    return run_kinds(part, list_errors=list_errors, path=SPANS_S20)
