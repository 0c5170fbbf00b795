"""Session 20 (issue 5): the blind set of relative values in wire-agency text
(eval/data/timex_relative_blind_s20.tsv) and its flag ``eval/tempeval3.py --relative-s20``."""

from __future__ import annotations

import contextlib
import io
import re
from datetime import date

import pytest
from eval_modules import eval_module

from chronicler.time.normalize import valid_value

_MODS = (None, "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "START", "MID", "END")


def _rows() -> list[tuple[str, str, list]]:
    te3 = eval_module("tempeval3")
    path = te3.ROOT / "eval" / "data" / "timex_relative_blind_s20.tsv"
    return [p for line in path.read_text(encoding="utf-8").splitlines() if (p := te3.parse_blind_line(line))]


def test_s20_set_is_well_formed_and_split_by_row_number():
    rows = _rows()
    assert len(rows) >= 150
    for dct, plain, gold in rows:
        assert 1989 <= date.fromisoformat(dct).year <= 2024
        for g in gold:
            assert plain[g.start:g.end] == g.text and g.type in ("DATE", "TIME", "DURATION", "SET")
            assert valid_value(g.value) and g.mod in _MODS
    te3 = eval_module("tempeval3")
    path = te3.ROOT / "eval" / "data" / "timex_relative_blind_s20.tsv"
    tune, measure = list(te3.blind_rows(path, "tune")), list(te3.blind_rows(path, "measure"))
    assert len(tune) + len(measure) == len(rows) and len(measure) == len(rows) // 3


def test_s20_week_values_are_iso_weeks_of_their_dct():
    """The set's "last/this/next week" values are the ISO weeks before, of and after the DCT's (its header)."""
    step = {"last week": -1, "this week": 0, "next week": 1}
    seen = 0
    for dct, _plain, gold in _rows():
        d = date.fromisoformat(dct)
        for g in gold:
            if g.text.lower() in step:
                y, w, _ = date.fromordinal(d.toordinal() + 7 * step[g.text.lower()]).isocalendar()
                assert g.value == f"{y:04d}-W{w:02d}"
                seen += 1
    assert seen >= 10


def test_s20_flag_scores_the_tune_part_and_never_lists_the_measure_part():
    te3 = eval_module("tempeval3")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--relative-s20"]) == 0
    text = out.getvalue()
    assert "timex_relative_blind_s20.tsv, tune part" in text and "measure" not in text
    assert re.search(r"value\s+F1\s+\d", text) and "mod" in text
    kinds = eval_module("_kinds_s19")
    with pytest.raises(ValueError):
        kinds.run_kinds("measure", list_errors=True, path=te3.ROOT / "eval" / "data" / "timex_relative_blind_s20.tsv")
