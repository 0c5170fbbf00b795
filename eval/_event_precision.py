"""Event precision and recall against a FULL annotation of 20 example reports (``eval/data/event_full_gold.json``).

The corpus gold (``examples/alliance/gold.json``) lists only the 2-5 main events of each report, so its precision
line says nothing about the events we emit that are not events. The full annotation lists every event each text
states, written before the pipeline was run on those reports, split by file name into a TUNE part (its false
positives may be listed and worked on) and a MEASURE part (scored before and after a change, never listed).

Matching is one-to-one within a sentence: an event of ours is right when its type is one of a gold event's types
(``"AGREE|CONCEDE"``) in the same sentence; the strict line also asks for the source and target countries among the
gold event's accepted codes (``null`` = no actor; a meeting or a reciprocal pair may stand either way round).
Gold events marked ``optional`` are ones a careful coder may or may not code: they never count as misses, and an
event of ours matched to one is not a false positive. Precision = our matched events / our events; recall =
required gold events matched / required gold events.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Callable

from _matching import one_to_one


def _ok_type(ge: dict, event) -> bool:
    return event.type in ge["type"].split("|")


def actor_country(actor) -> str | None:
    """An event role's country as the scorers compare it: the actor's country, "IGO" for an international body."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return "IGO" if actor.sector == "IGO" else None


def _ok_strict(ge: dict, event) -> bool:
    if not _ok_type(ge, event):
        return False
    s, t = actor_country(event.source), actor_country(event.target)
    if s in ge["source"] and t in ge["target"]:
        return True
    either_way = event.type == "CONSULT" or "reciprocal" in event.context
    return either_way and s in ge["target"] and t in ge["source"]


def match(gold: list[dict], ours: list, ok: Callable[[dict, object], bool]) -> dict[int, int]:
    """A maximum one-to-one matching of gold events (required ones first, so a match of a required event is never
    traded for an optional one) to our events of one sentence: {gold index: our index}."""
    required_first = sorted(range(len(gold)), key=lambda i: gold[i].get("optional", False))
    return one_to_one(required_first, range(len(ours)), lambda gi, oi: ok(gold[gi], ours[oi]))


def _trigger(event, text: str) -> str:
    return next((text[s.start:s.end] for s in event.provenance.spans if s.label == "trigger"), event.trigger)


def score(gold_docs: list[dict], annotated: list) -> tuple[Counter, list[str]]:
    """Counts for one part (``ours``, ``req``, ``tp_type``, ``rec_type``, ``tp_strict``, ``rec_strict``) and
    one line per false positive of the type match."""
    c: Counter = Counter()
    fps: list[str] = []
    for g, ad in zip(gold_docs, annotated):
        text = ad.document.text
        by_sent: dict[int, list[dict]] = {}
        for ge in g["events"]:
            at = text.find(ge["text"])
            sent = ad.sentence_at(at) if at >= 0 else None
            if sent is None:
                raise ValueError(f"{g['file']}: anchor not found in a sentence: {ge['text']!r}")
            by_sent.setdefault(sent.index, []).append(ge)
        c["req"] += sum(1 for ge in g["events"] if not ge.get("optional"))
        c["ours"] += len(ad.events)
        for idx in sorted({e.provenance.sentence for e in ad.events} | set(by_sent)):
            gold = by_sent.get(idx, [])
            ours = [e for e in ad.events if e.provenance.sentence == idx]
            for key, ok in (("type", _ok_type), ("strict", _ok_strict)):
                m = match(gold, ours, ok)
                c[f"tp_{key}"] += len(m)
                c[f"rec_{key}"] += sum(1 for gi in m if not gold[gi].get("optional"))
                if key == "type":
                    used = set(m.values())
                    sent = next(s for s in ad.sentences if s.index == idx)
                    want = ", ".join(f"{ge['type']}{'?' if ge.get('optional') else ''}" for ge in gold) or "none"
                    for oi, e in enumerate(ours):
                        if oi not in used:
                            fps.append(f"  fp {g['file']} s{idx}: {e.type}/{e.status} [{_trigger(e, text)}] "
                                       f"{actor_country(e.source)}->{actor_country(e.target)} (gold: {want}) | "
                                       f"{' '.join(text[sent.start:sent.end].split())}")
    return c, fps


def full_precision(path: Path, documents: Callable[[], dict], annotate: Callable, show_errors: bool) -> None:
    """Print precision/recall per part (tune, measure) over the full annotation; ``show_errors`` lists the TUNE
    part's false positives (never the measure part's)."""
    if not path.exists():
        print(f"Full event annotation: skipped: {path} absent")
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = documents()
    wanted = [g for g in data["documents"] if g["file"] in docs]
    if not wanted:
        print("Full event annotation: skipped: example corpus absent")
        return
    annotated, _ = annotate([docs[g["file"]] for g in wanted])
    print(f"Full event annotation ({path.name}: every event the text states; optional events neither missed nor "
          "false positives)")
    for part in ("tune", "measure"):
        pairs = [(g, ad) for g, ad in zip(wanted, annotated) if g["part"] == part]
        c, fps = score([g for g, _ in pairs], [ad for _, ad in pairs])
        n, r = max(1, c["ours"]), max(1, c["req"])
        print(f"  {part} ({len(pairs)} reports): ours {c['ours']}, gold {c['req']} required; type in sentence: "
              f"precision {c['tp_type']}/{c['ours']} = {c['tp_type'] / n:.1%}, recall {c['rec_type']}/{c['req']} = "
              f"{c['rec_type'] / r:.1%}; with source+target countries: precision {c['tp_strict'] / n:.1%}, "
              f"recall {c['rec_strict'] / r:.1%}")
        if show_errors and part == "tune":
            for line in fps:
                print(line)
