"""``GET /api/export``: the filtered timeline or events as a JSON, JSON Lines or CSV download.

Nothing is written on the server; the file name of the attachment is fixed (no user input reaches a path).
CSV cells that a spreadsheet would run as a formula (leading ``= + - @``) are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi.responses import Response

from chronicler.api import queries
from chronicler.api.errors import ApiError
from chronicler.api.filters import Filters

MAX_EXPORT = 100_000
FORMATS = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
WHATS = ("timeline", "events")
PAGE = 2000


def export(con: Any, filters: Filters, *, fmt: str, what: str, limit: int, orphans: bool = True) -> Response:
    """The export as an attachment response; an unknown format or kind is a 400."""
    if fmt not in FORMATS:
        raise ApiError(400, f"format: one of {', '.join(FORMATS)}", param="format")
    if what not in WHATS:
        raise ApiError(400, f"what: one of {', '.join(WHATS)}", param="what")
    items = _collect(con, filters, what, limit, orphans)
    if fmt == "json":
        body = json.dumps({"items": items}, ensure_ascii=False)
    elif fmt == "jsonl":
        body = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)
    else:
        body = _csv(items, what)
    return Response(body, media_type=FORMATS[fmt],
                    headers={"content-disposition": f'attachment; filename="chronicler-{what}.{fmt}"'})


def _collect(con: Any, filters: Filters, what: str, limit: int, orphans: bool) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while len(items) < limit:
        n = min(PAGE, limit - len(items))
        out = (queries.timeline(con, filters, limit=n, cursor=cursor, orphans=orphans) if what == "timeline"
               else queries.events(con, filters, limit=n, cursor=cursor))
        items.extend(out["items"])
        cursor = out["next_cursor"]
        if cursor is None:
            break
    return items


def _safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(items: list[dict[str, Any]], what: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    if what == "timeline":
        w.writerow(["date_best", "date_earliest", "date_latest", "cluster", "type", "quad", "source", "source_name",
                    "target", "target_name", "status", "mentions", "source_count", "sources", "documents", "summary"])
        for x in items:
            d = x["date"] or {}
            src, tgt = x["source"] or {}, x["target"] or {}
            w.writerow([_safe_cell(v) for v in (
                d.get("best"), d.get("earliest"), d.get("latest"), x["cluster"], x["type"], x["quad"], src.get("id"),
                src.get("name"), tgt.get("id"), tgt.get("name"), x["status"], x["mentions"], x["source_count"], ";".join(x["sources"]),
                ";".join(x["documents"]), x["summary"])])
    else:
        w.writerow(["id", "date_best", "date_earliest", "date_latest", "type", "quad", "source", "target", "status",
                    "trigger", "document", "cluster", "sentence"])
        for x in items:
            d = x.get("date") or {}
            w.writerow([_safe_cell(v) for v in (
                x["id"], d.get("best"), d.get("earliest"), d.get("latest"), x["type"], x["quad"],
                (x.get("source") or {}).get("id"), (x.get("target") or {}).get("id"), x["status"], x.get("trigger"),
                x["document"], x["cluster"], (x.get("provenance") or {}).get("text"))])
    return buf.getvalue()
