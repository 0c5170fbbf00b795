"""Reading input files into raw records: path expansion, size and content checks, decoding, format detection.

Every file ends either as one or more :class:`RawRecord` (text plus given metadata) or as an
:class:`~chronicler.model.IngestError` naming the file and the reason; nothing raises for bad input.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ftfy

from chronicler.ingest.html import extract_html
from chronicler.model import IngestError

# Mojibake repair only: curly quotes, line breaks, ligatures and widths are left as written, so the repaired
# text differs from the decoded bytes only where the bytes were mis-decoded.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, fix_latin_ligatures=False,
                             fix_character_width=False, normalization=None, explain=False)

#: Inside a folder, only files with these endings are read (a file named explicitly is always read).
REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".gz"}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


@dataclass(frozen=True)
class RawRecord:
    """A decoded report before cleaning: its text and whatever metadata the container gave."""

    source: str
    text: str
    format: str  # text | html | jsonl | warc
    meta: dict[str, str] = field(default_factory=dict)


_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable_path(path: str | Path) -> str:
    """A file name as storable text: bytes that are not UTF-8 (allowed in POSIX names) shown as ``\\xNN``."""
    name = str(path)
    if not _SURROGATE.search(name):
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return _SURROGATE.sub("\ufffd", name)


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (from JSON ``\\ud800`` escapes; not encodable as UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestError]]:
    """Files named by ``paths`` (files, folders searched recursively for report files, globs), each once."""
    found: list[Path] = []
    errors: list[IngestError] = []
    for p in paths:
        p = str(p)
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        if not matches:
            errors.append(IngestError(printable_path(p), "no file matches this pattern"))
        for m in matches:
            path = Path(m)
            if path.is_dir():
                found.extend(sorted(f for f in path.rglob("*") if f.is_file() and not _hidden(f, path)
                                  and f.suffix.lower() in REPORT_SUFFIXES))
            elif path.is_file():
                found.append(path)
            else:
                errors.append(IngestError(printable_path(m), "no such file or directory"))
    unique = list(dict.fromkeys(found))
    return unique, errors


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


#: Longest document (or HTML page source) accepted, in characters. News reports are far shorter; beyond this,
#: mojibake repair, HTML extraction and shingling cost seconds per megabyte, so a larger one is refused.
MAX_DOC_CHARS = 3_000_000


def read_file(path: Path, max_bytes: int, max_doc_chars: int = MAX_DOC_CHARS) -> Iterator[RawRecord | IngestError]:
    """The records of one file, or the error that stops it (empty, too large, binary, undecodable...)."""
    src = printable_path(path)
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
    yield from read_bytes(src, data, max_doc_chars)


def read_bytes(source: str, data: bytes, max_doc_chars: int = MAX_DOC_CHARS) -> Iterator[RawRecord | IngestError]:
    """Records from the bytes of one input, its format detected by content (the name only breaks ties).

    Mojibake ("Ministerâ€™s") is repaired at decode time (ftfy), so ``Document.text`` is the repaired text and
    every offset points into it; a record whose text was repaired carries ``meta["repaired"] = "mojibake"``.
    """
    if is_warc(data):
        yield from warc_records(source, data)
        return
    text, problem = decode(data)
    if text is None:
        yield IngestError(source, problem)
        return
    if not text.strip():
        yield IngestError(source, "no text: the file holds only white space")
        return
    fmt = detect_format(source, data, text)
    if fmt == "jsonl":
        records: Iterable[RawRecord | IngestError] = _jsonl_records(source, text)
    elif fmt == "html":
        records = [_too_long(source, "HTML page", len(text), max_doc_chars) or _html_record(source, text)]
    else:
        records = [_too_long(source, "document", len(text), max_doc_chars)
                   or RawRecord(source, text, "text", _text_meta(text))]
    for r in records:
        if isinstance(r, RawRecord):
            r = _too_long(r.source, "document", len(r.text), max_doc_chars) or repair(r)
            if isinstance(r, RawRecord) and not r.text.strip():
                r = IngestError(r.source, "no text left once control characters and mis-encodings were repaired")
        yield r


def _too_long(source: str, what: str, n: int, limit: int) -> IngestError | None:
    if n <= limit:
        return None
    return IngestError(source, f"{what} too long: {n:,} characters, limit {limit:,} (raise [ingest] max_doc_chars)")


def repair(record: RawRecord) -> RawRecord:
    """The record with mojibake in its text repaired (and marked in its metadata), or itself when clean."""
    fixed = ftfy.fix_text(record.text, _FTFY)
    if fixed == record.text:
        return record
    return RawRecord(record.source, fixed, record.format, {**record.meta, "repaired": "mojibake"})


_TITLE_LINE = re.compile(r"^[^\n]{8,150}$")


def _text_meta(text: str) -> dict[str, str]:
    """A title for a plain-text report when evident: a first line set apart by a blank line, not a sentence."""
    parts = text.lstrip().split("\n", 2)
    if len(parts) >= 2 and parts[1].strip() == "" and _TITLE_LINE.match(parts[0].strip()):
        first = parts[0].strip()
        if not first.endswith((".", ",", ":")) and len(first.split()) >= 3 and first[:1].isupper():
            return {"title": first}
    return {}


def is_warc(data: bytes) -> bool:
    """True for a WARC file (plain or gzip-compressed), judged by content."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                return gz.read(5) == b"WARC/"
        except (OSError, EOFError):
            return False
    return False


def warc_records(source: str, data: bytes) -> Iterator[RawRecord | IngestError]:
    """The HTML and text responses of a WARC file; a broken record is an error, the rest go on."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    yielded = False
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            if record.rec_type not in {"response", "resource"}:
                continue
            n += 1
            where = f"{source}#record{n}"
            try:
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                crawled = record.rec_headers.get_header("WARC-Date") or ""
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else
                         record.rec_headers.get_header("Content-Type")) or ""
                payload = record.content_stream().read()
            except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged records
                yield IngestError(where, f"broken WARC record: {type(exc).__name__}: {exc}")
                continue
            if ctype and not any(t in ctype.lower() for t in ("html", "text/plain", "xhtml")):
                continue
            for r in read_bytes(where, payload):
                if isinstance(r, RawRecord):
                    meta = {**r.meta, "crawled": crawled[:10]} if crawled else dict(r.meta)
                    if uri:
                        meta.setdefault("url", uri)
                    yielded = True
                    yield RawRecord(f"{source}#{uri}" if uri else where, r.text, "warc", meta)
                else:
                    yielded = True
                    yield IngestError(where, r.reason)
    except Exception as exc:  # noqa: BLE001 - a truncated or corrupt archive ends here, earlier records kept
        yielded = True
        yield IngestError(f"{source}#record{n + 1}", f"broken WARC file after {n} records: {type(exc).__name__}: {exc}")
    if not yielded:
        yield IngestError(source, f"WARC file with no readable HTML or text response ({n} records read; "
                                  "truncated or damaged?)")


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of ``data`` (UTF-8, or UTF-16/UTF-8 with a byte-order mark), or None and the reason."""
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                return None, f"undecodable {encoding.upper()} at byte {exc.start}"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:8192]
    if b"\x00" in head:
        encoding = _bomless_utf16(head)
        if encoding is None:
            return None, "binary content (NUL bytes), not a text report"
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError as exc:
            return None, f"undecodable {encoding.upper()} (no byte-order mark) at byte {exc.start}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        controls = sum(1 for b in head if b < 9 or 13 < b < 32)
        if controls > len(head) // 20:
            return None, "binary content (control bytes), not a text report"
        return None, f"undecodable: not valid UTF-8 at byte {exc.start} ({exc.reason})"
    return _checked(text)


def _checked(text: str) -> tuple[str | None, str]:
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > len(text[:8192]) // 20:
        return None, "binary content (control characters), not a text report"
    return text, ""


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit in every other position (mostly-Latin text without a BOM)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 16:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def detect_format(source: str, data: bytes, text: str) -> str:
    """``jsonl``, ``html`` or ``text``, judged from the content first and the file name second."""
    stripped = text.lstrip()
    suffix = Path(source).suffix.lower()
    if stripped.startswith("{") and (suffix in {".jsonl", ".ndjson"} or _looks_like_jsonl(stripped)):
        return "jsonl"
    if _HTML_START.match(data[:2048]) or (suffix in {".html", ".htm", ".xhtml"} and "<" in stripped[:200]):
        return "html"
    return "text"


def _looks_like_jsonl(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return False


def _jsonl_records(source: str, text: str) -> Iterator[RawRecord | IngestError]:
    # Records end at "\n" only: U+2028, U+0085 and friends are legal inside JSON strings (str.splitlines splits on them).
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#L{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield IngestError(where, f"malformed JSON line: {exc}"[:300])
            continue
        except RecursionError:
            yield IngestError(where, "malformed JSON line: nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield IngestError(where, "JSON line is not an object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(where, "JSON line has no non-empty 'text' field")
            continue
        rid = obj.get("id")
        meta = {k: without_surrogates(str(obj[k])[:2000]) for k in ("url", "published", "title", "id")
                if obj.get(k) not in (None, "")}
        name = f"{source}#{without_surrogates(str(rid))[:200]}" if rid not in (None, "") else where
        yield RawRecord(name, without_surrogates(body), "jsonl", meta)


def _html_record(source: str, html: str) -> RawRecord | IngestError:
    extracted = extract_html(html)
    if extracted is None or not extracted.text.strip():
        return IngestError(source, "HTML page with no main text")
    return RawRecord(source, extracted.text, "html", extracted.meta)


def content_id(text: str) -> str:
    """The document id: a hash of the text, normalized (Unicode NFKC, case, white space) so trivial copies match."""
    # Same string as " ".join(s.split()) (\s and str.isspace agree on all code points) without a list of words.
    norm = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]
