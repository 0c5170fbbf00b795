"""``chronicler serve``: the HTTP API and web page over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the CLI."""
    from chronicler.cli import DbOption, err

    @app.command()
    def serve(
        db: str = DbOption,
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (default: loopback only)."),
        port: int = typer.Option(8000, "--port", min=0, max=65535),
        token: Optional[str] = typer.Option(None, "--token", envvar="CHRONICLER_TOKEN",
                                            help="Enables POST /api/ingest and requires this token for it."),
        config: Optional[Path] = typer.Option(None, "--config", help="Pipeline config for uploaded files."),
    ) -> None:
        """Serve the HTTP API (docs at /docs) and the web page (at /) over a store."""
        import uvicorn

        from chronicler.api.app import create_app
        from chronicler.store.db import StoreError

        if host not in LOOPBACK and not token:
            err.print(f"[yellow]warning:[/yellow] binding {host} exposes the store beyond this machine with no "
                      "token; anyone who can reach it can read everything (writes stay disabled)")
        try:
            api = create_app(db, token=token, config=config)
        except StoreError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
        err.print(f"serving {db} on http://{host}:{port}/ (API docs at /docs; writes "
                  f"{'enabled with token' if token else 'disabled'})")
        uvicorn.run(api, host=host, port=port, log_level="warning", server_header=False,
                    h11_max_incomplete_event_size=16 * 1024)
