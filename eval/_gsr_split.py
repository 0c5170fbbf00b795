"""The PLOVER GSR's two dev/held-out splits, and the records on which they agree.

`eval/events.py` splits the GSR by a record's position (even index = dev) and `eval/actors.py` by the number its id
ends in (even = dev). The two were fixed in different sessions and disagree on two records in three: a record one
eval may list as a dev error can be held out by the other, so listing it could steer the other stage's figure.
Found in session 24 (322 event records: 56 dev in both, 61 held out in both, 205 split differently).

Re-splitting one file would move records the team has read into a held-out half, so neither split is changed.
Instead:
- both evals list (print the text of) only records that are dev in *both* splits (:func:`listable`);
- both print one more aggregate line, "held out by both": records neither eval has ever listed, the cleanest
  figure the file can give (small, so read it beside the usual held-out line, not instead of it).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path


def events_part(index: int) -> str:
    """The events eval's part of the record at ``index`` among the file's non-DOCUMENT records."""
    return "dev" if index % 2 == 0 else "held-out"


def actors_part(record_id: str) -> str:
    """The actors eval's part of a record: dev if its id ends in an even number (or in no number)."""
    m = re.search(r"(\d+)\s*$", record_id)
    return "dev" if m is None or int(m.group(1)) % 2 == 0 else "held-out"


@lru_cache(maxsize=4)
def _events_parts(path: Path) -> dict[str, frozenset[str]]:
    """Record id -> the events eval's parts of the records bearing it (one id appears twice in the file)."""
    parts: dict[str, set[str]] = {}
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    for i, r in enumerate(records):
        parts.setdefault(r["id"], set()).add(events_part(i))
    return {k: frozenset(v) for k, v in parts.items()}


def agreed_part(path: Path, record_id: str, index: int | None = None) -> str:
    """"dev" or "held-out" when both evals put the record there, else "mixed".

    ``index``: the record's position among non-DOCUMENT records when the caller knows it (the events eval); without
    it every record bearing the id must agree."""
    events = {events_part(index)} if index is not None else _events_parts(path).get(record_id, frozenset())
    actors = actors_part(record_id)
    return actors if events == {actors} else "mixed"


def listable(path: Path, record_id: str, index: int | None = None) -> bool:
    """True when a record's text and errors may be printed: it is dev in both splits."""
    return agreed_part(path, record_id, index) == "dev"
