"""Bytes to text: the encoding (UTF-8, UTF-16/32 with a byte-order mark, UTF-16 without one), binary content
refused with its reason, and the format of the text (JSONL, HTML or plain text). Used by :mod:`.sources`."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


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
