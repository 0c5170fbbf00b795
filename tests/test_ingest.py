"""Reading inputs: format detection, decoding, bad files, given metadata, idempotent document ids."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chronicler.ingest.run import given_date, make_document
from chronicler.ingest.sources import RawRecord, content_id, decode, expand_paths, read_bytes, read_file
from chronicler.model import IngestError


def records(source: str, data: bytes):
    return list(read_bytes(source, data))


def test_plain_text():
    (rec,) = records("a.txt", "Tokyo: Hamada met Gates.\n".encode())
    assert isinstance(rec, RawRecord) and rec.format == "text" and rec.text.startswith("Tokyo")


def test_utf16_with_bom_is_decoded():
    (rec,) = records("u.txt", "TOKYO — “Quoted” text.".encode("utf-16"))
    assert isinstance(rec, RawRecord) and "“Quoted”" in rec.text


def test_binary_and_invalid_utf8_are_errors_with_reasons():
    (err,) = records("b.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert isinstance(err, IngestError) and "binary" in err.reason
    (err,) = records("c.txt", b"caf\xe9 au lait " * 10)
    assert isinstance(err, IngestError) and "UTF-8" in err.reason


def test_whitespace_only_is_an_error():
    (err,) = records("w.txt", b"  \n\n\t ")
    assert isinstance(err, IngestError) and "white space" in err.reason


def test_jsonl_lines_bad_lines_reported_individually():
    lines = [json.dumps({"id": "a", "published": "2009-04-24", "url": "http://x/a", "title": "A", "text": "One."}),
             "{not json",
             json.dumps({"id": "c", "text": ""}),
             json.dumps({"text": "Three."})]
    out = records("feed.jsonl", "\n".join(lines).encode())
    ok = [r for r in out if isinstance(r, RawRecord)]
    bad = [r for r in out if isinstance(r, IngestError)]
    assert [r.source for r in ok] == ["feed.jsonl#a", "feed.jsonl#L4"]
    assert ok[0].meta == {"id": "a", "published": "2009-04-24", "url": "http://x/a", "title": "A"}
    assert [b.source for b in bad] == ["feed.jsonl#L2", "feed.jsonl#L3"]


def test_html_is_detected_by_content_and_meta_read():
    html = ("<html><head><title>Allies meet</title><meta property='article:published_time' content='2006-05-01T10:00Z'>"
            "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
            + "".join(f"<p>Paragraph {i} of the story about the alliance and its long history of talks.</p>" for i in range(6))
            + "</article><footer>Copyright 2006</footer></body></html>")
    (rec,) = records("page.dat", html.encode())
    assert rec.format == "html" and "Paragraph 3" in rec.text and "Home" not in rec.text
    assert rec.meta["title"] == "Allies meet" and rec.meta["published"].startswith("2006-05-01")
    doc = make_document(rec)
    assert doc.published.best == date(2006, 5, 1) and doc.published.evidence[0].kind == "metadata"


def test_html_without_main_text_is_an_error():
    (err,) = records("empty.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    assert isinstance(err, IngestError) and "no main text" in err.reason


def test_huge_and_empty_files(tmp_path: Path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # 100 MB, sparse: refused on its size before being read
    (err,) = read_file(big, max_bytes=50 * 1024 * 1024)
    assert "too large" in err.reason and err.source == str(big)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    (err,) = read_file(empty, max_bytes=100)
    assert "empty" in err.reason


def test_expand_paths_folders_globs_and_missing(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "notes.md").write_text("not a report")
    (tmp_path / "a" / ".hidden").write_text("h")
    (tmp_path / "y.html").write_text("y")
    files, errors = expand_paths([tmp_path, str(tmp_path / "*.html"), tmp_path / "nope.txt"])
    assert [f.name for f in files] == ["x.txt", "y.html"]
    assert len(errors) == 1 and "no such file" in errors[0].reason


def test_given_date_formats():
    assert given_date("2009-04-24T09:30:00+09:00", "x").best == date(2009, 4, 24)
    assert given_date("April 24, 2009", "x").best == date(2009, 4, 24)
    assert given_date("May 45", "x") is None
    assert given_date(None, "x") is None


@given(st.text(min_size=1, max_size=200))
def test_content_id_ignores_case_and_spacing(text):
    assert content_id(text) == content_id("  " + text.upper().replace(" ", "  ") + "\n") or text.upper().lower() != text.lower()


@given(st.binary(max_size=500))
def test_decode_never_raises(data):
    text, reason = decode(data)
    assert (text is None) == bool(reason)
