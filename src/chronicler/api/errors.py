"""One JSON error envelope for every error, and no stack trace in any response.

Every error body is ``{"error": {"status": 404, "code": "not_found", "message": "...", "param": null}}``.
"""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronicler.api.filters import BadRequest
from chronicler.store.db import StoreError

log = logging.getLogger("chronicler.api")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 411: "length_required", 413: "too_large", 415: "unsupported_media_type",
         422: "bad_request", 429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    """An error with an HTTP status, raised by endpoints and rendered as the envelope."""

    def __init__(self, status: int, message: str, *, code: str | None = None, param: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.param, self.headers = status, message, param, headers
        self.code = code or CODES.get(status, "error")


def envelope(status: int, message: str, *, code: str | None = None, param: str | None = None,
             details: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error response every failure is turned into."""
    body: dict[str, Any] = {"status": status, "code": code or CODES.get(status, "error"), "message": message,
                            "param": param}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers that render every exception as the envelope."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return envelope(exc.status, exc.message, code=exc.code, param=exc.param, headers=exc.headers)

    @app.exception_handler(BadRequest)
    async def _bad_request(_: Request, exc: BadRequest) -> JSONResponse:
        return envelope(400, str(exc), param=exc.param)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            details.append({"param": ".".join(loc) or None, "message": str(e.get("msg", "invalid"))[:200]})
        first = details[0] if details else {"param": None, "message": "invalid request"}
        msg = f"{first['param']}: {first['message']}" if first["param"] else first["message"]
        return envelope(400, msg, param=first["param"], details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        return envelope(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError) -> JSONResponse:
        log.warning("store error: %s", exc)
        return envelope(503, "the store is unavailable; try again later")

    @app.exception_handler(duckdb.Error)
    async def _db(_: Request, exc: duckdb.Error) -> JSONResponse:
        log.error("database error: %s", exc)
        return envelope(500, "database error")

    @app.exception_handler(Exception)
    async def _any(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        return envelope(500, "internal error")
