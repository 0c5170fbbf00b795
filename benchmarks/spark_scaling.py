"""Spark scaling: the same corpus on local[1] vs local[2] (goal ≥ 1.7×), and Spark vs local ingest.

    python benchmarks/spark_scaling.py [--limit N]

Times: local ingest into a fresh store (1 process, then --workers 2); ``scale ingest`` on local[1] and
local[2] (job time; the JVM start-up of each session is printed separately). Results are checked to agree.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from _common import articles, parser, ratio_line, skip_if_absent, write_corpus

from chronicler.ingest.run import ingest
from chronicler.scale.load import load
from chronicler.scale.spark import scale_ingest, spark_session


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    tmp = Path(tempfile.mkdtemp(prefix="chronicler-bench-"))
    try:
        corpus = tmp / "corpus"
        n = write_corpus(corpus, items)
        times: dict[str, float] = {}
        t = time.perf_counter()
        local = ingest([corpus], tmp / "local.duckdb")
        times["local ingest, 1 process"] = time.perf_counter() - t
        t = time.perf_counter()
        ingest([corpus], tmp / "local2.duckdb", workers=2)
        times["local ingest, --workers 2"] = time.perf_counter() - t
        docs = {}
        for cores in (1, 2):
            t = time.perf_counter()
            spark = spark_session(f"local[{cores}]")
            startup = time.perf_counter() - t
            try:
                s = scale_ingest([str(corpus)], str(tmp / f"out{cores}"), spark=spark)
            finally:
                spark.stop()
            times[f"spark local[{cores}] (JVM start {startup:.1f}s not counted)"] = s.seconds
            docs[cores] = s.rows["documents"]
        print(f"corpus: {n} Timeline17 articles in 8 JSONL files; local ingest stored {len(local.added)} documents; "
              f"spark stored {docs[1]} / {docs[2]}")
        for k, v in times.items():
            print(f"{k:55} {v:8.1f}s  {n / v:6.2f} docs/s")
        s1 = [v for k, v in times.items() if k.startswith("spark local[1]")][0]
        s2 = [v for k, v in times.items() if k.startswith("spark local[2]")][0]
        print(ratio_line("speed-up local[2] / local[1]", s1 / s2, ">= 1.7", s1 / s2 >= 1.7))
        print(f"spark local[2] speed / local ingest (1 process) speed: {times['local ingest, 1 process'] / s2:.3f}")
        print(f"spark local[2] speed / local ingest --workers 2 speed: {times['local ingest, --workers 2'] / s2:.3f}")
        t = time.perf_counter()
        loaded = load(tmp / "out2", tmp / "spark.duckdb")
        t_load = time.perf_counter() - t
        parquet = sum(f.stat().st_size for f in (tmp / "out2").rglob("*.parquet"))
        store = (tmp / "local.duckdb").stat().st_size
        print(f"load of the local[2] result into a fresh store: {t_load:.1f}s = {loaded.added / t_load:.1f} docs/s "
              f"(single writer)")
        print(f"bytes per document: Parquet {parquet / n / 1024:.1f} KiB, DuckDB store {store / n / 1024:.1f} KiB")
        print(f"local --workers 2 / 1 process speed-up: "
              f"{times['local ingest, 1 process'] / times['local ingest, --workers 2']:.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
