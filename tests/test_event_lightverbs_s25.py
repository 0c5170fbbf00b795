"""Session 25 (issue 7): events told by a light verb and an event noun, and purpose clauses. Sentences of our own
written for these tests (not rows of the blind set ``eval/data/event_nouns_blind_s25.tsv``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_blind_set_split_and_flags():
    rows = [line for line in (ROOT / "eval" / "data" / "event_nouns_blind_s25.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 168 and all(len(r.split("\t")) == 6 for r in rows)
    assert sum(1 for i, _ in enumerate(rows) if i % 3 == 2) == 56
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    assert all(f'"{f}"' in text for f in ("--nouns-s25", "--nouns-s25-measure", "--nouns-s25-errors"))
    assert "--nouns-s25-measure" in (ROOT / "Makefile").read_text(encoding="utf-8")
