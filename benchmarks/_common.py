"""Shared helpers of the benchmarks: the Timeline17 articles (when ../shared is present) and corpus files.

Every benchmark prints figures measured in one run and their ratio to a baseline measured in the same run;
none is a timed test. Without ../shared the data benchmarks print "skipped: data absent" and exit 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
TIMELINE17 = SHARED / "eval" / "timeline17"


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with ``--limit N`` (at most N Timeline17 articles)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--limit", type=int, default=None, help="use at most N Timeline17 articles (quick runs)")
    return p


def articles(limit: int | None = None) -> list[dict] | None:
    """Timeline17 articles ({id, time, text}, topic added), sorted by topic then file order; None when absent."""
    files = sorted(TIMELINE17.glob("*/articles.jsonl"))
    if not files:
        return None
    out: list[dict] = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    obj = json.loads(line)
                    obj["topic"] = f.parent.name
                    out.append(obj)
    if limit is not None:
        # Spread the sample over the topics instead of taking the first topic only.
        step = max(1, len(out) // max(limit, 1))
        out = out[::step][:limit]
    return out


def skip_if_absent(items: object) -> None:
    """Print the skip line and exit 0 when the data is absent."""
    if items is None:
        print(f"skipped: data absent ({TIMELINE17} not found)")
        sys.exit(0)


def write_corpus(folder: Path, items: list[dict], copies: int = 1, files: int = 8) -> int:
    """Write ``items`` × ``copies`` as JSONL files under ``folder`` (copies differ by a marker line, so each
    is a distinct document); returns the number of records written. Streams: nothing is held but one line."""
    folder.mkdir(parents=True, exist_ok=True)
    handles = [open(folder / f"part{i:03d}.jsonl", "w", encoding="utf-8") for i in range(files)]
    n = 0
    try:
        for c in range(copies):
            for i, a in enumerate(items):
                text = a["text"] if c == 0 else f"{a['text']}\n\n(copy {c})"
                rec = {"id": f"{a.get('topic', '')}-{a['id']}-{c}", "published": a.get("time"), "text": text}
                handles[n % files].write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    finally:
        for h in handles:
            h.close()
    return n


def ratio_line(name: str, value: float, goal: str, ok: bool) -> str:
    """One result line: the ratio, the goal and whether it is met."""
    return f"{name}: {value:.3f}  (goal {goal}: {'met' if ok else 'NOT met'})"
