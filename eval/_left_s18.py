"""Scorer of the blind set "left" of session 18 (`eval/data/event_left_blind_s18.tsv`): events sessions 16-17
left (pronoun-only sides, bare participles, willingness, warnings, joint drills, stance targets, signing) and
controls. Same notation and one-to-one matching as the content set of session 16 (`eval/_content_s16.py`).
Called by `eval/events.py --left-s18` (tune part; `--left-s18-errors` lists its misses and false hits) and
`--left-s18-measure` (tune, then the measure part's aggregate only).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
import sys
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
from _content_s16 import score as _score  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "event_left_blind_s18.tsv"


def score(annotate: Callable, part: str, show_errors: bool = False) -> Counter:
    """Score one part ("tune" or "measure") of the left set; print its line (tune misses when asked)."""
    return _score(annotate, part, show_errors, SET, "Left s18")
