"""Roles of session 20 (issue 7), read over the real actors stage, and the blind role set s20: an
international body named before a hyphenated title. Sentences of our own, not of any
check set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import alias
from test_event_roles_s13 import main_roles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_roles_blind_s20.tsv"
pipe = alias("actors_pipe")


def test_the_role_set_splits_by_row_number():
    """151 rows of six columns, every one an act; row i with i % 3 == 2 is measure (50 rows), the rest tune."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 151 and all(r[1] != "-" for r in rows)
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 50 and len(_unlisted_s16.read_rows(SET, "tune")) == 101


def test_the_role_set_is_scored_alone_by_its_flags():
    """``eval/events.py --roles-s20[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "roles-s20" in events.SETS_ALONE
    assert {"--roles-s20", "--roles-s20-errors", "--roles-s20-measure"} <= set(events.FLAGS)


@pytest.mark.parametrize("text, want", [
    ("The WHO director-general urged China to share data on the outbreak.", ("REQUEST", "IGO", "CHN")),
    ("The NATO deputy secretary-general urged Serbia to pull back its troops.", ("REQUEST", "IGO", "SRB")),
])
def test_a_body_named_before_a_split_title_is_the_actor(pipe, text, want):
    assert main_roles(pipe, text) == want
