"""The blind everyday-wording set of session 17 (``eval/data/event_types_blind_s17.tsv``), scored by the s16
unlisted-wording scorer given its path: the fixed split, the columns, and the flags of ``eval/events.py``."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval" / "data" / "event_types_blind_s17.tsv"
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
    """153 rows: 102 tune, 51 measure (every third data row); 36 no-event rows; a row has a status exactly when
    it has an event."""
    rows = scorer.read_rows(SET)
    assert (len(rows), len(scorer.read_rows(SET, "tune")), len(scorer.read_rows(SET, "measure"))) == (153, 102, 51)
    assert {r[1] for r in rows} - {"-"} <= PLOVER_TYPES
    assert all((r[1] == "-") == (r[4] == "-") for r in rows)
    assert sum(r[1] == "-" for r in rows) == 36


def test_the_scorer_reads_the_path_it_is_given(scorer, monkeypatch, capsys):
    """With a pipeline that emits nothing, the counts are those of the s17 tune part, and the line names s17."""
    monkeypatch.setattr(scorer, "main_event", lambda events, nlp: None)
    empty = lambda docs: ([SimpleNamespace(events=(), nlp=None) for _ in docs], [])  # noqa: E731
    counts = scorer.score(empty, lambda ev, gold: False, "tune", path=SET, name="s17")
    tune = scorer.read_rows(SET, "tune")
    assert counts["rows"] == len(tune) and counts["none_right"] == sum(r[1] == "-" for r in tune)
    assert "set s17 (event_types_blind_s17.tsv tune" in capsys.readouterr().out


def test_events_py_knows_the_flags():
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    for flag in ("--blind-s17", "--blind-s17-measure", "--blind-s17-errors"):
        assert f'"{flag}"' in text
