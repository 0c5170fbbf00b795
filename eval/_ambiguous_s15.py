"""Scorer of the blind ambiguous-actors set of session 15 (`eval/data/actors_ambiguous_s15.tsv`), called by
`eval/actors.py --ambiguous-s15` (tune part; `--ambiguous-s15-errors` lists its misses) and
`--ambiguous-s15-measure` (the measure part's aggregate line only: its rows are never listed).

Each row is one short report (an optional dateline, an optional lead sentence, then the sentence scored), read
through the clean, nlp and actors stages with the row's date as publication date; the row's span is coded with
``actor_at`` on that date (``place_as_actor`` when the stage made no mention there), as the other probe sets are.
Gold country "-" wants no country, "x" wants no actor at all on the span (a speech, a treaty, a building); "|"
separates acceptable answers. Rows are numbered from 0 in file order; row i with i % 3 == 2 is the measure part.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
import _tsv  # noqa: E402
from _tsv import row_part  # noqa: E402
from _codes import same_code  # noqa: E402
from _event_precision import actor_country  # noqa: E402
from _places_s14 import report_text  # noqa: E402
from chronicler.actors.resolve import actor_at, place_as_actor  # noqa: E402
from chronicler.model import DateInterval, Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "actors_ambiguous_s15.tsv"
SET_S22 = SET.with_name("actors_ambiguous_s22.tsv")  # session 22: shared place names, people words, bare groups
FIELDS = 8


def read_rows(path: Path = SET) -> list[tuple[str, ...]]:
    """The set's data rows (eight tab-separated fields each; # comments and blank lines skipped)."""
    return _tsv.read_rows(path, FIELDS)


def judge(actor, country: str, sector: str, overlapping: bool) -> tuple[bool, bool | None]:
    """(country right, country and sector right or None when the sector is not scored) of one coded span.
    ``overlapping``: whether the stage made an actor mention on the span (for "x", not an actor)."""
    if country == "x":
        return not overlapping, None
    want = {None if c == "-" else same_code(c) for c in country.split("|")}
    ok = actor_country(actor) in want
    if sector == "*":
        return ok, None
    got_sector = actor.sector if actor is not None else None
    return ok, ok and got_sector == (None if sector == "-" else sector)


def score(part: str, show_misses: bool = False, pipeline: Pipeline | None = None, path: Path = SET,
          label: str = "s15") -> Counter:
    """Score one part ("tune" or "measure") of the set and print its line (per family and the tune part's misses
    only for the tune part). ``path`` and ``label``: another set in this layout (s22: `actors_ambiguous_s22.tsv`)."""
    rows = [(i, r) for i, r in enumerate(read_rows(path)) if row_part(i) == part]
    pipeline = pipeline or Pipeline([("clean", {}), ("nlp", {}), ("actors", {})])
    docs, offsets = [], []
    for i, (day, line, lead, sentence, *_rest) in rows:
        text, off = report_text(line, lead, sentence)
        offsets.append(off)
        docs.append(AnnotatedDocument(Document(id=f"ambiguous-{label}-{i}", source="own", text=text,
                                               published=DateInterval.day(date.fromisoformat(day)))))
    c: Counter = Counter()
    misses = []
    for (i, (day, line, lead, sentence, span, country, sector, family)), ad, off in zip(
            rows, pipeline.pipe(docs), offsets):
        a = off + sentence.find(span)
        b = a + len(span)
        when = date.fromisoformat(day)
        mentioned = actor_at(ad, a, b, when)
        actor = mentioned or place_as_actor(ad, a, b)
        ok_country, ok_both = judge(actor, country, sector, mentioned is not None)
        for key in ("all", family):
            c[f"{key}:n"] += 1
            c[f"{key}:country"] += ok_country
            if ok_both is not None:
                c[f"{key}:n_sector"] += 1
                c[f"{key}:both"] += ok_both
        if not ok_country or ok_both is False:
            got = (f"{actor_country(actor) or '-'}/{actor.sector or '-'} ({actor.confidence:.2f})"
                   if actor is not None else "no actor")
            misses.append(f"    [{i}] {family}: {span!r} want {country}/{sector}, ours {got} | {line} | "
                          f"{lead} | {sentence}")
    pct = lambda a, b: f"{c[a]}/{c[b]} = {c[a] / max(1, c[b]):.1%}"  # noqa: E731
    print(f"Ambiguous actors {label} {part} ({c['all:n']} rows): country {pct('all:country', 'all:n')}, "
          f"country+sector {pct('all:both', 'all:n_sector')}")
    if part == "tune":
        families = sorted({k.split(":")[0] for k in c} - {"all"})
        print("  " + "; ".join(f"{f} {c[f + ':country']}/{c[f + ':n']}" for f in families))
        if show_misses:
            print("\n".join(misses))
    return c
