"""Corpus-wide event merge on Spark: blocking, and the hook where the merge logic plugs in.

Comparing every event with every other is quadratic, so events are first grouped into *blocks* that can
hold reports of the same real-world event: same PLOVER type, same unordered actor pair, same coarse date
(the month of the event's best date; undated events form their own block per type and pair). Each block is
small and independent, so Spark merges blocks in parallel (``groupByKey`` then the merge function per block).

The merge logic itself belongs to the merge stage (issue 8). It is named in the config::

    [scale]
    merge = "chronicler.merge.cluster:cluster_events"   # a function list[Event] -> list[EventCluster]

Until a function is configured (the default: empty) no clusters are written, and events keep
``cluster_id = NULL``. Known limit of month blocks: two reports of one event whose best dates fall on either
side of a month boundary land in different blocks and are not merged by this job.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from chronicler.model import Event, EventCluster, from_dict
from chronicler.store.rows import COLUMNS, cluster_row

Merger = Callable[[list[Event]], list[EventCluster]]

_EVENT_COL = {c: i for i, c in enumerate(COLUMNS["events"])}


def blocking_key(row: tuple[Any, ...]) -> tuple[str, str, str, str]:
    """The block of an ``events`` row: (type, actor a, actor b, coarse date) with a ≤ b."""
    a = row[_EVENT_COL["source_id"]] or ""
    b = row[_EVENT_COL["target_id"]] or ""
    best = row[_EVENT_COL["date_best"]] or row[_EVENT_COL["date_earliest"]]
    coarse = best.strftime("%Y-%m") if best is not None else "undated"
    lo, hi = sorted((a, b))
    return row[_EVENT_COL["type"]], lo, hi, coarse


def merger_from_config(config: dict[str, Any]) -> str:
    """The ``module:function`` merge hook named in ``[scale] merge`` ('' when none)."""
    return str(config.get("scale", {}).get("merge", "") or "")


def load_merger(spec: str) -> Merger | None:
    """The merge function named by ``module:function``, or None for an empty spec."""
    if not spec:
        return None
    module, _, name = spec.partition(":")
    if not name:
        raise ValueError(f"[scale] merge = {spec!r}: expected 'module:function'")
    return getattr(importlib.import_module(module), name)


def merge_block(rows: Iterable[tuple[Any, ...]], spec: str) -> Iterator[tuple[Any, ...]]:
    """Cluster rows for one block of ``events`` rows, by the configured merge function (none when unset)."""
    merger = load_merger(spec)
    if merger is None:
        return
    events = sorted((from_dict(Event, json.loads(r[_EVENT_COL["data"]])) for r in rows), key=lambda e: e.id)
    for cluster in merger(events):
        yield tuple(cluster_row(cluster))
