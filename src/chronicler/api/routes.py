"""The API's endpoints: thin wrappers binding query parameters to :mod:`chronicler.api.queries`.

Lists return ``{"items": [...], "next_cursor": "..." | null}``; pass ``cursor=next_cursor`` for the next page.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from chronicler.api import exports, queries, upload
from chronicler.api.errors import ApiError
from chronicler.api.filters import QUAD_CLASSES, Filters
from chronicler.model import EVENT_STATUSES, PLOVER_TYPES

router = APIRouter(prefix="/api")

MAX_PAGE = 1000
MAX_TIMELINE_PAGE = 5000
ID_PATTERN = re.compile(r"[^\x00-\x1f\x7f]{1,200}")

ActorQ = Query([], description="Actor id, name, alias, country code or country name, either side; two values: "
                               "between the pair (repeatable or comma-separated).")
CountryQ = Query([], description="Country code (ISO alpha-3 or IGO) of either actor.")
TypeQ = Query([], description="PLOVER type(s).")
QuadQ = Query([], description=f"Quad class(es): {', '.join(QUAD_CLASSES)}.")
StatusQ = Query([], description=f"Status(es): {', '.join(EVENT_STATUSES)}.")
FromQ = Query(None, alias="from", description="Date interval ends on/after (YYYY-MM-DD, YYYY-MM or YYYY).")
ToQ = Query(None, alias="to", description="Date interval starts on/before (YYYY-MM-DD, YYYY-MM or YYYY).")
TextQ = Query(None, description="Words (all of them, case-insensitive) in a member event's source sentence.")
MinMentionsQ = Query(1, ge=1, le=1_000_000,
                     description="Only clusters reported at least this often (timeline, graph, export).")
CursorQ = Query(None, max_length=400, description="next_cursor of the previous page.")


def _read(request: Request) -> Any:
    return request.app.state.handle.read()


def _filters(actor: list[str], country: list[str], type_: list[str], quad: list[str], status: list[str],
             date_from: str | None, date_to: str | None, text: str | None = None, min_mentions: int = 1) -> Filters:
    return Filters.parse(actor=actor, country=country, type=type_, quad=quad, status=status, date_from=date_from,
                         date_to=date_to, text=text, min_mentions=min_mentions)


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    """Liveness and store counts."""
    with _read(request) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "events", "clusters", "actors")}
    return {"status": "ok", "writes": request.app.state.token is not None, **counts}


@router.get("/meta")
def meta() -> dict[str, Any]:
    """The vocabularies the filters accept: PLOVER types by quad class and statuses."""
    return {"types": list(PLOVER_TYPES), "quad_classes": {q: list(t) for q, t in QUAD_CLASSES.items()},
            "statuses": list(EVENT_STATUSES)}


@router.get("/documents")
def documents(request: Request, limit: int = Query(100, ge=1, le=MAX_PAGE), cursor: str | None = CursorQ) -> dict[str, Any]:
    """Stored documents, oldest publication first, with their event counts."""
    with _read(request) as con:
        return queries.documents(con, limit=limit, cursor=cursor)


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    """A document's text with its annotated spans (body, sentences, mentions, timexes, events)."""
    return _detail(request, queries.document_detail, doc_id, "document", "doc_id")


@router.get("/events")
def events(request: Request, actor: list[str] = ActorQ, country: list[str] = CountryQ, type: list[str] = TypeQ,  # noqa: A002
           quad: list[str] = QuadQ, status: list[str] = StatusQ, date_from: str | None = FromQ,
           date_to: str | None = ToQ, text: str | None = TextQ,
           limit: int = Query(100, ge=1, le=MAX_PAGE), cursor: str | None = CursorQ) -> dict[str, Any]:
    """Events matching every filter, by their own date (undated last), one page at a time."""
    f = _filters(actor, country, type, quad, status, date_from, date_to, text)
    with _read(request) as con:
        return queries.events(con, f, limit=limit, cursor=cursor)


@router.get("/events/{event_id}")
def event(request: Request, event_id: str) -> dict[str, Any]:
    """An event with its source sentence and spans, document, cluster and the cluster's other members."""
    return _detail(request, queries.event_detail, event_id, "event", "event_id")


@router.get("/clusters/{cluster_id}")
def cluster(request: Request, cluster_id: str) -> dict[str, Any]:
    """A timeline entry (a cluster, or an unclustered event) with all its member events and their sources."""
    return _detail(request, queries.cluster_detail, cluster_id, "cluster", "cluster_id")


@router.get("/actors")
def actors(request: Request, q: str | None = Query(None, max_length=200, description="Part of a name, id or alias."),
           country: str | None = Query(None, max_length=20), sector: str | None = Query(None, max_length=20),
           limit: int = Query(200, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
    """Actors with their codes and event counts, most active first."""
    with _read(request) as con:
        return queries.actors(con, q=q, country=country, sector=sector, limit=limit)


@router.get("/timeline")
def timeline(request: Request, actor: list[str] = ActorQ, country: list[str] = CountryQ, type: list[str] = TypeQ,  # noqa: A002
             quad: list[str] = QuadQ, status: list[str] = StatusQ, date_from: str | None = FromQ,
             date_to: str | None = ToQ, text: str | None = TextQ, limit: int = Query(500, ge=1, le=MAX_TIMELINE_PAGE),
             cursor: str | None = CursorQ, min_mentions: int = MinMentionsQ) -> dict[str, Any]:
    """Event clusters (real-world events) in date order: ``date, cluster, type, quad, source, target, status,
    mentions, sources, documents, events, summary``. An event without a cluster is its own cluster."""
    f = _filters(actor, country, type, quad, status, date_from, date_to, text, min_mentions)
    with _read(request) as con:
        return queries.timeline(con, f, limit=limit, cursor=cursor, orphans=request.app.state.handle.orphans)


@router.get("/graph")
def graph(request: Request, actor: list[str] = ActorQ, country: list[str] = CountryQ, type: list[str] = TypeQ,  # noqa: A002
          quad: list[str] = QuadQ, status: list[str] = StatusQ, date_from: str | None = FromQ,
          date_to: str | None = ToQ, text: str | None = TextQ,
          max_edges: int = Query(300, ge=1, le=5000), min_mentions: int = MinMentionsQ) -> dict[str, Any]:
    """Actor graph: nodes are actors (with event counts); edges source→target weighted by clusters
    (``weight``), mentions, and clusters per PLOVER quad class (``quad``)."""
    f = _filters(actor, country, type, quad, status, date_from, date_to, text, min_mentions)
    with _read(request) as con:
        return queries.graph(con, f, max_edges=max_edges, orphans=request.app.state.handle.orphans)


@router.get("/export")
def export(request: Request, format: str = Query("json", max_length=10, description="json, jsonl or csv"),  # noqa: A002
           what: str = Query("timeline", max_length=10, description="timeline or events"),
           actor: list[str] = ActorQ, country: list[str] = CountryQ, type: list[str] = TypeQ,  # noqa: A002
           quad: list[str] = QuadQ, status: list[str] = StatusQ, date_from: str | None = FromQ,
           date_to: str | None = ToQ, text: str | None = TextQ,
           limit: int = Query(10000, ge=1, le=exports.MAX_EXPORT), min_mentions: int = MinMentionsQ) -> Response:
    """Download the filtered timeline or events as JSON, JSON Lines or CSV (an attachment; nothing is written
    on the server)."""
    f = _filters(actor, country, type, quad, status, date_from, date_to, text, min_mentions)
    with _read(request) as con:
        return exports.export(con, f, fmt=format, what=what, limit=limit, orphans=request.app.state.handle.orphans)


@router.post("/ingest", openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
    "type": "object", "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}})
async def ingest(request: Request) -> dict[str, Any]:
    """Upload report files (multipart field ``files``) and ingest them. Needs the server's token."""
    return await upload.handle_upload(request)


def _detail(request: Request, fetch: Any, ident: str, what: str, param: str) -> dict[str, Any]:
    """One stored object by id: 400 for a malformed id, 404 in the envelope when there is none."""
    _check_id(ident, what)
    with _read(request) as con:
        out = fetch(con, ident)
    if out is None:
        raise ApiError(404, f"no {what} {ident[:80]!r}", param=param)
    return out


def _check_id(value: str, what: str) -> None:
    if not ID_PATTERN.fullmatch(value):
        raise ApiError(400, f"malformed {what} id", param=f"{what}_id")
