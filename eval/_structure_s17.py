"""Scorer of the blind structure set of session 17 (`eval/data/event_structure_blind_s17.tsv`): events hidden by
sentence structure (relative clauses, participles, pronouns, crowds) and non-events it invites (purpose clauses,
policy content), plus stances without an event verb. Same notation and one-to-one matching as the content set of
session 16 (`eval/_content_s16.py`). Called by `eval/events.py --structure-s17` (tune part; `--structure-s17-errors`
lists its misses and false hits) and `--structure-s17-measure` (tune, then the measure part's aggregate only).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
import sys
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
from _content_s16 import score as _score  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "event_structure_blind_s17.tsv"


def score(annotate: Callable, part: str, show_errors: bool = False) -> Counter:
    """Score one part ("tune" or "measure") of the structure set; print its line (tune misses when asked)."""
    return _score(annotate, part, show_errors, SET, "Structure s17")
