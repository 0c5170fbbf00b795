"""Probe of the relief-mission retyping (events/mission.py) on real news: which movements of forces it makes AID.

Runs the full pipeline over the first 40 articles of four Timeline17 topics (Haiti, Egypt, BP oil, H1N1) and
prints every event ``relief_movements`` retypes, with its sentence, for a person to judge. Not a scorer (there is
no gold for it) and not part of ``make eval``: ``python eval/_mission_probe.py`` (about a minute).
Prints "skipped: data absent" and exits 0 when ../shared is missing.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import chronicler.events.mission as mission  # noqa: E402
import chronicler.events.stage as events_stage  # noqa: E402
from chronicler.model import Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402

SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
TOPICS = ("haiti_bbc", "EgyptianProtest_cnn", "bpoil_bbc", "H1N1_bbc")


def main(per_topic: int = 40) -> None:
    """Print the retyped movements of ``per_topic`` articles of each topic."""
    if not (SHARED / "eval" / "timeline17").is_dir():
        print("skipped: data absent")
        return
    retyped: list[tuple[str, str, str]] = []
    original = mission.relief_movements

    def watched(events, sdoc, mentions):  # type: ignore[no-untyped-def]
        out = original(events, sdoc, mentions)
        for before, after in zip(events, out):
            if before.type != after.type:
                at = before.provenance.spans[0].start
                sent = next((s for s in sdoc.sents if s.start_char <= at < s.end_char), None)
                retyped.append((before.type, after.type, " ".join((sent.text if sent is not None else "").split())))
        return out

    events_stage.relief_movements = watched
    pipe = Pipeline([("clean", {}), ("nlp", {}), ("timex", {}), ("actors", {}), ("events", {})])
    n = 0
    for topic in TOPICS:
        with open(SHARED / "eval" / "timeline17" / topic / "articles.jsonl", encoding="utf-8") as f:
            for line in itertools.islice(f, per_topic):
                r = json.loads(line)
                pipe(AnnotatedDocument(Document(id=r["id"], source=topic, text=r["text"])))
                n += 1
    print(f"relief-mission probe: {n} Timeline17 articles, {len(retyped)} movements retyped")
    for old, new, sentence in retyped:
        print(f"  {old} -> {new}: {sentence[:160]}")


if __name__ == "__main__":
    main()
