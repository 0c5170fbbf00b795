"""Reading the word tables under ``src/chronicler/data/``: CSV files whose lines starting with "#" are comments and
whose first other line is a header."""

from __future__ import annotations

import csv
from pathlib import Path


def data_rows(path: Path) -> list[list[str]]:
    """The non-empty rows of the data CSV at ``path`` after its header row, comment lines skipped."""
    with path.open(encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows, None)
        return [r for r in rows if r]
