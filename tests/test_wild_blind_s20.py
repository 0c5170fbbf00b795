"""The blind wild-wording event-type set of session 20 (issue 7): its layout, its split and its flag."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_types_wild_s20.tsv"


def test_the_set_holds_acts_of_all_types_and_no_event_rows_and_splits_by_row_number():
    """116 acts of all 16 PLOVER types and 41 no-event rows; row i with i % 3 == 2 is measure (52 rows)."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 157
    assert sum(r[1] == "-" for r in rows) == 41
    assert len({r[1] for r in rows if r[1] != "-"}) == 16
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 52 and len(_unlisted_s16.read_rows(SET, "tune")) == 105


def test_the_set_is_scored_alone_by_its_flags():
    """``eval/events.py --wild-s20[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "wild-s20" in events.SETS_ALONE
    assert {"--wild-s20", "--wild-s20-errors", "--wild-s20-measure"} <= set(events.FLAGS)
