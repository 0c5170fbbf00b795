"""Backward lending on the wire-copy set of session 18 (`eval/data/dating_copies_s18/copies.jsonl`), session 19.

The s18 scorer ingests the set in two runs, first half then second half, so most clusters sit in one run. Here
each cluster is split over the two runs the hard way: its reports without a given date in the first run, those
with one in the second (the dated copy arrives after its undated copies are stored). Printed with backward
lending off (`[stages.dating] lend_backwards = false`: what forward lending alone gives) and on; same figures as
the s18 scorer (containment, exact best day, median width over the undated reports; cluster c with c % 3 == 2 is
measure-only). Called by `eval/dating.py --back-s19` (tune), `--back-s19-errors`, `--back-s19-measure`.
"""

from __future__ import annotations

import json
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import _dating_copies_s18 as s18


def date_rows_back(all_rows: list[dict[str, Any]], config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Ingest the rows (gold stripped): undated reports in a first run, dated ones in a second; stored documents
    by row id."""
    from chronicler.ingest.run import ingest
    from chronicler.pipeline import default_config
    from chronicler.store.db import open_store

    cfg = config or default_config()
    cfg = {**cfg, "pipeline": {**cfg.get("pipeline", {}), "stages": ["clean", "dating"]}}
    with tempfile.TemporaryDirectory() as tmp:
        runs = ([r for r in all_rows if "published" not in r], [r for r in all_rows if "published" in r])
        for k, part in enumerate(runs):
            path = Path(tmp) / f"back{k}.jsonl"
            path.write_text("".join(json.dumps({f: v for f, v in r.items() if f != "gold"}) + "\n" for r in part),
                            encoding="utf-8")
            ingest([path], Path(tmp) / "s.duckdb", config=cfg)
        with open_store(Path(tmp) / "s.duckdb") as st:
            return {(d := json.loads(data))["meta"]["id"]: d for (data,) in st.query("SELECT data FROM documents")}


@contextmanager
def _split_by_date() -> Iterator[None]:
    kept = s18.date_rows
    s18.date_rows = date_rows_back
    try:
        yield
    finally:
        s18.date_rows = kept


def score(part: str, show_errors: bool = False) -> None:
    """Print one part's figures with backward lending off, then on."""
    from chronicler.pipeline import default_config

    for on in (False, True):
        cfg = default_config()
        cfg["stages"]["dating"]["lend_backwards"] = on
        print(f"[undated run first, dated run second; lend_backwards {'on' if on else 'off'}]")
        with _split_by_date():
            s18.score(part, show_errors and on, cfg)
