"""Peak memory: ingesting the Timeline17 articles ×1 and ×10 (goal < 1 GiB, and ×10 within 10% of ×1).

    python benchmarks/memory.py [--limit N] [--copies 10]

Each ingest runs in a fresh child process into a fresh store; the child reports its own peak RSS
(``getrusage(RUSAGE_SELF).ru_maxrss``). Copies after the first differ by a marker line, so ×10 really is ten
times as many documents to parse and store.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, articles, parser, ratio_line, skip_if_absent, write_corpus

GIB = 1024 ** 3


def child(corpus: str, db: str) -> None:
    """Ingest ``corpus`` into ``db`` and print the documents added and this process's peak RSS."""
    from chronicler.ingest.run import ingest

    t = time.perf_counter()
    s = ingest([corpus], db)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"added": len(s.added), "peak_rss": peak, "seconds": time.perf_counter() - t}))


def measure(corpus: Path, db: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(db)], capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--copies", type=int, default=10)
    p.add_argument("--child", nargs=2, help=__import__("argparse").SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(*args.child)
        return
    items = articles(args.limit)
    skip_if_absent(items)
    tmp = Path(tempfile.mkdtemp(prefix="chronicler-bench-"))
    try:
        results = {}
        for copies in (1, args.copies):
            n = write_corpus(tmp / f"x{copies}", items, copies=copies)
            results[copies] = measure(tmp / f"x{copies}", tmp / f"x{copies}.duckdb")
            r = results[copies]
            print(f"×{copies}: {n} records, {r['added']} documents stored in {r['seconds']:.1f}s, "
                  f"peak RSS {r['peak_rss'] / 2**20:.0f} MiB")
        one, many = results[1]["peak_rss"], results[args.copies]["peak_rss"]
        print(ratio_line(f"peak RSS ×{args.copies} / ×1", many / one, "<= 1.10", many / one <= 1.10))
        print(ratio_line(f"peak RSS ×{args.copies} / 1 GiB", many / GIB, "< 1.0", many < GIB))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
