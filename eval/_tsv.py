"""Reading our tab-separated check sets: rows of a fixed number of fields, and the fixed tune/measure split by row."""

from __future__ import annotations

from pathlib import Path


def read_rows(path: Path, columns: int) -> list[tuple[str, ...]]:
    """The data rows of a check set (blank lines and # comments skipped), each of exactly ``columns`` fields;
    a row with another count raises ValueError naming the file and the line."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fields = tuple(line.split("\t"))
            if len(fields) != columns:
                raise ValueError(f"{path.name}: {len(fields)} fields where {columns} are expected: {line!r}")
            rows.append(fields)
    return rows


def row_part(index: int) -> str:
    """The fixed split of the sets split by data-row number (from 0, file order): every third row
    (``index % 3 == 2``) is "measure", the others "tune"."""
    return "measure" if index % 3 == 2 else "tune"
