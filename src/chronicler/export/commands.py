"""CLI: ``chronicler export --format jsonl|csv|parquet|gdelt OUT``."""

from __future__ import annotations

import typer

from chronicler.cli import DbOption, _fail
from chronicler.store.db import StoreError

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def export_events(out: str, fmt: str, db: str) -> int:
    """Export the store's events to ``out`` in ``fmt``; returns the number of rows written."""
    from chronicler.export.atomic import ExportError
    from chronicler.export.gdelt import export_gdelt
    from chronicler.export.tables import export_jsonl, export_table

    if fmt == "jsonl":
        return export_jsonl(out, db)
    if fmt in ("csv", "parquet"):
        return export_table(out, fmt, db)
    if fmt == "gdelt":
        return export_gdelt(out, db)
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")


def register(app: typer.Typer) -> None:
    """Add the export command to the CLI."""

    @app.command()
    def export(
        out: str = typer.Argument(..., help="File to write (replaced atomically; nothing is left on failure)."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, parquet or gdelt (GDELT 2.0 event TSV)."),
        db: str = DbOption,
    ) -> None:
        """Export events: JSONL (one event per line), CSV or Parquet (flat columns + full JSON), GDELT 2.0 TSV."""
        from chronicler.export.atomic import ExportError

        if fmt not in EXPORT_FORMATS:
            _fail(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", 2)
        try:
            n = export_events(out, fmt, db)
        except (StoreError, ExportError) as exc:
            _fail(str(exc))
        print(f"wrote {n} {'events' if fmt != 'gdelt' else 'GDELT event rows'} to {out}")
