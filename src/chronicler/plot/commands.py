"""CLI: ``chronicler plot timeline|graph OUT.svg|png``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from chronicler.cli import DbOption, _fail
from chronicler.store.db import StoreError


def register(app: typer.Typer) -> None:
    """Add the plot command to the CLI."""

    @app.command()
    def plot(
        what: str = typer.Argument(..., help="timeline or graph"),
        out: str = typer.Argument(..., help="Picture file: .png or .svg (.pdf works too)."),
        db: str = DbOption,
        actor: list[str] = typer.Option([], "--actor", help="timeline: actor id, code or name; twice for a pair."),
        type_: list[str] = typer.Option([], "--type", help="timeline: PLOVER type (repeatable)."),
        query: Optional[str] = typer.Option(None, "--query", help="timeline: words the sentences contain."),
        title: Optional[str] = typer.Option(None, "--title"),
    ) -> None:
        """Draw the event timeline or the actor graph of the store as a picture for a report."""
        from chronicler.export.atomic import ExportError, atomic_path

        if what not in ("timeline", "graph"):
            _fail(f"plot {what!r}: choose timeline or graph", 2)
        suffix = Path(out).suffix.lower()
        if suffix not in (".png", ".svg", ".pdf"):
            _fail(f"{out}: give a .png, .svg or .pdf file name", 2)
        try:
            with atomic_path(out) as tmp:
                target = tmp.with_suffix(suffix)
                try:
                    if what == "timeline":
                        from chronicler.plot.timeline import plot_timeline
                        from chronicler.timeline.build import build_timeline

                        n = plot_timeline(build_timeline(db, actor=actor, types=type_, query=query), target,
                                          **({"title": title} if title else {}))
                    else:
                        from chronicler.plot.graph import plot_graph
                        from chronicler.timeline.graph import build_graph

                        n = plot_graph(build_graph(db), target, **({"title": title} if title else {}))
                    target.replace(tmp)
                finally:
                    target.unlink(missing_ok=True)
        except (StoreError, ExportError) as exc:
            _fail(str(exc))
        print(f"wrote {out} ({n} {'events' if what == 'timeline' else 'actors'})")
