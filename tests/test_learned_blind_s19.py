"""The blind learned-model set of session 19 (issue 7): its layout, its split and its flag."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_learned_blind_s19.tsv"


def test_the_set_alternates_acts_and_no_event_rows_and_splits_by_row_number():
    """61 acts and 61 no-event rows, alternating; row i with i % 3 == 2 is measure (40 rows), the rest tune."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 122
    assert [r[1] == "-" for r in rows] == [i % 2 == 1 for i in range(122)]
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 40 and len(_unlisted_s16.read_rows(SET, "tune")) == 82


def test_the_set_is_scored_alone_by_its_flags():
    """``eval/events.py --learned-s19[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "learned-s19" in events.SETS_ALONE
    assert {"--learned-s19", "--learned-s19-errors", "--learned-s19-measure"} <= set(events.FLAGS)
