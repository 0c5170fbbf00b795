"""The blind unlisted-wording set of session 16 and its scorer (``eval/_unlisted_s16.py``): the fixed split, the
columns, and the scoring of a gold "-" row (right only when no event is emitted)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLOVER_TYPES = {"ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}


@pytest.fixture(scope="module")
def scorer():
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        import _unlisted_s16
    finally:
        sys.path.remove(str(ROOT / "eval"))
    return _unlisted_s16


def test_the_set_splits_by_the_fixed_rule(scorer):
    """162 rows: 108 tune, 54 measure (every third data row); gold types are PLOVER's or "-", and a row has a
    status exactly when it has an event."""
    rows = scorer.read_rows()
    assert (len(rows), len(scorer.read_rows(part="tune")), len(scorer.read_rows(part="measure"))) == (162, 108, 54)
    assert {r[1] for r in rows} - {"-"} <= PLOVER_TYPES and "-" in {r[1] for r in rows}
    assert all((r[1] == "-") == (r[4] == "-") for r in rows)
    assert sum(r[1] == "-" for r in rows) == 43


def test_a_no_event_row_is_right_only_without_event(scorer, monkeypatch):
    """With a pipeline that emits nothing, every "-" row is right and no event row is; the counts say so."""
    monkeypatch.setattr(scorer, "main_event", lambda events, nlp: None)
    empty = lambda docs: ([SimpleNamespace(events=(), nlp=None) for _ in docs], [])  # noqa: E731
    counts = scorer.score(empty, lambda ev, gold: False, "tune")
    tune = scorer.read_rows(part="tune")
    assert counts["none_right"] == counts["none_rows"] == sum(r[1] == "-" for r in tune)
    assert counts["type"] == counts["triple"] == counts["emitted"] == 0
