"""Speed of publication dating: documents per second with the office-holder KB, against the text-only clues
(no KB) measured in the same run on the same documents, so the ratio is the cost of the KB pass.

Documents: Timeline17 articles (../shared, or CHRONICLER_SHARED) when present, else the example corpus.
Usage: python benchmarks/dating.py [--docs N]   (N documents, spread over the set; default 400)
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
_spec = importlib.util.spec_from_file_location("eval_dating", ROOT / "eval" / "dating.py")
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)


def _time(texts: list[str], kb) -> float:
    from chronicler.time.dating import infer_date

    start = time.perf_counter()
    for t in texts:
        infer_date(t, kb=kb)
    return time.perf_counter() - start


def main() -> int:
    """Time dating with and without the KB and print the ratio."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    args = ap.parse_args()
    docs = ev.t17_docs() if ev.T17.is_dir() else []
    name = "Timeline17"
    if not docs:
        docs, name = ev.example_docs(), "example corpus"
    if not docs:
        print("skipped: data absent")
        return 0
    step = max(1, len(docs) // max(1, args.docs))
    texts = [t for _, t, _ in docs[::step]][: args.docs]
    kb = ev._kb()
    _time(texts[:5], kb)  # warm-up: KB load and regex compilation are not per-document costs
    base = _time(texts, None)
    with_kb = _time(texts, kb) if kb is not None else float("nan")
    chars = sum(map(len, texts))
    print(f"{name}: {len(texts)} docs, {chars / len(texts):.0f} chars on average")
    print(f"  text clues only (baseline): {base:.2f} s, {len(texts) / base:.1f} docs/s")
    if kb is not None:
        print(f"  with the office-holder KB:  {with_kb:.2f} s, {len(texts) / with_kb:.1f} docs/s, "
              f"{with_kb / base:.2f}x the baseline time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
