"""The two real sample reports both mention the US force realignment due by 2014: one cluster, ≥ 2 mentions.

Needs the full pipeline with an ``events`` stage and the samples in ../shared; skips otherwise.
"""

from __future__ import annotations

import json

import pytest

from chronicler.pipeline import default_config


@pytest.mark.slow
def test_realignment_event_is_one_cluster(samples, tmp_path):
    if "events" not in default_config().get("pipeline", {}).get("stages", []):
        pytest.skip("no events stage in the default pipeline yet")
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    db = tmp_path / "s.duckdb"
    ingest([str(samples)], db)
    with open_store(db, read_only=True) as st:
        rows = st.query("SELECT data FROM clusters WHERE mention_count >= 2")
        texts = {r[0]: r[1] for r in st.query("SELECT id, json_extract_string(data, '$.provenance.text') FROM events")}
    hits = []
    for (data,) in rows:
        c = json.loads(data)
        sents = " ".join(texts.get(e, "") for e in c["events"]).lower()
        if "realign" in sents and "2014" in sents and len(set(c["documents"])) >= 2:
            hits.append(c)
    assert len(hits) == 1, [h["summary"] for h in hits]
