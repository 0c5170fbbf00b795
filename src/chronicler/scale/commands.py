"""CLI commands of the scale package: ``chronicler scale ingest`` and ``chronicler load``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add ``scale ingest`` and ``load`` to the ``chronicler`` command line."""
    from chronicler.cli import DbOption, _fail

    scale = typer.Typer(help="Run the pipeline on Apache Spark (local mode or a cluster).", no_args_is_help=True)

    @scale.command("ingest")
    def scale_ingest(
        inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or Hadoop URIs (hdfs://, s3a://...)."),
        out: str = typer.Option(..., "--out", help="Output folder (or URI): one Parquet folder per table."),
        master: str = typer.Option("local[2]", "--master", help="Spark master: local[N], spark://host:7077, yarn..."),
        config: Optional[Path] = typer.Option(None, "--config", help="Pipeline config (TOML)."),
        partitions: Optional[int] = typer.Option(None, "--partitions", min=1,
                                                 help="Partitions for the pipeline (default 4 x cores)."),
        fmt: str = typer.Option("table", "--format", "-f", help="Summary as table or json."),
    ) -> None:
        """Read reports and run the whole pipeline on Spark; write the store's tables as Parquet to --out.

        A corrupt file or failing document becomes a row of the errors table, never a failed job.
        Bring the result into a store with `chronicler load OUT`.
        """
        from chronicler.pipeline import PipelineError
        from chronicler.scale.spark import scale_ingest as run

        try:
            summary = run(inputs, out, master=master, config=config, partitions=partitions)
        except PipelineError as exc:
            _fail(str(exc))
        if fmt == "json":
            print(json.dumps(summary.as_json(), indent=2))
        else:
            rows = ", ".join(f"{n} {t}" for t, n in summary.rows.items())
            print(f"{summary.files} files in {summary.seconds:.1f}s: {rows}; {summary.duplicates} duplicates")
            print(f"load it with: chronicler load {out}")

    app.add_typer(scale, name="scale")

    @app.command("load")
    def load_cmd(
        out: Path = typer.Argument(..., help="A folder written by `chronicler scale ingest`."),
        db: str = DbOption,
        config: Optional[Path] = typer.Option(None, "--config", help="Config ([ingest] near_duplicates)."),
        fmt: str = typer.Option("table", "--format", "-f", help="Summary as table or json."),
    ) -> None:
        """Bring the Parquet tables of `scale ingest` into the store (one transaction, idempotent on ids)."""
        from chronicler.scale.load import load
        from chronicler.store.db import StoreError

        try:
            s = load(out, db, config=config)
        except StoreError as exc:
            _fail(str(exc))
        if fmt == "json":
            print(json.dumps({"run": s.run_id, "added": s.added, "unchanged": s.unchanged, "failed": s.failed,
                              "events": s.events, "actors": s.actors, "clusters": s.clusters}, indent=2))
        else:
            print(f"{s.added} documents added, {s.unchanged} unchanged, {s.events} events, {s.actors} actors, "
                  f"{s.clusters} clusters, {s.failed} errors kept")
