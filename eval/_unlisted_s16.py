"""Scorer of the blind unlisted-wording set of session 16 (`eval/data/event_types_unlisted_s16.tsv`), called by
`eval/events.py --unlisted-s16` (tune part; `--unlisted-s16-errors` lists its misses) and `--unlisted-s16-measure`
(tune, then the measure part's aggregate line only: its rows are never listed).

Each row is one sentence whose event is told with a word the event lexicon does not list (or, gold "-", such a
word in no political sense: right only when no event is emitted). The main event of the sentence is scored on
its PLOVER type (CAMEO-root convention, as the GSR), the gold type among any event of the sentence, the triple
(type, source and target country) and the status. Rows are numbered from 0 in file order; row i with
i % 3 == 2 is the measure part.
"""

from __future__ import annotations

from pathlib import Path
import sys
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
import _tsv  # noqa: E402
from _event_precision import actor_country  # noqa: E402
from chronicler.events.main import main_event  # noqa: E402
from chronicler.events.plover import plover_type  # noqa: E402
from chronicler.model import Document  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "event_types_unlisted_s16.tsv"
COLUMNS = 6


def read_rows(path: Path = SET, part: str = "") -> list[tuple[str, ...]]:
    """The set's data rows (CAMEO, type, source, target, status, text), all or one part ("tune"/"measure")."""
    rows = _tsv.read_rows(path, COLUMNS)
    return [r for i, r in enumerate(rows) if not part or _tsv.row_part(i) == part]


def _gold_roles(src: str, tgt: str) -> dict:
    """A row's roles in the gold-record form ``triple_ok`` reads ("-" none, several joined by commas)."""
    return {k: [{"code": c} for c in v.split(",")] if v != "-" else None for k, v in (("source", src), ("target", tgt))}


def _trigger(event, text: str) -> str:
    """The words of an event's trigger span ("" for no event)."""
    if event is None:
        return ""
    return next((text[s.start:s.end] for s in event.provenance.spans if s.label == "trigger"), event.trigger)


def score(annotate: Callable, triple_ok: Callable, part: str = "tune", show_misses: bool = False,
          path: Path = SET, name: str = "s16") -> dict:
    """Print one part's figures (and, for the tune part only, its misses); return the counts.

    ``annotate`` runs the pipeline over documents (``eval/events.annotate``); ``triple_ok(event, gold)`` scores
    the roles as the other blind sets do. ``path``/``name``: another set of the same layout (the blind set s17)."""
    rows = read_rows(path, part)
    docs = [Document(id=f"unlisted-{name}-{i}", source="own", text=r[5]) for i, r in enumerate(rows)]
    annotated, _ = annotate(docs)
    counts = {"rows": len(rows), "events": 0, "type": 0, "among": 0, "triple": 0, "status": 0, "none_rows": 0,
              "none_right": 0, "emitted": 0, "emitted_right": 0}
    misses: list[str] = []
    for (_, gold, src, tgt, status, text), ad in zip(rows, annotated):
        ev = main_event(ad.events, ad.nlp)
        pred = plover_type(ev, "cameo") if ev else "NONE"
        counts["emitted"] += ev is not None
        if gold == "-":
            counts["none_rows"] += 1
            counts["none_right"] += ev is None
            if ev is not None:
                misses.append(f"    - -> {pred} [{_trigger(ev, text)}] | {text}")
            continue
        counts["events"] += 1
        counts["emitted_right"] += ev is not None
        right = pred == gold
        triple = bool(ev and right and triple_ok(ev, _gold_roles(src, tgt)))
        counts["type"] += right
        counts["among"] += gold in {plover_type(e, "cameo") for e in ad.events}
        counts["triple"] += triple
        counts["status"] += bool(ev and right and ev.status == status)
        if not triple:
            got = f"{actor_country(ev.source)}->{actor_country(ev.target)} {ev.status}" if ev else ""
            misses.append(f"    {gold}->{pred} [{_trigger(ev, text)}] gold {src}->{tgt}"
                          f" ours {got} | {text}")
    n = max(1, counts["events"])
    emitted = max(1, counts["emitted"])
    print(f"Unlisted-wording set {name} ({path.name} {part}, {counts['rows']} rows, {counts['events']} events told with "
          f"unlisted words): type {counts['type'] / n:6.1%}  among any {counts['among'] / n:6.1%}  triple "
          f"{counts['triple'] / n:6.1%}  type+status {counts['status'] / n:6.1%}; no-event rows "
          f"{counts['none_rows']}: right {counts['none_right']}; event emitted: precision "
          f"{counts['emitted_right'] / emitted:6.1%} recall {counts['emitted_right'] / n:6.1%}")
    if show_misses and part == "tune":
        print("\n".join(misses))
    return counts
