"""Reading input files into raw records: path expansion, size and content checks, decoding, format detection.

Every file ends either as one or more :class:`RawRecord` (text plus given metadata) or as an
:class:`~chronicler.model.IngestError` naming the file and the reason; nothing raises for bad input.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chronicler.ingest.html import extract_html
from chronicler.model import IngestError

#: Inside a folder, only files with these endings are read (a file named explicitly is always read).
REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".gz"}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


@dataclass(frozen=True)
class RawRecord:
    """A decoded report before cleaning: its text and whatever metadata the container gave."""

    source: str
    text: str
    format: str  # text | html | jsonl
    meta: dict[str, str] = field(default_factory=dict)


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestError]]:
    """Files named by ``paths`` (files, folders searched recursively for report files, globs), each once."""
    found: list[Path] = []
    errors: list[IngestError] = []
    for p in paths:
        p = str(p)
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        if not matches:
            errors.append(IngestError(p, "no file matches this pattern"))
        for m in matches:
            path = Path(m)
            if path.is_dir():
                found.extend(sorted(f for f in path.rglob("*") if f.is_file() and not _hidden(f, path)
                                  and f.suffix.lower() in REPORT_SUFFIXES))
            elif path.is_file():
                found.append(path)
            else:
                errors.append(IngestError(m, "no such file or directory"))
    unique = list(dict.fromkeys(found))
    return unique, errors


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def read_file(path: Path, max_bytes: int) -> Iterator[RawRecord | IngestError]:
    """The records of one file, or the error that stops it (empty, too large, binary, undecodable...)."""
    src = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield IngestError(src, "empty file (0 bytes)")
            return
        if size > max_bytes:
            yield IngestError(src, f"file too large: {size:,} bytes, limit {max_bytes:,} (raise [ingest] max_bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(src, f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(src, data)


def read_bytes(source: str, data: bytes) -> Iterator[RawRecord | IngestError]:
    """Records from the bytes of one input, its format detected by content (the name only breaks ties)."""
    text, problem = decode(data)
    if text is None:
        yield IngestError(source, problem)
        return
    if not text.strip():
        yield IngestError(source, "no text: the file holds only white space")
        return
    fmt = detect_format(source, data, text)
    if fmt == "jsonl":
        yield from _jsonl_records(source, text)
    elif fmt == "html":
        yield _html_record(source, text)
    else:
        yield RawRecord(source, text, "text")


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of ``data`` (UTF-8, or UTF-16/UTF-8 with a byte-order mark), or None and the reason."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError as exc:
            return None, f"undecodable UTF-16 at byte {exc.start}"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:8192]
    if b"\x00" in head:
        return None, "binary content (NUL bytes), not a text report"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        controls = sum(1 for b in head if b < 9 or 13 < b < 32)
        if controls > len(head) // 20:
            return None, "binary content (control bytes), not a text report"
        return None, f"undecodable: not valid UTF-8 at byte {exc.start} ({exc.reason})"
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > len(text[:8192]) // 20:
        return None, "binary content (control characters), not a text report"
    return text, ""


def detect_format(source: str, data: bytes, text: str) -> str:
    """``jsonl``, ``html`` or ``text``, judged from the content first and the file name second."""
    stripped = text.lstrip()
    suffix = Path(source).suffix.lower()
    if stripped.startswith("{") and _looks_like_jsonl(stripped):
        return "jsonl"
    if _HTML_START.match(data[:2048]) or (suffix in {".html", ".htm", ".xhtml"} and "<" in stripped[:200]):
        return "html"
    return "text"


def _looks_like_jsonl(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _jsonl_records(source: str, text: str) -> Iterator[RawRecord | IngestError]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#L{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield IngestError(where, f"malformed JSON line: {exc}")
            continue
        if not isinstance(obj, dict):
            yield IngestError(where, "JSON line is not an object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(where, "JSON line has no non-empty 'text' field")
            continue
        rid = obj.get("id")
        meta = {k: str(obj[k]) for k in ("url", "published", "title", "id") if obj.get(k) not in (None, "")}
        yield RawRecord(f"{source}#{rid}" if rid not in (None, "") else where, body, "jsonl", meta)


def _html_record(source: str, html: str) -> RawRecord | IngestError:
    extracted = extract_html(html)
    if extracted is None or not extracted.text.strip():
        return IngestError(source, "HTML page with no main text")
    return RawRecord(source, extracted.text, "html", extracted.meta)


def content_id(text: str) -> str:
    """The document id: a hash of the text, normalized (Unicode NFKC, case, white space) so trivial copies match."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]
