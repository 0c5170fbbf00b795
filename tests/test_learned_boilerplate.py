"""Boilerplate learned from the corpus: lines repeated across many documents of one outlet leave the body."""

from __future__ import annotations

from chronicler.clean.learned import LineCounts, apply_learned, line_key
from chronicler.clean.stage import clean_document
from chronicler.model import Document
from chronicler.store.db import open_store

FOOTER = "Read the Harbor Asia Briefing every Friday at harbor.example"
STORIES = [
    "Tokyo: The cabinet approved a supplementary budget on Monday to pay for reconstruction in the north.",
    "Tokyo: The central bank kept its key interest rate unchanged on Tuesday and raised its growth forecast.",
    "Tokyo: Lawmakers passed a bill on Wednesday that lets the coast guard board foreign fishing boats.",
    "Tokyo: The foreign minister left on Thursday for talks in Seoul on the disputed islands.",
]


def _raw(i: int, credit: str = "• Harbor Daily News", footer: str = FOOTER) -> Document:
    return Document(f"d{i}", f"s{i}.txt", f"{credit}\n{STORIES[i % 4]}\n{footer}\n")


def _cleaned(doc: Document) -> Document:
    return apply_learned(clean_document(doc))


def test_line_key_folds_case_space_and_digits():
    assert line_key("© 2009  Harbor Daily News") == line_key("© 2010 harbor daily news")
    assert line_key("Harbor Daily News") != line_key("Harbor Daily Mail")


def test_a_footer_seen_in_three_documents_of_an_outlet_is_removed():
    counts = LineCounts(min_docs=3)
    first = counts.mark([_raw(0), _raw(1)])
    assert all(FOOTER in _cleaned(d).body for d in first)  # two documents are not yet "many"
    (third,) = counts.mark([_raw(2)])
    out = _cleaned(third)
    assert out.body.strip() == STORIES[2].removeprefix("Tokyo: ")
    assert [out.text[s.start:s.end] for s in out.boilerplate_spans if s.label == "learned"] == [FOOTER]
    # Another outlet's document with the same line keeps it: counts are per outlet.
    (other,) = counts.mark([_raw(3, credit="• Nippon Wire")])
    assert FOOTER in _cleaned(other).body
    # A news line is never counted as furniture when long.
    long_line = "x" * 250
    assert not counts.is_boilerplate("Harbor Daily News", long_line)


def test_repeats_inside_one_batch_count():
    counts = LineCounts(min_docs=3)
    marked = counts.mark([_raw(i) for i in range(3)])
    assert all(FOOTER not in _cleaned(d).body for d in marked)


def test_ingest_learns_across_runs_and_counts_each_document_once(tmp_path):
    from chronicler.ingest.run import ingest

    cfg = {"pipeline": {"stages": ["clean"]}, "ingest": {"near_duplicates": False}}
    paths = []
    for i in range(4):
        p = tmp_path / f"r{i}.txt"
        p.write_text(f"• Harbor Daily News\n{STORIES[i]}\n{FOOTER}\n", encoding="utf-8")
        paths.append(p)
    db = tmp_path / "t.duckdb"
    ingest([str(p) for p in paths[:2]], db, config=cfg)
    ingest([str(p) for p in paths], db, config=cfg)  # two known, two new: the known are not counted again
    with open_store(db) as s:
        (docs,) = s.query("SELECT docs FROM outlet_lines WHERE outlet = ? AND line_key = ?",
                          ["Harbor Daily News", line_key(FOOTER)])[0]
        bodies = {r[0].split("/")[-1]: r[1] for r in s.query("SELECT source, data FROM documents")}
    assert docs == 4
    assert FOOTER in bodies["r0.txt"]  # stored before the line was known to be furniture
    import json

    for name in ("r2.txt", "r3.txt"):
        d = json.loads(bodies[name])
        spans = [(x["start"], x["end"]) for x in d["body_spans"]]
        assert all(FOOTER not in d["text"][a:b] for a, b in spans), name
