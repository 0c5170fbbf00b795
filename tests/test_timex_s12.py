"""Session 12 (issue 5): the wire blind set (eval/data/timex_blind_wire.tsv) and the scorer flags that keep its
measure part, and timex_blind_measure.tsv, out of tune runs."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------ the wire blind set

def _tempeval3():
    spec = importlib.util.spec_from_file_location("tempeval3", ROOT / "eval" / "tempeval3.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("tempeval3", mod)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_wire_set_splits_every_third_row_to_measure():
    te3 = _tempeval3()
    assert [te3.wire_part(i) for i in range(6)] == ["tune", "tune", "measure", "tune", "tune", "measure"]
    rows = [p for line in te3.WIRE.read_text(encoding="utf-8").splitlines()
            if (p := te3.parse_blind_line(line)) is not None]
    assert len(rows) >= 120
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        assert all(g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text for g in gold)


def test_wire_tune_flag_prints_no_measure_figures():
    te3 = _tempeval3()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--wire", "--wire-half", "tune"]) == 0
        assert te3.main(["--blind", "--blind-half", "tune"]) == 0
    text = out.getvalue()
    assert "timex_blind_wire.tsv, tune part" in text and "timex_blind.tsv" in text
    assert "measure" not in text
