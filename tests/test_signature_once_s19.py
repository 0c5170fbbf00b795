"""Session 19: the near-duplicate signature of a report is computed once per ingest (by the dating stage) and
reused when the batch is stored; ``duplicate_of`` and the stored signature bytes are what a fresh computation gives."""

from __future__ import annotations

import json

from datasketch import MinHash

from chronicler.model import Document, Span

STORY = ("Inspectors from the water board closed three wells in the valley after tests found nitrate levels above "
         "the safe limit, the regional council said on its website. Farmers who draw on the wells were told to "
         "use tanker deliveries until a new filter plant is built next to the pumping station. The council said "
         "the cost of the tankers would be shared with the board and that families with infants would be served "
         "first. Fertiliser runoff from the fields upstream has been blamed for the rise over several dry summers.")
COPY = STORY.replace("three wells", "three of its wells").replace("next to the", "beside the")


def _count_hashing(monkeypatch) -> list[int]:
    calls = [0]
    original = MinHash.update_batch

    def counting(self, values):  # one call per signature computed
        calls[0] += 1
        return original(self, values)

    monkeypatch.setattr(MinHash, "update_batch", counting)
    return calls


def test_each_report_is_signed_once_and_the_store_keeps_the_same_signature(tmp_path, monkeypatch):
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "w1", "published": "2011-06-14", "text": STORY}) + "\n" +
                                      json.dumps({"id": "w2", "text": COPY}) + "\n", encoding="utf-8")
    calls = _count_hashing(monkeypatch)
    db = tmp_path / "s.duckdb"
    ingest([tmp_path / "a.jsonl"], db, config={"pipeline": {"stages": ["clean", "dating"]},
                                               "stages": {"dating": {"use_kb": False}}})
    assert calls[0] == 2  # two reports, one signature each (the store used to sign them again)
    from chronicler.clean.dedup import signature, to_bytes

    with open_store(db) as st:
        rows = st.query("SELECT d.data, d.duplicate_of, s.signature FROM documents d "
                        "JOIN doc_signatures s ON s.document_id = d.id ORDER BY d.source")
    from chronicler.model import from_dict

    docs = [from_dict(Document, json.loads(r[0])) for r in rows]
    assert [r[2] for r in rows] == [to_bytes(signature(d)) for d in docs]
    assert rows[0][1] is None and rows[1][1] == docs[0].id  # the copy points at the first one stored


def test_a_signature_of_another_body_is_not_reused():
    from chronicler.clean.dedup import reuse, signature, signed

    long_doc = Document(id="x", source="x", text=STORY, body_spans=(Span(0, len(STORY), "body"),))
    short = Document(id="x", source="x", text=STORY, body_spans=(Span(0, 200, "body"),))
    known = signed(long_doc, signature(long_doc))
    assert reuse(long_doc, known) is known.minhash
    assert reuse(short, known).jaccard(signature(short)) == 1.0 and reuse(short, known) is not known.minhash
