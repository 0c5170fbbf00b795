"""``chronicler timeline``: events by their own date, with type, actors, status and source sentence."""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

import typer

#: The demo's closing listing: the Japan–US alliance.
DEMO_ACTORS = ["JPN", "USA"]


def _actor(a: Optional[dict]) -> str:
    if not a:
        return ""
    codes = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
    return f"{a['name']} ({codes})" if codes else a["name"]


def _when(row: dict[str, Any]) -> str:
    from chronicler.output import interval_text

    text = interval_text(row["date"])
    return text + (" (report date)" if row["date_source"] == "inherited" else "")


COLUMNS = [
    ("date", _when), ("type", lambda r: r["type"] + (f"/{r['mode']}" if r.get("mode") else "")),
    ("source", lambda r: _actor(r["source"])), ("target", lambda r: _actor(r["target"])),
    ("status", lambda r: r["status"]), ("sentence", lambda r: r["summary"]),
]


def show_timeline(db: str, *, actor: list[str], type_: list[str] | None = None, date_from: date | None = None,
                  date_to: date | None = None, status: list[str] | None = None, fmt: str = "table",
                  limit: int | None = None, title: str | None = None) -> list[dict[str, Any]]:
    """Print the timeline of a store in ``fmt`` and return its entries."""
    from chronicler.output import render
    from chronicler.timeline.query import timeline_rows

    rows = timeline_rows(db, actor=actor, type=type_, date_from=date_from, date_to=date_to, status=status,
                         limit=limit)
    render(rows, fmt, COLUMNS, title=title or f"timeline: {len(rows)} events")
    return rows


def demo_timeline(db: str) -> None:
    """The end of ``chronicler demo``: the alliance timeline (events with both Japan and the US)."""
    print()
    show_timeline(db, actor=DEMO_ACTORS, title="The alliance timeline (JPN and USA), by each event's own date")


def register(app: typer.Typer) -> None:
    """Add ``timeline`` to the CLI and the alliance timeline to the demo."""
    from chronicler import cli

    if demo_timeline not in cli.DEMO_EXTRAS:
        cli.DEMO_EXTRAS.append(demo_timeline)

    @app.command()
    def timeline(
        db: str = cli.DbOption,
        fmt: str = cli.FormatOption,
        actor: list[str] = typer.Option([], "--actor", help="Actor id, country code or name; all must take part."),
        type_: list[str] = typer.Option([], "--type", help="PLOVER event type (repeatable)."),
        date_from: Optional[str] = typer.Option(None, "--from", help="Own date ends on/after (YYYY-MM-DD)."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Own date starts on/before (YYYY-MM-DD)."),
        status: list[str] = typer.Option([], "--status", help="occurred, planned, expected, negated ..."),
        limit: Optional[int] = typer.Option(None, "--limit"),
    ) -> None:
        """Events by their own date (not the report's), with type, actors, status and source sentence.

        JSON entries: date, cluster, type, source, target, status, mentions, sources, documents, summary
        (and id, date_source, trigger, mode, location, cameo, goldstein, confidence).
        """
        from chronicler.store.db import StoreError

        cli._check_format(fmt)
        try:
            show_timeline(db, actor=actor, type_=type_, date_from=cli._date(date_from, "--from"),
                          date_to=cli._date(date_to, "--to"), status=status, fmt=fmt, limit=limit)
        except StoreError as exc:
            cli._fail(str(exc))
