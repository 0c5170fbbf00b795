"""Property tests over hostile input: decoding and format detection, cleaning, metadata dates, dating, the store.

Whatever the bytes or text, each function returns a well-formed result (or a reasoned error) and never raises.
Stages that land later (timex, actors, events) get their properties in this file as they arrive on main.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chronicler.clean.stage import clean_document
from chronicler.ingest.run import given_date, make_document
from chronicler.ingest.sources import RawRecord, content_id, decode, detect_format, read_bytes, without_surrogates
from chronicler.model import Document, IngestError, from_dict
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

# Text as hostile as Python strings get while still being text: every category but surrogates, plus controls,
# bidi overrides, zero-width and line/paragraph separators, in long runs.
ODD = "\x00\x07\x0b\x0c\x1b\x1c\x85\xa0\u200b\u200e\u202e\u2028\u2029\ufeff\ufffd\U0001f600"
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(ODD), max_size=400)
lines = st.lists(st.one_of(texts, st.sampled_from([
    "TOKYO —", "PACIFIC WIRE SERVICE,", "By A Reporter, Harbor Daily", "© 2010 All rights reserved.",
    "WASHINGTON (AP) _ Officials met.", "Tokyo: The minister said on Monday that talks would go on.", "", " ",
    "• Nippon Wire", "Click here to read more", "x" * 5000,
])), max_size=25).map("\n".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "shift_jis", "utf-32"]
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _encodable(s: str) -> bool:
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def check_records(out: list) -> None:
    assert out, "every input gives at least one record or error"
    for r in out:
        if isinstance(r, RawRecord):
            assert r.text.strip() and _encodable(r.text) and _encodable(r.source)
            assert all(_encodable(k) and _encodable(v) for k, v in r.meta.items())
        else:
            assert isinstance(r, IngestError) and r.reason and _encodable(r.reason) and _encodable(r.source)


@fast
@given(st.binary(max_size=3000))
def test_read_bytes_any_bytes(data):
    check_records(list(read_bytes("fuzz.bin", data)))


@fast
@given(lines, st.sampled_from(ENCODINGS), st.sampled_from(["a.txt", "a.html", "a.jsonl", "noext"]))
def test_read_bytes_text_in_any_encoding(text, encoding, name):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, "replace")
    out = list(read_bytes(name, data))
    check_records(out)
    if encoding in ("utf-8", "utf-8-sig", "utf-16") and text.strip() and isinstance(out[0], RawRecord) \
            and out[0].format == "text":
        assert out[0].text.strip() == text.lstrip("\ufeff").strip() or out[0].meta.get("repaired")


@fast
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | texts,
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(texts, kids, max_size=4), max_leaves=20),
       texts)
def test_jsonl_lines_of_any_json(value, body):
    rows = [json.dumps({"id": body[:10], "text": body, "extra": value}), json.dumps(value), "{broken",
            json.dumps({"text": value})]
    out = list(read_bytes("feed.jsonl", "\n".join(rows).encode("utf-8", "surrogatepass")))
    check_records(out)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 3000), st.sampled_from(["div", "p", "table", "b", "span", "li"]), st.booleans(), texts)
def test_deep_or_broken_html(depth, tag, close, filler):
    para = "<p>Officials of the two countries met in Tokyo and agreed to continue the talks next month.</p>"
    html = "<html><body>" + f"<{tag}>" * depth + para * 3 + filler + (f"</{tag}>" * depth if close else "")
    out = list(read_bytes("page.html", html.encode("utf-8", "surrogatepass")))
    check_records(out)


@fast
@given(st.binary(max_size=500))
def test_decode_result_is_consistent(data):
    text, reason = decode(data)
    assert (text is None) == bool(reason)
    if text is not None:
        assert detect_format("x", data, text) in {"text", "html", "jsonl"}


@fast
@given(texts)
def test_content_id_equals_split_join_formula(text):
    import hashlib
    import unicodedata

    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    assert content_id(text) == hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


@fast
@given(texts)
def test_without_surrogates_makes_text_storable(text):
    mixed = text + "\ud800" + text[:3] + "\udfff"
    assert _encodable(without_surrogates(mixed)) and without_surrogates(text) == text


def _doc(text: str, source: str = "fuzz.txt") -> Document:
    return make_document(RawRecord(source, text, "text"))


@fast
@given(lines)
def test_clean_document_spans_are_well_formed(text):
    doc = clean_document(_doc(text))
    spans = sorted(doc.body_spans + doc.boilerplate_spans, key=lambda s: (s.start, s.end))
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start, (a, b)  # body and boilerplate never overlap
    assert len(doc.masked_body()) == len(text)
    assert clean_document(_doc(text)) == doc  # deterministic


@fast
@given(texts)
def test_given_date_never_raises(value):
    d = given_date(value, "fuzz")
    assert d is None or (d.earliest == d.latest == d.best and isinstance(d.best, date))


@settings(max_examples=80, deadline=None)
@given(lines, st.one_of(st.none(), st.sampled_from(["2009-02-17", "garbage", "0001-01-01", "9999-12-31"])))
def test_dating_stage_on_any_text(text, published):
    from chronicler.time.dating.stage import make_dating

    run = make_dating({"use_kb": True})
    doc = make_document(RawRecord("fuzz/2010/05/04/story.txt", text or "x", "jsonl",
                                  {"published": published} if published else {}))
    out = run(AnnotatedDocument(clean_document(doc)))
    p = out.document.published
    if p is not None:
        if p.earliest and p.latest:
            assert p.earliest <= p.latest
        if p.best and p.earliest and p.latest:
            assert p.earliest <= p.best <= p.latest


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from chronicler.store.db import open_store

    with open_store(tmp_path_factory.mktemp("fuzzstore") / "f.duckdb") as store:
        yield store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts.filter(lambda t: t.strip()), texts)
def test_store_round_trips_any_text(fuzz_store, text, title):
    doc = _doc(text, source="odd\x00name\u202e.txt")
    doc = clean_document(doc.__class__(**{**doc.__dict__, "title": title or None}))
    fuzz_store.save_batch([AnnotatedDocument(doc)])
    (row,) = fuzz_store.query("SELECT data FROM documents WHERE id = ?", [doc.id])
    stored = from_dict(Document, json.loads(row[0]))
    assert content_id(stored.text) == doc.id  # an earlier example may have stored an equal text first
    if (stored.text, stored.title) == (doc.text, doc.title):
        assert stored == doc


@pytest.mark.parametrize("n", [0, 1, 7])
def test_control_heavy_text_is_binary_not_a_crash(n):
    data = (b"\x01\x02\x03\x04" * 200) + b"text" * n
    (err,) = list(read_bytes("c.txt", data))
    assert isinstance(err, IngestError) and re.search("binary", err.reason)


# ------------------------------------------------------------------------------- timex, actors, events

news_words = st.lists(st.sampled_from([
    "Tokyo", "Washington", "Japan", "China", "the", "minister", "Prime", "Minister", "Hatoyama", "said", "met",
    "signed", "agreed", "protested", "on", "Monday", "last", "week", "next", "month", "in", "1996", "April",
    "24,", "2009", "by", "2014", "the", "U.S.", "Navy", "accused", "Beijing", "of", "—", ".", ",", "\n\n",
    "did", "not", "will", "visit", "talks", "Futenma", "base", "yesterday", "two", "years", "ago", "Q3",
    "12:30", "p.m.", "1990s", "spring", "'", "\"", "(AP)", "TOKYO:",
]), max_size=60).map(" ".join)
any_news = st.one_of(news_words, texts, st.tuples(news_words, texts).map(" ".join))
DCTS = [None, date(2009, 4, 27), date(1, 1, 1), date(9999, 12, 31)]


@settings(max_examples=200, deadline=None)
@given(any_news, st.sampled_from(DCTS))
@example("the week", date(9999, 12, 31))  # the last ISO week of 9999 ends after date.max
def test_timex_tagger_on_any_text(text, dct):
    from chronicler.time.tagger import tag

    for t in tag(text, dct):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.type in {"DATE", "TIME", "DURATION", "SET"} and t.value
        if t.interval and t.interval.earliest and t.interval.latest:
            assert t.interval.earliest <= t.interval.latest


full_pipeline = alias("default_pipe")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_news)
@example("Qe\x85Q")  # NEL is a line break to str.split(): a mention's text must still be its exact slice
def test_actor_and_event_stages_on_any_text(full_pipeline, text):
    from chronicler.model import EVENT_STATUSES, PLOVER_TYPES

    if not text.strip():
        return
    out = full_pipeline(AnnotatedDocument(make_document(RawRecord("fuzz.txt", text, "text"))))
    n = len(text)
    for m in out.mentions:
        assert 0 <= m.start < m.end <= n and text[m.start:m.end] == m.text
    ids = {a.id for a in out.actors}
    assert all(m.actor_id is None or m.actor_id in ids for m in out.mentions)
    for e in out.events:
        assert e.type in PLOVER_TYPES and e.status in EVENT_STATUSES
        assert e.provenance.text and e.provenance.document == out.document.id
        for span in e.provenance.spans:
            assert 0 <= span.start <= span.end <= n
        if e.date and e.date.earliest and e.date.latest:
            assert e.date.earliest <= e.date.latest
