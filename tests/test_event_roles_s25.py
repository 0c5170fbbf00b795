"""The blind role set of session 25 (issue 7): its shape, split and flags. Sentences of our own."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_roles_blind_s25.tsv"


def test_the_role_set_splits_by_row_number():
    """132 rows of six columns, every one an act; row i with i % 3 == 2 is measure (44 rows), the rest tune."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 132 and all(r[1] != "-" for r in rows)
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 44 and len(_unlisted_s16.read_rows(SET, "tune")) == 88


def test_the_role_set_is_scored_alone_by_its_flags():
    """``eval/events.py --roles-s25[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "roles-s25" in events.SETS_ALONE
    assert {"--roles-s25", "--roles-s25-errors", "--roles-s25-measure"} <= set(events.FLAGS)
