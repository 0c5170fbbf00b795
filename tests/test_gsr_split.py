"""The two GSR splits (events by position, actors by id number) and where they agree (``eval/_gsr_split.py``):
only records dev in both may be listed, and "held out by both" takes only records held out in both."""

from __future__ import annotations

import json

from eval_modules import eval_module


def _gsr_file(tmp_path, ids):
    """A made GSR-shaped file: a DOCUMENT header, then one record per id in order (no shared text)."""
    records = [{"id": "DOC", "event": "DOCUMENT"}] + [{"id": i, "event": "AGREE", "text": "x"} for i in ids]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_actors_part_reads_the_ids_last_number():
    split = eval_module("_gsr_split")
    assert split.actors_part("GSR-AGREE-0002") == "dev"
    assert split.actors_part("GSR-AGREE-0003 ") == "held-out"
    assert split.actors_part("GSR-AGREE") == "dev"


def test_agreed_part_needs_both_splits_to_agree(tmp_path):
    split = eval_module("_gsr_split")
    # positions 0..4 (DOCUMENT not counted): even positions are the events eval's dev part
    path = _gsr_file(tmp_path, ["R-2", "R-3", "R-5", "R-4", "R-7"])
    assert split.agreed_part(path, "R-2") == "dev"  # position 0, even id
    assert split.agreed_part(path, "R-3") == "held-out"  # position 1, odd id
    assert split.agreed_part(path, "R-5") == "mixed"  # position 2 (events dev), odd id (actors held out)
    assert split.agreed_part(path, "R-4") == "mixed"  # position 3 (events held out), even id
    assert split.agreed_part(path, "R-7", index=4) == "mixed"
    assert [split.listable(path, r) for r in ("R-2", "R-3", "R-5", "R-4", "R-7")] == [True, False, False, False, False]


def test_an_id_borne_twice_agrees_only_if_every_copy_does(tmp_path):
    split = eval_module("_gsr_split")
    split._events_parts.cache_clear()
    path = _gsr_file(tmp_path, ["R-2", "R-9", "R-2"])  # R-2 at positions 0 and 2: both events dev
    assert split.agreed_part(path, "R-2") == "dev"
    split._events_parts.cache_clear()  # the same path is rewritten below
    path = _gsr_file(tmp_path, ["R-3", "R-3"])  # positions 0 (dev) and 1 (held out)
    assert split.agreed_part(path, "R-3") == "mixed"
    assert split.agreed_part(path, "R-3", index=1) == "held-out"
