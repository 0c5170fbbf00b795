"""WARC input detected by content, mojibake repair at decode time, plain-text titles, crawl time as evidence."""

from __future__ import annotations

import io
from datetime import date

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord, is_warc, read_bytes
from chronicler.model import IngestError
from chronicler.pipeline import AnnotatedDocument, Pipeline

_HTML = (b"<html><head><title>Talks resume</title></head><body><article><p>"
         + b"Negotiators from both countries met again in Geneva in 2009 and said the talks would go on. " * 3
         + b"</p></article></body></html>")


def _warc(gz: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record(
        "http://example.org/2009/04/28/talks.html", "response", payload=io.BytesIO(_HTML), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2009-04-29T10:00:00Z"}))
    return buf.getvalue()


def test_warc_detected_by_content_with_url_and_crawl_time():
    for gz in (True, False):
        data = _warc(gz)
        assert is_warc(data)
        (rec,) = list(read_bytes("archive.bin", data))
        assert isinstance(rec, RawRecord) and rec.format == "warc"
        assert rec.meta["url"].endswith("talks.html") and rec.meta["crawled"] == "2009-04-29"
        doc = Pipeline([("clean", {}), ("dating", {"use_kb": False})])(AnnotatedDocument(make_document(rec))).document
        # the URL gives the day; the crawl time bounds it from above
        assert doc.published.best == date(2009, 4, 28) and doc.published.latest <= date(2009, 4, 29)


def test_broken_warc_is_an_error_not_a_crash():
    data = _warc()
    out = list(read_bytes("broken.warc.gz", data[: len(data) // 2]))
    assert out and all(isinstance(r, IngestError) for r in out)
    assert "WARC" in out[0].reason


def test_mojibake_is_repaired_and_marked():
    raw = "The Minister\u00e2\u20ac\u2122s visit was \u201cproductive\u201d, he said.".encode()
    (rec,) = list(read_bytes("m.txt", raw))
    assert "Minister\u2019s" in rec.text and "\u201cproductive\u201d" in rec.text
    assert rec.meta["repaired"] == "mojibake"
    (clean,) = list(read_bytes("c.txt", "Plain \u201cquoted\u201d text here.".encode()))
    assert "repaired" not in clean.meta and clean.text == "Plain \u201cquoted\u201d text here."


def test_plain_text_title_when_evident():
    (rec,) = list(read_bytes("t.txt", b"Allies agree on base relocation plan\n\nTOKYO: The two allies agreed.\n"))
    assert make_document(rec).title == "Allies agree on base relocation plan"
    (rec,) = list(read_bytes("u.txt", b"TOKYO: The two allies agreed on Monday.\n\nMore text.\n"))
    assert make_document(rec).title is None
