"""A store file left empty by a first ingest killed before DuckDB wrote the file's header.

DuckDB creates the file, locks it and then writes its header; a process killed between the first and the last step
leaves a zero-byte file that DuckDB refuses to open ("not a valid DuckDB database file"), so every later ingest
would fail although the file holds nothing. Such a file, when no process holds its lock, is removed so that the
next writer creates the store afresh. Nothing is lost: a committed batch always leaves a header and data.
"""

from __future__ import annotations

from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: DuckDB's own locks cannot be tested, so an empty file is left to the user
    fcntl = None  # type: ignore[assignment]


def is_empty_file(path: str | Path) -> bool:
    """True when ``path`` is an existing zero-byte file."""
    try:
        return Path(path).stat().st_size == 0
    except OSError:
        return False


def remove_abandoned(path: str | Path) -> bool:
    """Remove the zero-byte store file ``path`` (and an empty write-ahead log beside it) when no process holds
    it; True when it was removed. A file being created right now is locked by its creator and is left alone."""
    p = Path(path)
    wal = Path(f"{p}.wal")
    if fcntl is None or not is_empty_file(p) or (wal.exists() and not is_empty_file(wal)):
        return False
    try:
        with open(p, "rb+") as fh:
            try:
                fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the same record lock DuckDB takes
            except OSError:
                return False  # its creator is alive and writing it
            if not is_empty_file(p):
                return False
            p.unlink()
            wal.unlink(missing_ok=True)
            return True
    except OSError:
        return False
