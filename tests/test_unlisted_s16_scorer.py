"""The blind unlisted-wording set of session 16, the everyday-wording set of session 17 and their scorer
(``eval/_unlisted_s16.py``): the fixed split, the columns, the scoring of a gold "-" row (right only when no
event is emitted) and a set read from the path given."""

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


S16 = ROOT / "eval" / "data" / "event_types_unlisted_s16.tsv"
S17 = ROOT / "eval" / "data" / "event_types_blind_s17.tsv"  # session 17's everyday wording, same scorer
DOERS = ROOT / "eval" / "data" / "event_doers_s17.tsv"  # session 17's doer set (a disease or a person), same scorer
DOERS22 = ROOT / "eval" / "data" / "event_doers_blind_s22.tsv"  # session 22's private doers, same scorer
SPORTS22 = ROOT / "eval" / "data" / "event_sports_blind_s22.tsv"  # session 22's sports copy, same scorer
CONTEST23 = ROOT / "eval" / "data" / "event_contest_blind_s23.tsv"  # session 23's contest verbs, same scorer


@pytest.mark.parametrize("path, sizes, no_event", [(S16, (162, 108, 54), 43), (S17, (153, 102, 51), 36),
                                                      (DOERS, (40, 27, 13), 25), (DOERS22, (154, 103, 51), 95),
                                                      (SPORTS22, (134, 90, 44), 96),
                                                      (CONTEST23, (125, 84, 41), 78)])
def test_the_set_splits_by_the_fixed_rule(scorer, path, sizes, no_event):
    """Every third data row is measure; gold types are PLOVER's or "-", and a row has a status exactly when it
    has an event."""
    rows = scorer.read_rows(path)
    assert (len(rows), len(scorer.read_rows(path, "tune")), len(scorer.read_rows(path, "measure"))) == sizes
    assert {r[1] for r in rows} - {"-"} <= PLOVER_TYPES and "-" in {r[1] for r in rows}
    assert all((r[1] == "-") == (r[4] == "-") for r in rows)
    assert sum(r[1] == "-" for r in rows) == no_event


def test_a_no_event_row_is_right_only_without_event(scorer, monkeypatch):
    """With a pipeline that emits nothing, every "-" row is right and no event row is; the counts say so."""
    monkeypatch.setattr(scorer, "main_event", lambda events, nlp: None)
    empty = lambda docs: ([SimpleNamespace(events=(), nlp=None) for _ in docs], [])  # noqa: E731
    counts = scorer.score(empty, lambda ev, gold: False, "tune")
    tune = scorer.read_rows(part="tune")
    assert counts["none_right"] == counts["none_rows"] == sum(r[1] == "-" for r in tune)
    assert counts["type"] == counts["triple"] == counts["emitted"] == 0


def test_the_scorer_reads_the_path_it_is_given(scorer, monkeypatch, capsys):
    """With a pipeline that emits nothing, the counts are those of the s17 tune part, and the line names s17."""
    monkeypatch.setattr(scorer, "main_event", lambda events, nlp: None)
    empty = lambda docs: ([SimpleNamespace(events=(), nlp=None) for _ in docs], [])  # noqa: E731
    counts = scorer.score(empty, lambda ev, gold: False, "tune", path=S17, name="s17")
    tune = scorer.read_rows(S17, "tune")
    assert counts["rows"] == len(tune) and counts["none_right"] == sum(r[1] == "-" for r in tune)
    assert "set s17 (event_types_blind_s17.tsv tune" in capsys.readouterr().out


def test_events_py_knows_the_s17_flags():
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    for flag in ("--blind-s17", "--blind-s17-measure", "--blind-s17-errors", "--doers-s17", "--doers-s17-measure",
                 "--doers-s17-errors", "--doers-s22", "--doers-s22-measure", "--doers-s22-errors",
                 "--sports-s22", "--sports-s22-measure", "--sports-s22-errors",
                 "--contest-s23", "--contest-s23-measure", "--contest-s23-errors",
                 "--force-s24", "--force-s24-measure", "--force-s24-errors"):
        assert f'"{flag}"' in text
