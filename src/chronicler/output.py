"""Printing listings as a table, JSON (one array: the contract scripts rely on) or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")


def interval_text(interval: dict[str, Any] | None) -> str:
    """A date interval in a few characters: the best day, or ``earliest..latest``, with its granularity."""
    if not interval:
        return "unknown"
    best, lo, hi, gran = interval.get("best"), interval.get("earliest"), interval.get("latest"), interval.get("granularity")
    if lo and hi and lo == hi:
        return lo
    span = f"{lo or '…'}..{hi or '…'}"
    if best and gran == "day" and lo != hi:
        return f"{best} ({span})"
    return f"{span} [{gran}]" if gran else span


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, Callable[[dict[str, Any]], Any]]],
           *, title: str | None = None, console: Console | None = None) -> str | None:
    """Print ``rows`` as ``fmt``; ``columns`` (header, getter) define the table and CSV views."""
    if fmt == "json":
        text = json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
        print(text)
        return text
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([h for h, _ in columns])
        for r in rows:
            writer.writerow([_cell(get(r)) for _, get in columns])
        print(buf.getvalue(), end="")
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    table = Table(title=title, show_lines=False, expand=False)
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for r in rows:
        table.add_row(*[_cell(get(r)) for _, get in columns])
    (console or Console(width=200)).print(table)
    return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)
