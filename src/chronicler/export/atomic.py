"""Writing an export atomically: a temp file in the target's folder, renamed over the target when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class ExportError(Exception):
    """An export that cannot be written (bad path, unwritable folder, unknown format)."""


@contextlib.contextmanager
def atomic_path(out: str | Path) -> Iterator[Path]:
    """Yield a temp path next to ``out``; on success it replaces ``out``, on failure it is removed.

    Raises ExportError naming ``out`` when its folder is missing or not writable, so no partial file is left.
    """
    out = Path(out)
    parent = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name to export to")
    if not parent.is_dir():
        raise ExportError(f"{out}: cannot write: folder {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, out)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
