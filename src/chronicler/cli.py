"""The ``chronicler`` command line: thin wrappers over the Python API, one command per job.

Stage packages add their own commands in a ``commands.py`` with ``register(app)``, listed in
``COMMAND_MODULES``; this module holds the core ones (ingest, docs, events, actors, errors, stages, demo).
"""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from chronicler.output import FORMATS, interval_text, render
from chronicler.store.db import DEFAULT_DB, StoreError

app = typer.Typer(
    help="chronicler: turn raw news reports into a dated, sourced record of who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)

#: Modules that add commands to ``app`` through ``register(app)``.
COMMAND_MODULES: list[str] = [
    "chronicler.time.commands", "chronicler.actors.commands", "chronicler.merge.commands", "chronicler.timeline.commands",
    "chronicler.export.commands", "chronicler.plot.commands", "chronicler.api.commands", "chronicler.scale.commands",
]

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.", envvar="CHRONICLER_DB")
FormatOption = typer.Option("table", "--format", "-f", help="Output format: table, json or csv.")


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    return fmt


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (searched recursively) or glob patterns."),
    db: str = DbOption,
    config: Optional[Path] = typer.Option(None, "--config", help="Pipeline config (TOML); default: the packaged one."),
    fmt: str = typer.Option("table", "--format", "-f", help="Summary as table or json."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    wait: float = typer.Option(0.0, "--wait", envvar="CHRONICLER_WAIT", metavar="SECONDS",
                               help="If another process is writing the store, wait up to this long for it."),
    workers: int = typer.Option(1, "--workers", min=1, help="Pipeline processes (the store has one writer)."),
) -> None:
    """Read reports (.txt, .html, .jsonl), run every pipeline stage and store the results.

    Re-ingesting stored documents changes nothing. Bad files are reported with their reason and kept in the
    store's errors table; the exit code is 1 if any file failed, 75 if the store is busy (another process is
    writing it; see --wait).
    """
    from chronicler.ingest.run import ingest as run_ingest

    try:
        with _progress_bar(progress and fmt != "json") as bar:
            summary = run_ingest(paths, db, config=config, progress=bar, workers=workers, wait=wait)
    except StoreError as exc:
        _fail(str(exc), exc.exit_code)
    if fmt == "json":
        import json

        print(json.dumps({"run": summary.run_id, "files": summary.files, "added": len(summary.added),
                          "unchanged": len(summary.unchanged), "failed": summary.failed,
                          "errors": [{"source": e.source, "reason": e.reason, "stage": e.stage} for e in summary.errors]},
                         indent=2))
    else:
        print(f"{summary.files} files: {len(summary.added)} added, {len(summary.unchanged)} unchanged, "
              f"{summary.failed} failed")
        for e in summary.errors:
            print(f"  FAILED {e.source}: {e.reason}")
    if summary.errors:
        raise typer.Exit(1)


class _progress_bar:
    """A rich progress bar on stderr, usable as ``progress(done, total, path)``; a no-op when disabled."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.bar: Progress | None = None
        self.task = None

    def __enter__(self) -> "_progress_bar":
        if self.enabled:
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                TextColumn("{task.description}"), console=err, transient=False)
            self.bar.__enter__()
            self.task = self.bar.add_task("", total=None)
        return self

    def __call__(self, done: int, total: int, path: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total, description=Path(path).name[:40])

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


@app.command()
def docs(db: str = DbOption, fmt: str = FormatOption,
         limit: Optional[int] = typer.Option(None, "--limit", help="At most this many documents.")) -> None:
    """List stored documents: outlet, dateline, title and publication date (interval with evidence in json)."""
    from chronicler.store.queries import list_documents

    _check_format(fmt)
    try:
        rows = list_documents(db, limit=limit)
    except StoreError as exc:
        _fail(str(exc), exc.exit_code)
    render(rows, fmt, [
        ("id", lambda r: r["id"][:10]), ("published", lambda r: interval_text(r["published"])),
        ("outlet", lambda r: r["outlet"]), ("dateline", lambda r: r["dateline"]), ("title", lambda r: r["title"]),
        ("source", lambda r: r["source"]),
    ], title=f"{len(rows)} documents")


@app.command()
def events(
    db: str = DbOption,
    fmt: str = FormatOption,
    actor: list[str] = typer.Option([], "--actor", help="Actor id, country code or name (repeatable)."),
    type_: list[str] = typer.Option([], "--type", help="PLOVER event type (repeatable)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Events whose own date ends on/after (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Events whose own date starts on/before (YYYY-MM-DD)."),
    status: list[str] = typer.Option([], "--status", help="occurred, planned, proposed, expected, negated ..."),
    limit: Optional[int] = typer.Option(None, "--limit"),
) -> None:
    """List events with their type, actors, own date, status and source sentence."""
    from chronicler.store.queries import list_events

    _check_format(fmt)
    try:
        rows = list_events(db, actor=actor, type=type_, date_from=_date(date_from, "--from"),
                           date_to=_date(date_to, "--to"), status=status, limit=limit)
    except StoreError as exc:
        _fail(str(exc), exc.exit_code)
    render(rows, fmt, [
        ("date", lambda r: interval_text(r["date"])), ("type", lambda r: r["type"]),
        ("source", lambda r: _actor_name(r["source"])), ("target", lambda r: _actor_name(r["target"])),
        ("status", lambda r: r["status"]), ("sentence", lambda r: r["provenance"]["text"]),
    ], title=f"{len(rows)} events")


@app.command()
def actors(
    db: str = DbOption,
    fmt: str = FormatOption,
    country: Optional[str] = typer.Option(None, "--country", help="ISO-3166 alpha-3 or IGO code."),
    sector: Optional[str] = typer.Option(None, "--sector", help="PLOVER sector code (GOV, MIL, ...)."),
    limit: Optional[int] = typer.Option(None, "--limit"),
) -> None:
    """List actors with their codes, aliases and mention counts."""
    from chronicler.store.queries import list_actors

    _check_format(fmt)
    try:
        rows = list_actors(db, country=country, sector=sector, limit=limit)
    except StoreError as exc:
        _fail(str(exc), exc.exit_code)
    render(rows, fmt, [
        ("name", lambda r: r["name"]), ("country", lambda r: r["country"]), ("sector", lambda r: r["sector"]),
        ("role", lambda r: r["role"]), ("mentions", lambda r: r["mentions"]), ("aliases", lambda r: r["aliases"]),
    ], title=f"{len(rows)} actors")


@app.command()
def errors(db: str = DbOption, fmt: str = FormatOption) -> None:
    """List the files that failed to ingest, with the reason."""
    from chronicler.store.queries import list_errors

    _check_format(fmt)
    try:
        rows = list_errors(db)
    except StoreError as exc:
        _fail(str(exc), exc.exit_code)
    render(rows, fmt, [("source", lambda r: r["source"]), ("stage", lambda r: r["stage"]),
                       ("reason", lambda r: r["reason"]), ("seen", lambda r: r["seen"])], title=f"{len(rows)} errors")


@app.command()
def stages(config: Optional[Path] = typer.Option(None, "--config")) -> None:
    """Show the stages of the pipeline a config builds, with what each requires and provides."""
    from chronicler.pipeline import PipelineError, get_stage, load_config

    cfg = load_config(config)
    try:
        for name in cfg.get("pipeline", {}).get("stages", []):
            spec = get_stage(name)
            print(f"{name:10} requires {sorted(spec.requires)} provides {sorted(spec.provides)}\n"
                  f"{'':10} {spec.doc.splitlines()[0] if spec.doc else ''}")
    except PipelineError as exc:
        _fail(str(exc), exc.exit_code)


@app.command()
def demo(
    db: str = typer.Option("demo.duckdb", "--db", help="Store for the demo (re-created)."),
    corpus: Path = typer.Option(Path("examples/alliance"), "--corpus", help="The example corpus folder."),
    keep: bool = typer.Option(False, "--keep", help="Keep an existing demo store instead of re-creating it."),
) -> None:
    """Ingest the bundled example corpus and print its documents (and, once events exist, its timeline)."""
    from chronicler.ingest.run import ingest as run_ingest
    from chronicler.store.queries import list_documents

    if not corpus.is_dir():
        _fail(f"{corpus}: example corpus not found (run from the repository root or pass --corpus)")
    if not keep:
        for suffix in ("", ".wal"):
            Path(db + suffix).unlink(missing_ok=True)
    with _progress_bar(True) as bar:
        summary = run_ingest([str(corpus)], db, progress=bar)
    print(f"{summary.files} files: {len(summary.added)} added, {len(summary.unchanged)} unchanged, "
          f"{summary.failed} failed (the corpus plants broken files on purpose)")
    for e in summary.errors:
        print(f"  FAILED {e.source}: {e.reason}")
    rows = list_documents(db)
    render(rows, "table", [
        ("published", lambda r: interval_text(r["published"])), ("outlet", lambda r: r["outlet"]),
        ("dateline", lambda r: r["dateline"]), ("title", lambda r: r["title"]),
        ("source", lambda r: Path(r["source"]).name),
    ], title=f"{len(rows)} documents")
    for hook in DEMO_EXTRAS:
        hook(db)


#: Functions ``f(db)`` that print more of the demo store once their stage exists (the timeline, ...).
DEMO_EXTRAS: list = []


def _date(value: Optional[str], flag: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{flag} {value!r}: expected a date as YYYY-MM-DD", 2)
    return None


def _actor_name(actor: Optional[dict]) -> str:
    if not actor:
        return ""
    codes = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor['name']} ({codes})" if codes else actor["name"]


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main() -> None:  # pragma: no cover - console entry point
    """Entry point for ``python -m chronicler``."""
    app()
