"""Load a scorer from ``eval/`` (not a package) as a module, once per test session, for tests of the scorers."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[1] / "eval"


def eval_module(name: str) -> ModuleType:
    """The module ``eval/<name>.py``, registered in ``sys.modules`` under ``name`` (the first load wins)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


#: A TIMEX3 mark in our inline timex sets: [[extent|TYPE|value]] or [[extent|TYPE|value|MOD]].
TIMEX_MARK = re.compile(r"\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def timex_set_rows(path: Path) -> list[tuple[str, str, list[tuple[str, str, str, str]]]]:
    """The data rows of an inline timex set (``DCT<TAB>text``, comments and blank lines skipped) as (dct, text,
    marks), each mark (extent, type, value, mod); asserts two fields per row and no "[[" left outside a mark."""
    rows = []
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        dct, text = line.rstrip("\n").split("\t")
        assert "[[" not in TIMEX_MARK.sub("", text), line
        rows.append((dct, text, TIMEX_MARK.findall(text)))
    return rows


def check_timex_blind_set(set_attr: str, flag: str, min_rows: int) -> None:
    """A blind timex set of ``eval/tempeval3.py`` (its path ``te3.<set_attr>``) parses with well-formed gold, its
    ``flag`` scores the tune part only, and asking for the measure part's errors is refused."""
    import contextlib
    import io
    from datetime import date

    te3 = eval_module("tempeval3")
    path = getattr(te3, set_attr)
    rows = [p for line in path.read_text(encoding="utf-8").splitlines() if (p := te3.parse_blind_line(line)) is not None]
    assert len(rows) >= min_rows
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        assert all(g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text for g in gold)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main([flag]) == 0
    assert f"{path.name}, tune part" in out.getvalue() and "measure" not in out.getvalue()
    try:
        te3.run_blind(path, list_errors=True, part="measure")
    except ValueError:
        return
    raise AssertionError("the measure part's errors were listed")
