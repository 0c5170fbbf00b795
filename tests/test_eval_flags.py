"""The eval scripts answer ``--help`` and refuse unknown flags without scoring anything (a typo must not run
the GSR held-out part)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from eval_modules import eval_module

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", ["events.py", "actors.py"])
def test_help_prints_usage_and_scores_nothing(script: str) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "eval" / script), "--help"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "usage" in out.stdout
    assert not re.search(r"\d+\.\d%|\(\d+/\d+\)", out.stdout), "a figure was printed"


def test_unknown_flag_is_refused() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "eval" / "events.py"), "--blind-onyl"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2
    assert "unknown flag(s): --blind-onyl" in out.stderr
    assert not re.search(r"\d+\.\d%|\(\d+/\d+\)", out.stdout + out.stderr)


@pytest.mark.parametrize("flag", ["--unlisted-s16-errors", "--dates-s16-errors", "--content-s16-errors"])
def test_a_sets_errors_flag_alone_scores_that_set_only(monkeypatch, flag: str) -> None:
    """``--STEM-errors`` without ``--STEM`` scores that set's tune part; it never falls through to the plain run,
    which prints the GSR held-out part."""
    monkeypatch.syspath_prepend(str(ROOT / "eval"))  # events.py imports its sibling modules
    events = eval_module("events")
    stem = flag[2:-len("-errors")]
    scored: list[tuple[str, bool]] = []
    monkeypatch.setitem(events.SETS_ALONE, stem, lambda part, misses: scored.append((part, misses)))
    monkeypatch.setattr(sys, "argv", ["events.py", flag])
    assert events.main() == 0
    assert scored == [("tune", True)]
