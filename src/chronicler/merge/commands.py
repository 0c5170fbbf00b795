"""CLI: ``chronicler merge`` — merge unclustered events, or rebuild every cluster."""

from __future__ import annotations

import json

import typer

from chronicler.cli import DbOption, _fail
from chronicler.store.db import StoreError, open_store


def register(app: typer.Typer) -> None:
    """Add the merge command to the CLI."""

    @app.command()
    def merge(
        db: str = DbOption,
        rebuild: bool = typer.Option(False, "--rebuild", help="Forget all clusters and merge every event again."),
        fmt: str = typer.Option("table", "--format", "-f", help="Summary as table or json."),
    ) -> None:
        """Merge stored events that denote the same real-world event into clusters (ingest does this itself)."""
        from chronicler.merge.store import merge_new_events, remerge_all
        from chronicler.pipeline import default_config

        cfg = default_config().get("merge")
        try:
            with open_store(db) as st:
                if rebuild:
                    remerge_all(st, cfg)
                else:
                    ids = [r[0] for r in st.query("SELECT id FROM events WHERE cluster_id IS NULL")]
                    merge_new_events(st, ids, cfg)
                summary = {"events": st.count("events"), "clusters": st.count("clusters"),
                           "multi_report_clusters": st.query("SELECT count(*) FROM clusters WHERE mention_count > 1")[0][0]}
        except StoreError as exc:
            _fail(str(exc))
        if fmt == "json":
            print(json.dumps(summary))
        else:
            print(f"{summary['events']} events in {summary['clusters']} clusters "
                  f"({summary['multi_report_clusters']} reported more than once)")
