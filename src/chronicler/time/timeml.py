"""TempEval-3 TimeML in and out: read a ``.tml`` file's DCT, text and gold TIMEX3s; write our TIMEX3s back.

Only the inside of ``<TEXT>`` is ever changed: existing TIMEX3 tags there are dropped, other tags (EVENT ...)
are kept, and ours are inserted, so the file is byte-identical outside ``TEXT``. Plain-text offsets are
offsets into the TEXT content with every tag removed (entities such as ``&amp;`` are left as they are).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

from chronicler.model import Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)


class TimeMLError(ValueError):
    """A file that is not TempEval-3 TimeML (no TEXT element)."""


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 of a TimeML file, by plain-text offsets."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    """A parsed TimeML file: raw text, where TEXT's content lies, its plain text, the DCT and gold TIMEX3s."""

    name: str
    raw: str
    text_start: int  # raw offset of TEXT's content
    text_end: int
    plain: str
    plain_to_raw: tuple[int, ...]  # raw offset (within the TEXT content) of each plain character
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def read_tml(path: str | Path) -> TimeMLDoc:
    """Parse a TempEval-3 TimeML file (newlines kept exactly as in the file)."""
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    return parse_tml(raw, Path(path).name)


def parse_tml(raw: str, name: str = "") -> TimeMLDoc:
    """Parse TimeML text; raises :class:`TimeMLError` when it has no TEXT element."""
    m = _TEXT.search(raw)
    if m is None:
        raise TimeMLError(f"{name or 'input'}: no <TEXT> element")
    inner = m.group(1)
    plain: list[str] = []
    index: list[int] = []
    gold: list[GoldTimex] = []
    open_timex: list[tuple[dict[str, str], int]] = []
    pos = 0
    for t in _TAG.finditer(inner):
        for i in range(pos, t.start()):
            plain.append(inner[i])
            index.append(i)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if t.group(1):
            if open_timex:
                attrs, start = open_timex.pop()
                end = len(plain)
                gold.append(GoldTimex(attrs.get("tid", ""), start, end, "".join(plain[start:end]),
                                      attrs.get("type", ""), attrs.get("value", "")))
        elif not t.group(4):
            open_timex.append((dict(_ATTR.findall(t.group(3))), len(plain)))
    for i in range(pos, len(inner)):
        plain.append(inner[i])
        index.append(i)
    return TimeMLDoc(name, raw, m.start(1), m.end(1), "".join(plain), tuple(index), _dct_of(raw),
                     tuple(sorted(gold, key=lambda g: g.start)))


def _dct_of(raw: str) -> date | None:
    m = _DCT.search(raw)
    if m is None:
        return None
    vm = re.search(r'value="(\d{4})-?(\d{2})-?(\d{2})', m.group(1))
    if vm is None:
        return None
    try:
        return date(int(vm.group(1)), int(vm.group(2)), int(vm.group(3)))
    except ValueError:
        return None


def write_tml(doc: TimeMLDoc, timexes: list[Timex]) -> tuple[str, list[str]]:
    """The file with TEXT's TIMEX3s replaced by ``timexes``; also the warnings for timexes that were skipped.

    A timex whose span would cross another element's boundary (say half an EVENT) is skipped with a warning,
    so the output stays well-formed.
    """
    inner = doc.raw[doc.text_start:doc.text_end]
    # Drop the old TIMEX3 tags, remembering where every kept raw character goes.
    kept: list[str] = []
    new_pos = [0] * (len(inner) + 1)
    pos = 0
    for t in _TAG.finditer(inner):
        for i in range(pos, t.start()):
            new_pos[i] = len(kept)
            kept.append(inner[i])
        for i in range(t.start(), t.end()):
            new_pos[i] = len(kept)
        if t.group(2) != "TIMEX3":
            kept.append(t.group(0))
        pos = t.end()
    for i in range(pos, len(inner)):
        new_pos[i] = len(kept)
        kept.append(inner[i])
    new_pos[len(inner)] = len(kept)
    pieces = kept  # one element per raw character, or one whole kept tag
    inserts: dict[int, list[str]] = {}
    warnings: list[str] = []
    used: list[tuple[int, int]] = []
    for k, tx in enumerate(sorted(timexes, key=lambda x: x.start)):
        if not (0 <= tx.start < tx.end <= len(doc.plain)):
            continue
        a = new_pos[doc.plain_to_raw[tx.start]]
        b = new_pos[doc.plain_to_raw[tx.end - 1]] + 1
        if any(a < u2 and u1 < b for u1, u2 in used) or not _balanced(pieces[a:b]):
            warnings.append(f"{doc.name}: timex {tx.text!r} at {tx.start} crosses a tag; skipped")
            continue
        used.append((a, b))
        attrs = f"tid={quoteattr(tx.tid or f't{k + 1}')} type={quoteattr(tx.type)} value={quoteattr(tx.value)}"
        if tx.mod:
            attrs += f" mod={quoteattr(tx.mod)}"
        inserts.setdefault(a, []).append(f"<TIMEX3 {attrs}>")
        inserts.setdefault(b, []).insert(0, "</TIMEX3>")
    out: list[str] = []
    for i, piece in enumerate(pieces):
        # closing tags first, then opening ones, at a shared position
        for s in inserts.get(i, ()):
            if s.startswith("</"):
                out.append(s)
        for s in inserts.get(i, ()):
            if not s.startswith("</"):
                out.append(s)
        out.append(piece)
    out.extend(inserts.get(len(pieces), ()))
    return doc.raw[:doc.text_start] + "".join(out) + doc.raw[doc.text_end:], warnings


def _balanced(pieces: list[str]) -> bool:
    depth = 0
    for p in pieces:
        if len(p) > 1 and p.startswith("<"):
            if p.startswith("</"):
                depth -= 1
                if depth < 0:
                    return False
            elif not p.endswith("/>"):
                depth += 1
    return depth == 0
