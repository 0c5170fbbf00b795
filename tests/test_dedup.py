"""Near-duplicate wire copies: found within a run and across runs, every copy stored, canonical = first stored."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from chronicler.clean.dedup import normalize_for_matching
from chronicler.store.db import open_store

STORY = ("The defence ministers of the two allies agreed on Friday to move the air base to the north of the island "
         "by the end of the decade, a step both governments said would ease the burden on local residents and keep "
         "the alliance ready for new threats in the region, officials told reporters after the talks in the capital.")


def _write(folder, name, text):
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_wire_copies_cluster_within_and_across_runs(tmp_path):
    from chronicler.ingest.run import ingest

    cfg = {"pipeline": {"stages": ["clean"]}, "ingest": {}}
    a = _write(tmp_path, "a.txt", "WIRE NEWS SERVICE,\nTOKYO — " + STORY)
    b = _write(tmp_path, "b.txt", "• Harbor Daily News\n\n" + STORY.replace("Friday", "Friday morning") + "\nSubscribe now.")
    other = _write(tmp_path, "c.txt", "Farmers in the south protested on Tuesday against new import rules that they "
                   "said would ruin small producers, blocking roads with tractors for several hours before police "
                   "negotiated a retreat and promised a meeting with the agriculture minister next month.")
    db = tmp_path / "t.duckdb"
    ingest([str(a), str(other)], db, config=cfg)
    ingest([str(b)], db, config=cfg)
    with open_store(db) as s:
        rows = {r[0].split("/")[-1]: (r[1], r[2]) for r in s.query("SELECT source, id, duplicate_of FROM documents")}
        assert s.count("documents") == 3
    assert rows["a.txt"][1] is None and rows["c.txt"][1] is None
    assert rows["b.txt"][1] == rows["a.txt"][0]


@given(st.text(alphabet="ab‘’“”–—-\"' \n", max_size=50))
def test_matching_normalization_keeps_offsets(text):
    out = normalize_for_matching(text)
    assert len(out) == len(text)
    assert all(o == t for o, t in zip(out, text) if t in "ab \n-\"'")
