"""The blind multiword-wording (idiom) event-type set of session 21 (issue 7): its layout, its split and its flag."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_idioms_blind_s21.tsv"


def test_the_set_holds_acts_of_all_types_and_no_event_rows_and_splits_by_row_number():
    """152 acts of all 16 PLOVER types and 35 no-event rows; row i with i % 3 == 2 is measure (62 rows)."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 187
    assert sum(r[1] == "-" for r in rows) == 35
    assert len({r[1] for r in rows if r[1] != "-"}) == 16
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 62 and len(_unlisted_s16.read_rows(SET, "tune")) == 125


def test_the_set_is_scored_alone_by_its_flags():
    """``eval/events.py --idioms-s21[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "idioms-s21" in events.SETS_ALONE
    assert {"--idioms-s21", "--idioms-s21-errors", "--idioms-s21-measure"} <= set(events.FLAGS)
