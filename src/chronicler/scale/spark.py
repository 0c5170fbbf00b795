"""``chronicler scale ingest``: the local pipeline run by Apache Spark, results written as Parquet tables.

Job plan: read input files (``binaryFile``: local paths or any Hadoop-compatible URI) → documents, keyed by
id, the first in input order kept (as local ingest keeps it) → hash-partitioned → the pipeline per partition
(``mapPartitions``; the pipeline and its spaCy model are built once per Python worker, which Spark reuses) →
learned boilerplate counted over the whole input and recorded on each document (as local ingest records it) →
store rows, persisted once → per table: de-duplicated / merged exactly as the DuckDB store would → Parquet,
one folder per table under ``--out`` (columns as in :data:`chronicler.store.rows.COLUMNS`). Then the
corpus-wide event merge (:mod:`chronicler.scale.merge`) writes ``clusters``. ``chronicler load`` brings the
folder into a store.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from chronicler.clean.learned import MIN_DOCS
from chronicler.ingest.sources import MAX_DOC_CHARS, expand_paths
from chronicler.model import IngestError
from chronicler.pipeline import Pipeline, load_config
from chronicler.scale import merge as merge_mod
from chronicler.scale import partition as part
from chronicler.store.rows import COLUMNS, column_types, error_row

#: Tables written under ``--out``, each a folder of Parquet files.
TABLES = ("documents", "sentences", "mentions", "timexes", "actors", "events", "clusters", "errors")

#: Columns beyond the store's: a document's input position (file number, record number), for ``load``.
EXTRA_COLUMNS = {"documents": ("input_file", "input_record")}

_SPARK_TYPES = {"VARCHAR": "StringType", "INTEGER": "IntegerType", "BIGINT": "LongType", "DOUBLE": "DoubleType",
                "DATE": "DateType", "TIMESTAMP": "TimestampType", "BOOLEAN": "BooleanType"}

_QUIET_LOG4J = """rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


@dataclass
class ScaleSummary:
    """What a Spark ingest wrote."""

    out: str
    files: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """The ``--format json`` shape of the summary."""
        return {"out": self.out, "files": self.files, "documents": self.rows.get("documents", 0),
                "duplicates": self.duplicates, "failed": self.rows.get("errors", 0), "rows": self.rows,
                "seconds": round(self.seconds, 2)}


def spark_session(master: str = "local[2]", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for chronicler: no UI, quiet logs, executors running this Python interpreter locally."""
    from pyspark.sql import SparkSession

    log_cfg = Path(tempfile.gettempdir()) / "chronicler-log4j2.properties"
    if not log_cfg.exists():
        log_cfg.write_text(_QUIET_LOG4J)
    builder = (SparkSession.builder.master(master).appName("chronicler")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")
               .config("spark.sql.shuffle.partitions", "8")
               .config("spark.sql.files.ignoreCorruptFiles", "true")
               .config("spark.sql.files.ignoreMissingFiles", "true")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log_cfg}"))
    if master.startswith("local"):
        # Local executors must run the interpreter (and see the sources) the driver runs.
        builder = builder.config("spark.pyspark.python", sys.executable)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [*sys.path, os.environ.get("PYTHONPATH", "")] if p)
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_schema(table: str) -> Any:
    """The Spark schema of a table's rows, from the store's own DuckDB types."""
    from pyspark.sql import types as T

    types = column_types()[table]
    fields = [T.StructField(c, getattr(T, _SPARK_TYPES[types[c]])(), True) for c in COLUMNS[table]]
    fields += [T.StructField(c, T.LongType(), True) for c in EXTRA_COLUMNS.get(table, ())]
    return T.StructType(fields)


def _is_uri(p: str) -> bool:
    return "://" in p or p.startswith(("file:", "hdfs:", "s3a:", "gs:", "abfs:"))


def _local_key(path: str) -> str:
    """A local file's absolute path, from either a plain path or a ``file:`` URI as Spark reports it."""
    if path.startswith("file:"):
        return os.path.abspath(unquote(urlparse(path).path))
    return os.path.abspath(path)


def _readable(files: list[Path]) -> tuple[list[Path], list[IngestError]]:
    ok: list[Path] = []
    errors: list[IngestError] = []
    for f in files:
        try:
            if f.stat().st_size == 0:
                errors.append(IngestError(str(f), "empty file (0 bytes)"))
                continue
            with open(f, "rb"):
                pass
        except OSError as exc:
            errors.append(IngestError(str(f), f"cannot read file: {exc.strerror or exc}"))
            continue
        ok.append(f)
    return ok, errors


def scale_ingest(inputs: list[str], out: str, *, master: str = "local[2]", config: dict | str | Path | None = None,
                 partitions: int | None = None, spark: Any = None) -> ScaleSummary:
    """Run the pipeline over ``inputs`` on Spark and write the store's tables as Parquet under ``out``."""
    import time

    from pyspark import StorageLevel

    t0 = time.perf_counter()
    cfg = config if isinstance(config, dict) else load_config(config)
    Pipeline.from_config(cfg)  # a bad config fails here, on the driver, with its message
    config_json = json.dumps(cfg, sort_keys=True, default=str)
    ingest_cfg = cfg.get("ingest", {})
    max_bytes = int(ingest_cfg.get("max_bytes", 50 * 1024 * 1024))
    batch_size = int(ingest_cfg.get("batch_size", 32))
    batch_chars = int(ingest_cfg.get("batch_chars", 200_000))
    max_doc_chars = int(ingest_cfg.get("max_doc_chars", MAX_DOC_CHARS))
    merge_spec = merge_mod.merger_from_config(cfg)
    own = spark is None
    spark = spark or spark_session(master)
    sc = spark.sparkContext
    try:
        local = [p for p in inputs if not _is_uri(p)]
        uris = [p for p in inputs if _is_uri(p)]
        files, path_errors = expand_paths(local)
        # Spark silently skips empty and unreadable files: name them here, with the reasons local ingest gives.
        files, problems = _readable(files)
        path_errors += problems
        # Input order decides which of two identical documents is kept, as in local ingest: local files in
        # the order given, then remote files sorted by path. Only paths are held here, never contents.
        listing = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(uris)
                   .select("path", "length").collect()) if uris else []
        path_errors += [IngestError(r.path, "empty file (0 bytes)") for r in listing if r.length == 0]
        remote = sorted(r.path for r in listing if r.length > 0)
        given = {_local_key(str(f)): (i, str(f)) for i, f in enumerate(files)}
        given.update({p: (len(files) + i, p) for i, p in enumerate(remote)})
        load = [Path(f).resolve().as_uri() for f in files] + remote
        summary = ScaleSummary(out=out, files=len(load))
        error_rdd = sc.parallelize([("errors", (0, 0, 0), tuple(error_row(e))) for e in path_errors], 1)
        keyed = None
        read_docs = 0
        rows = error_rdd
        if load:
            raw = spark.read.format("binaryFile").load(load).select("path", "content").rdd

            def locate(row: Any) -> tuple[int, str, bytes | None]:
                key = _local_key(row.path) if row.path.startswith("file:") else row.path
                index, source = given.get(key, (len(given), row.path))
                return index, source, (bytes(row.content) if row.content is not None else None)

            keyed = raw.map(locate).mapPartitions(lambda it: part.read_partition(it, max_bytes, max_doc_chars))
            keyed.persist(StorageLevel.MEMORY_AND_DISK)
            n_parts = partitions or max(2, 4 * sc.defaultParallelism)
            docs = (keyed.filter(lambda kv: kv[0] != "")
                    .reduceByKey(lambda a, b: a if a[0] <= b[0] else b, numPartitions=n_parts)
                    .map(lambda kv: (kv[1][0], kv[1][1])))
            if ingest_cfg.get("learned_boilerplate", True):
                docs = _with_learned_boilerplate(sc, docs, int(ingest_cfg.get("learned_boilerplate_min_docs",
                                                                              MIN_DOCS)))
            read_errors = keyed.filter(lambda kv: kv[0] == "").map(lambda kv: ("errors", kv[1][0], kv[1][2]))
            # Spark skips a file it cannot read (ignoreCorruptFiles/ignoreMissingFiles); name it as an error.
            # One small job: documents read per file (before de-duplication), which also counts duplicates.
            per_file = dict(keyed.map(lambda kv: (kv[1][0][0], 1 if kv[0] else 0))
                            .reduceByKey(lambda a, b: a + b).collect())
            seen = set(per_file)
            read_docs = sum(per_file.values())
            skipped = [IngestError(src, "cannot read file (skipped by Spark: missing or corrupt)")
                       for i, src in sorted(given.values()) if i not in seen]
            skipped_rdd = sc.parallelize([("errors", (0, 0, 0), tuple(error_row(e))) for e in skipped], 1)
            rows = (docs.mapPartitions(lambda it: part.analyse_partition(it, config_json, batch_size, batch_chars))
                    .union(read_errors).union(error_rdd).union(skipped_rdd))
        rows.persist(StorageLevel.MEMORY_AND_DISK)
        _write_tables(spark, rows, out, merge_spec, max(1, sc.defaultParallelism))
        summary.rows = {t: _count_rows(spark, f"{out}/{t}") for t in TABLES}
        if keyed is not None:
            summary.duplicates = read_docs - summary.rows["documents"]
            keyed.unpersist()
        rows.unpersist()
    finally:
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - t0
    return summary


def _with_learned_boilerplate(sc: Any, docs: Any, min_docs: int) -> Any:
    """``docs`` marked with the lines seen in at least ``min_docs`` documents of their outlet in the whole input.

    Local ingest counts as it streams (a batch learns from the batches before it and from itself); a Spark job
    sees the whole input at once, so it counts everything first: the same as a local ingest of the input in
    one batch. Only the (outlet, line key) pairs over the threshold reach the driver, never the documents.
    """
    # No persist: ``docs`` comes out of a shuffle, whose files Spark reuses for the second pass.
    pairs = (docs.flatMap(lambda od: [(p, 1) for p in part.line_pairs(od[1])])
             .reduceByKey(lambda a, b: a + b).filter(lambda kv: kv[1] >= min_docs).keys().collect())
    learned = sc.broadcast(frozenset(pairs))
    return docs.mapPartitions(lambda it: part.mark_learned(it, learned.value))


def _count_rows(spark: Any, path: str) -> int:
    """Rows of a written table: from the Parquet footers when local, else by a Spark count."""
    if _is_uri(path) and not path.startswith("file:"):
        return spark.read.parquet(path).count()
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in Path(_local_key(path)).glob("*.parquet"))


def _write_tables(spark: Any, rows: Any, out: str, merge_spec: str, reducers: int) -> None:
    """De-duplicate or merge each table's rows as the store would, and write it as Parquet."""
    def table(name: str) -> Any:
        return rows.filter(lambda r: r[0] == name)

    plain = {t: table(t).map(lambda r: r[2]) for t in ("documents", "sentences", "mentions", "timexes")}
    # Event ids are unique in the store (first stored wins); actors merge their aliases in input order.
    plain["events"] = (table("events").map(lambda r: (r[2][0], (r[1], r[2])))
                       .reduceByKey(lambda a, b: a if a[0] <= b[0] else b, reducers).map(lambda kv: kv[1][1]))
    plain["actors"] = (table("actors").map(lambda r: (r[2][0], (r[1], r[2]))).groupByKey(reducers)
                       .map(lambda kv: part.fold_actors(kv[1])))
    plain["errors"] = (table("errors").map(lambda r: ((r[2][0], r[2][1]), r[2])).groupByKey(reducers)
                       .map(lambda kv: part.fold_errors(kv[1])))
    plain["clusters"] = (plain["events"].map(lambda r: (merge_mod.blocking_key(r), r)).groupByKey(reducers)
                         .flatMap(lambda kv: merge_mod.merge_block(kv[1], merge_spec)))
    for name in TABLES:
        df = spark.createDataFrame(plain[name], spark_schema(name))
        df.write.mode("overwrite").parquet(f"{out}/{name}")
