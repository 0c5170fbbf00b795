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
from typing import BinaryIO

import ftfy

from chronicler.ingest.decoding import decode, detect_format
from chronicler.ingest.html import extract_html
from chronicler.model import IngestError

# Mojibake repair only: curly quotes, line breaks, ligatures and widths are left as written, so the repaired
# text differs from the decoded bytes only where the bytes were mis-decoded.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, fix_latin_ligatures=False,
                             fix_character_width=False, normalization=None, explain=False)

#: Inside a folder, only files with these endings are read (a file named explicitly is always read).
REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".gz"}


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
    """The records of one file, or the error that stops it (empty, too large, binary, undecodable...).

    JSONL is streamed line by line (memory bounded by the longest line; ``max_bytes`` then limits each line,
    not the file); every other format is read whole, up to ``max_bytes``.
    """
    src = printable_path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield IngestError(src, "empty file (0 bytes)")
            return
        fh = open(path, "rb")
    except OSError as exc:
        yield IngestError(src, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        try:
            if _starts_like_jsonl(fh, min(max_bytes, _SNIFF_BYTES)):
                fh.seek(0)
                yield from _jsonl_stream(src, fh, max_bytes, max_doc_chars)
                return
            if size > max_bytes:
                yield IngestError(src, f"file too large: {size:,} bytes, limit {max_bytes:,} (raise [ingest] max_bytes)")
                return
            fh.seek(0)
            data = fh.read()
        except OSError as exc:
            yield IngestError(src, f"cannot read file: {exc.strerror or exc}")
            return
    yield from read_bytes(src, data, max_doc_chars=max_doc_chars)


def read_bytes(source: str, data: bytes, max_bytes: int | None = None,
               max_doc_chars: int = MAX_DOC_CHARS) -> Iterator[RawRecord | IngestError]:
    """Records from the bytes of one input, its format detected by content (the name only breaks ties).

    UTF-8 JSONL is read line by line exactly as :func:`read_file` streams it; any other input larger than
    ``max_bytes`` (when given) is refused. Mojibake ("Ministerâ€™s") is repaired at decode time (ftfy), so
    ``Document.text`` is the repaired text and every offset points into it; a record whose text was repaired
    carries ``meta["repaired"] = "mojibake"``.
    """
    if data and _starts_like_jsonl(io.BytesIO(data), min(max_bytes or len(data), _SNIFF_BYTES)):
        yield from _jsonl_stream(source, io.BytesIO(data), max_bytes or len(data), max_doc_chars)
        return
    if max_bytes is not None and len(data) > max_bytes:
        yield IngestError(source, f"file too large: {len(data):,} bytes, limit {max_bytes:,} (raise [ingest] max_bytes)")
        return
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
        # Records end at "\n" only: U+2028, U+0085 and the like are legal inside JSON strings.
        records: Iterable[RawRecord | IngestError] = _jsonl_records(source, enumerate(text.split("\n"), start=1))
    elif fmt == "html":
        records = [_too_long(source, "HTML page", len(text), max_doc_chars) or _html_record(source, text)]
    else:
        records = [_too_long(source, "document", len(text), max_doc_chars)
                   or RawRecord(source, text, "text", _text_meta(text))]
    for r in records:
        yield _finish(r, max_doc_chars)


def _finish(r: RawRecord | IngestError, max_doc_chars: int) -> RawRecord | IngestError:
    """A record checked for length, mojibake repaired; an error if nothing is left of its text."""
    if isinstance(r, IngestError):
        return r
    r = _too_long(r.source, "document", len(r.text), max_doc_chars) or repair(r)
    if isinstance(r, RawRecord) and not r.text.strip():
        return IngestError(r.source, "no text left once control characters and mis-encodings were repaired")
    return r


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


#: How much of a file's first line is read to tell JSONL (streamed) from other formats (read whole).
_SNIFF_BYTES = 4 * 1024 * 1024


def _starts_like_jsonl(fh: BinaryIO, max_bytes: int) -> bool:
    """True when the first non-blank line of a binary stream is a UTF-8 JSON object (at most ``max_bytes``)."""
    for _, line in _byte_lines(fh, max_bytes):
        if line is None:
            return False
        if line.strip():
            line = line.removeprefix(b"\xef\xbb\xbf").strip()
            if not line.startswith(b"{"):
                return False
            try:
                return isinstance(json.loads(line), dict)
            except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
                return False
    return False


def _byte_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary stream without their line end; None for a line longer than ``max_bytes``."""
    lineno = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the overlong line
                line = fh.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, line.rstrip(b"\r\n")


def _jsonl_stream(source: str, fh: BinaryIO, max_bytes: int,
                  max_doc_chars: int = MAX_DOC_CHARS) -> Iterator[RawRecord | IngestError]:
    def lines() -> Iterator[tuple[int, str | IngestError]]:
        for lineno, raw in _byte_lines(fh, max_bytes):
            if raw is None:
                yield lineno, IngestError(f"{source}#L{lineno}", f"JSON line too large: over {max_bytes:,} bytes")
                continue
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield lineno, IngestError(f"{source}#L{lineno}", f"undecodable: not valid UTF-8 at byte {exc.start} "
                                                                 f"of the line ({exc.reason})")

    for r in _jsonl_records(source, lines()):
        yield _finish(r, max_doc_chars)


def _jsonl_records(source: str, lines: Iterable[tuple[int, str | IngestError]]) -> Iterator[RawRecord | IngestError]:
    for lineno, line in lines:
        if isinstance(line, IngestError):
            yield line
            continue
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
