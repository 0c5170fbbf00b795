"""Shared fixtures: paths to the repository's example corpus and to ../shared (development data, may be absent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "alliance"
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples" / "news"


def run_cli(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real ``chronicler`` command line in a subprocess and capture its output."""
    proc = subprocess.run([sys.executable, "-m", "chronicler", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=900)
    if check and proc.returncode != 0:
        raise AssertionError(f"chronicler {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"{SAMPLES} not present (development data)")
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present (development data)")
    return SHARED
