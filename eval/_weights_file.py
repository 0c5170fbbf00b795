"""The command line shared by the trainers of shipped weights files (``train_event_types.py``,
``train_actor_sectors.py``): without ``--write`` check that the shipped file is what the trainer builds (exit 1 if
it differs); with it, write the file."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path


def check_or_write(target: Path, build: Callable[[], str]) -> int:
    """Build the weights file's text, then compare it with ``target`` or (``--write``) write it; the exit code."""
    t0 = time.perf_counter()
    text = build()
    if "--write" not in sys.argv:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        print(f"{target.name}: {'identical' if same else 'DIFFERS'} ({time.perf_counter() - t0:.1f} s)")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.splitlines())} lines, {time.perf_counter() - t0:.1f} s)")
    return 0
