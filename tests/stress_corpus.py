"""A hostile corpus generated on the fly: binary, empty, huge, mis-encoded, HTML bombs, broken JSONL, odd names.

``write_stress_corpus(folder)`` writes every file and returns ``{file name: expectation}`` where the expectation
is ``"stored"`` (must end as a stored document) or ``"error"`` (must end as an error row with a reason), or
``"either"`` when both outcomes are acceptable (the point is that the batch survives).
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

PARA = ("Officials from the two governments met in Tokyo on Tuesday and agreed to keep talking about the base, "
        "a spokesman said after the meeting, adding that a further round was planned for next month. ")
STORY = (PARA * 3 + "\n\n") * 4

#: The 50 MB file: plain text paragraphs, under the default [ingest] max_bytes (52,428,800) but over
#: [ingest] max_doc_chars (3,000,000): refused by length, without being cleaned or parsed.
BIG_BYTES = 50_000_000


def _story(n: int) -> str:
    return f"TOKYO — Report {n} of the stress corpus.\n\n" + STORY


def write_stress_corpus(folder: Path, big: bool = True) -> dict[str, str]:
    """Write the stress files into ``folder``; see the module docstring for the returned expectations."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1234)
    files: dict[str, tuple[bytes, str]] = {
        "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(200_000)), "error"),
        "zero.txt": (b"", "error"),
        "blank.txt": (b" \n\t\r\n   \n", "error"),
        "utf16le_bom.txt": (_story(1).encode("utf-16"), "stored"),
        "utf16be_bom.txt": ("\ufeff".encode("utf-16-be") + _story(2).encode("utf-16-be"), "stored"),
        "utf16le_nobom.txt": (_story(3).encode("utf-16-le"), "stored"),
        "utf8_bom.txt": (b"\xef\xbb\xbf" + _story(4).encode(), "stored"),
        "invalid_utf8.txt": (_story(5).encode() + b"\xc3\x28\xa0\xa1 trailing", "error"),
        "latin1.txt": (_story(6).replace("Tokyo", "Tōkyō café").encode("latin-1", "replace"), "error"),
        "mixed_encodings.txt": (_story(7).encode() + "café".encode("cp1252") + _story(8).encode("utf-16"), "error"),
        "controls.txt": (("\x1b[1m" + _story(9) + "\x07\x08\x0b\x0c\x7f" * 3).encode(), "stored"),
        "late_nul.txt": ((_story(16) * 4 + "\x00 a NUL after the first 8 KB").encode(), "stored"),
        # 150 KB on one line: over the parser's [stages.nlp] max_chars (100,000), so it is cut for parsing.
        "huge_line.txt": (("TOKYO — " + "officials met and talked, " * 6_000).encode(), "stored"),
        "too_long.txt": (("word " * 700_000).encode(), "error"),  # 3.5 M characters: over max_doc_chars
        "nested_divs.html": (("<html><body>" + "<div>" * 100_000 + "<p>" + STORY + "</p>" + "</div>" * 100_000
                              + "</body></html>").encode(), "either"),
        "unclosed_tags.html": (("<html><body>" + "<div><p><b><i>" * 50_000 + STORY).encode(), "either"),
        "entity_bomb.html": (_entity_bomb().encode(), "either"),
        "entity_flood.html": (("<html><body><article><p>" + "&amp;&#x1F600;&lt;" * 200_000 + "</p><p>" + STORY
                               + "</p></article></body></html>").encode(), "either"),
        "broken.html": (("<html><head><title>Broken<body><p>" + STORY + "<p><<<>>></div></span><script>x="
                         + "<" * 10_000).encode(), "either"),
        "deep.jsonl": (b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "error"),
        "surrogates.jsonl": ((json.dumps({"id": "s1", "text": _story(10) + "\ud800 lone", "title": "\udfff"})
                              + "\n").encode(), "stored"),
        "line_separators.jsonl": ((json.dumps({"id": "ls", "text": _story(11) + "\u2028end\u2029"},
                                              ensure_ascii=False) + "\n").encode(), "stored"),
        "bad_lines.jsonl": (("\n".join([json.dumps({"id": "ok", "text": _story(12)}), "{broken", "[1, 2]", "null",
                                        json.dumps({"id": "n", "text": 5}), json.dumps({"id": "big", "text": _story(13),
                                        "published": "99999-99-99"})]) + "\n").encode(), "either"),
        "html_bom_utf16.html": (("<html><body><article>" + "".join(f"<p>{PARA}</p>" for _ in range(5))
                                 + "</article></body></html>").encode("utf-16"), "either"),
        "weird name \u202e\u0000x.txt".replace("\u0000", ""): (_story(14).encode(), "stored"),
    }
    if big:
        files["big_50mb.txt"] = (b"", "error")  # written below without holding 50 MB twice
    expect = {}
    for name, (data, outcome) in files.items():
        if name == "big_50mb.txt":
            _write_big(folder / name)
        else:
            (folder / name).write_bytes(data)
        expect[name] = outcome
    # A file name that is not valid UTF-8 (allowed on Linux): the source must still be stored and shown.
    raw_name = os.fsencode(folder) + b"/latin1_name_caf\xe9.txt"
    with open(raw_name, "wb") as fh:
        fh.write(_story(15).encode())
    expect[os.fsdecode(raw_name).rsplit("/", 1)[1]] = "stored"
    return expect


def _entity_bomb() -> str:
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE html [{ents}]><html><body><article><p>&a9;</p>'
            + "".join(f"<p>{PARA}</p>" for _ in range(5)) + "</article></body></html>")


def _write_big(path: Path) -> None:
    chunk = (_story(99) + "\n").encode()
    with open(path, "wb") as fh:
        written = 0
        n = 0
        while written < BIG_BYTES:
            piece = chunk.replace(b"Report 99", f"Part {n:07d}".encode())
            piece = piece[: BIG_BYTES - written]
            fh.write(piece)
            written += len(piece)
            n += 1
