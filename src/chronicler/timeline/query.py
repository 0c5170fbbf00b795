"""``timeline_rows``: stored events by their own date, as JSON-contract entries.

An entry is ``date, cluster, type, source, target, status, mentions, sources, documents, summary`` (the
contract later extended with merged clusters); for a single event: mentions 1, sources [its outlet],
documents [its document id], summary its sentence. Extra fields: ``id``, ``date_source``, ``trigger``,
``location``, ``cameo``, ``goldstein``, ``confidence``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from chronicler.store.db import DEFAULT_DB, open_store
from chronicler.store.queries import list_events


def timeline_rows(
    db: str | Path = DEFAULT_DB,
    *,
    actor: list[str] | None = None,
    type: list[str] | None = None,  # noqa: A002 - the CLI flag is --type
    date_from: date | None = None,
    date_to: date | None = None,
    status: list[str] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events matching every filter (actors: all must take part, on either side), oldest own date first."""
    with open_store(db, read_only=True) as st:
        events = list_events(actor=actor, type=type, date_from=date_from, date_to=date_to, status=status, store=st)
        events.sort(key=_when)
        events = events[:limit] if limit is not None else events
        ids = sorted({e["provenance"]["document"] for e in events})
        docs = {r[0]: (r[1], r[2]) for r in st.query(
            "SELECT id, outlet, source FROM documents WHERE id IN (SELECT unnest(?))", [ids])} if ids else {}
    return [entry(e, *docs.get(e["provenance"]["document"], (None, None))) for e in events]


def _when(event: dict[str, Any]) -> tuple[int, str, str, str]:
    """Sort key: undated last; else the best day, or the interval's start for coarse dates."""
    d = event.get("date") or {}
    first = d.get("best") or d.get("earliest")
    return (first is None, first or "", d.get("latest") or "", event["id"])


def entry(event: dict[str, Any], outlet: str | None, source: str | None) -> dict[str, Any]:
    """The timeline entry of one stored event (JSON form of ``model.Event``)."""
    prov = event["provenance"]
    return {
        "date": event["date"],
        "cluster": event.get("cluster"),
        "type": event["type"],
        "source": event["source"],
        "target": event["target"],
        "status": event["status"],
        "mentions": 1,
        "sources": [outlet or source or prov["document"]],
        "documents": [prov["document"]],
        "summary": " ".join(prov["text"].split()),
        "id": event["id"],
        "date_source": event["date_source"],
        "trigger": event["trigger"],
        "mode": event["mode"],
        "location": event["location"],
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
        "confidence": event["confidence"],
    }
