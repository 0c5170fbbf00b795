"""Session 25 (issue 7): requests, demands and appeals in the wording reports use. Sentences of our own written for
these tests (not rows of the blind set ``eval/data/event_request_blind_s25.tsv``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_blind_set_split_and_flags():
    rows = [line for line in (ROOT / "eval" / "data" / "event_request_blind_s25.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 133 and all(len(r.split("\t")) == 6 for r in rows)
    assert sum(1 for i, _ in enumerate(rows) if i % 3 == 2) == 44
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    assert all(f'"{f}"' in text for f in ("--request-s25", "--request-s25-measure", "--request-s25-errors"))
