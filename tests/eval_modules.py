"""Load a scorer from ``eval/`` (not a package) as a module, once per test session, for tests of the scorers."""

from __future__ import annotations

import importlib.util
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
