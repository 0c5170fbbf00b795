"""CLI: ``chronicler timeline`` (event clusters by own date, or a summary timeline) and ``chronicler graph``."""

from __future__ import annotations

import json
from typing import Optional

import typer

from chronicler.cli import DbOption, FormatOption, _actor_name, _check_format, _date, _fail, err
from chronicler.output import interval_text, render
from chronicler.store.db import StoreError


def register(app: typer.Typer) -> None:
    """Add the timeline and graph commands to the CLI."""

    @app.command()
    def timeline(
        db: str = DbOption,
        fmt: str = FormatOption,
        actor: list[str] = typer.Option([], "--actor", help="Actor id, name, alias, country code or country name; twice: between the pair."),
        type_: list[str] = typer.Option([], "--type", help="PLOVER event type (repeatable)."),
        query: Optional[str] = typer.Option(None, "--query", help="Only clusters whose member sentences contain all these words."),
        date_from: Optional[str] = typer.Option(None, "--from", help="Clusters whose own date interval ends on/after (YYYY-MM-DD)."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Clusters whose own date interval starts on/before (YYYY-MM-DD)."),
        status: list[str] = typer.Option([], "--status", help="occurred, planned, expected, negated ..."),
        min_mentions: int = typer.Option(1, "--min-mentions", help="Only events reported at least this often."),
        limit: Optional[int] = typer.Option(None, "--limit"),
        summarize: bool = typer.Option(False, "--summarize", help="Summary timeline: the N most important dates."),
        dates: int = typer.Option(10, "--dates", help="With --summarize: number of dates."),
        sentences: int = typer.Option(1, "--sentences", help="With --summarize: sentences per date."),
    ) -> None:
        """Merged events (clusters) by their own date, with mention and source counts and a one-line summary.

        With --summarize: the N most important dates of the whole store (most reports referring to them), each
        with K sentences, as [{"date": ..., "sentences": [...]}] in json.
        """
        _check_format(fmt)
        if len(actor) > 2:
            _fail("--actor: give one actor, or two for a pair", 2)
        try:
            if summarize:
                from chronicler.timeline.store_summary import summarize_store

                if dates < 1 or sentences < 1:
                    _fail("--dates and --sentences must be at least 1", 2)
                rows = summarize_store(db, dates=dates, sentences=sentences, query=query)
                if fmt == "json":
                    print(json.dumps(rows, ensure_ascii=False, indent=2))
                else:
                    render(rows, fmt, [("date", lambda r: r["date"]), ("sentences", lambda r: r["sentences"])],
                           title=f"{len(rows)} dates")
                return
            from chronicler.timeline.build import build_timeline

            rows = build_timeline(db, actor=actor, types=type_, query=query, date_from=_date(date_from, "--from"),
                                  date_to=_date(date_to, "--to"), status=status, min_mentions=min_mentions,
                                  limit=limit)
        except StoreError as exc:
            _fail(str(exc))
        render(rows, fmt, TIMELINE_COLUMNS, title=f"{len(rows)} events")

    @app.command()
    def graph(
        db: str = DbOption,
        fmt: str = FormatOption,
        min_events: int = typer.Option(1, "--min-events", help="Drop edges with fewer events."),
    ) -> None:
        """The actor graph: who acts on whom, how often, by PLOVER quad class (json: nodes and edges)."""
        from chronicler.timeline.graph import build_graph, graph_json

        _check_format(fmt)
        try:
            data = graph_json(build_graph(db, min_events=min_events))
        except StoreError as exc:
            _fail(str(exc))
        if fmt == "json":
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return
        names = {n["id"]: n["name"] for n in data["nodes"]}
        render(data["edges"], fmt, [
            ("source", lambda r: names[r["source"]]), ("target", lambda r: names[r["target"]]),
            ("events", lambda r: r["events"]), ("mentions", lambda r: r["mentions"]),
            ("verbal coop", lambda r: r["verbal cooperation"]), ("material coop", lambda r: r["material cooperation"]),
            ("verbal conflict", lambda r: r["verbal conflict"]), ("material conflict", lambda r: r["material conflict"]),
        ], title=f"{len(data['nodes'])} actors, {len(data['edges'])} relations")

    from chronicler import cli

    if _demo_timeline not in cli.DEMO_EXTRAS:
        cli.DEMO_EXTRAS.append(_demo_timeline)
    _ = err  # the shared stderr console, used by _fail


def _when(row: dict) -> str:
    """The own date as text, saying when it was only inherited from the report's date or its lead's date."""
    note = {"inherited": " (report date)", "narrative": " (the report's lead date)"}.get(row.get("date_source") or "", "")
    return interval_text(row["date"]) + note


#: The timeline table's columns (the timeline command and the demo).
TIMELINE_COLUMNS = [
    ("date", _when),
    ("type", lambda r: r["type"]), ("source", lambda r: _actor_name(r["source"])),
    ("target", lambda r: _actor_name(r["target"])), ("status", lambda r: r["status"]),
    ("mentions", lambda r: r["mentions"]), ("sources", lambda r: r["source_count"]),
    ("summary", lambda r: r["summary"]),
]


def _demo_timeline(db: str) -> None:
    """Demo: the alliance timeline (merged events between Japan and the United States), by own date."""
    from chronicler.timeline.build import build_timeline

    rows = build_timeline(db, actor=["JPN", "USA"])
    if not rows:
        return
    print()
    render(rows, "table", TIMELINE_COLUMNS,
           title=f"The alliance timeline (JPN and USA): {len(rows)} merged events by their own date")
