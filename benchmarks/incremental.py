"""Incremental ingest: re-ingest of an unchanged corpus vs the first ingest (goal ≤ 0.05×).

    python benchmarks/incremental.py [--limit N]

Both ingests run in this process on a fresh store; the first includes loading the model, as a real first
ingest does. The re-ingest reads and hashes every record and looks its id up in the store; nothing is parsed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from _common import articles, parser, ratio_line, skip_if_absent, write_corpus

from chronicler.ingest.run import ingest


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    tmp = Path(tempfile.mkdtemp(prefix="chronicler-bench-"))
    try:
        n = write_corpus(tmp / "corpus", items)
        db = tmp / "store.duckdb"
        t = time.perf_counter()
        first = ingest([tmp / "corpus"], db)
        t_first = time.perf_counter() - t
        t = time.perf_counter()
        again = ingest([tmp / "corpus"], db)
        t_again = time.perf_counter() - t
        print(f"corpus: {n} Timeline17 articles")
        print(f"first ingest: {t_first:.2f}s ({len(first.added)} added)")
        print(f"re-ingest:    {t_again:.2f}s ({len(again.added)} added, {len(again.unchanged)} unchanged)")
        r = t_again / t_first
        print(ratio_line("re-ingest time / first ingest time", r, "<= 0.05", r <= 0.05))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
