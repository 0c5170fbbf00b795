"""The FastAPI application: ``create_app(db_path, token=None)``.

Reads (``GET /api/...``) use a read-only store connection. The one write, ``POST /api/ingest``, is disabled
unless a token is configured, and then needs it (``Authorization: Bearer TOKEN`` or ``X-Chronicler-Token``).
Request bodies are size-limited; every error is the JSON envelope of :mod:`chronicler.api.errors`.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from chronicler.api import errors
from chronicler.api.handle import StoreHandle

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
#: Swagger UI's files (JS, CSS, icon) as packaged on PyPI by fastapi-swagger; only its assets are used.
SWAGGER_UI = Path(importlib.util.find_spec("fastapi_swagger").origin).parent / "resources"  # type: ignore[union-attr]
MAX_BODY = 64 * 1024
MAX_UPLOAD = 20 * 1024 * 1024

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
# The page loads only its own scripts and styles.
CSP = (b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
       b"frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
# Swagger UI (/docs) is served from the installed package, never a CDN (no network at run time); it
# styles elements inline, which only its pages allow.
DOCS_CSP = (b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'")
DOCS_ASSETS = "/docs-assets"


class _TooLarge(Exception):
    pass


class LimitsMiddleware:
    """Refuses request bodies over the limit (413) and adds security headers to every response."""

    def __init__(self, app: ASGIApp, max_body: int, max_upload: int):
        self.app, self.max_body, self.max_upload = app, max_body, max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_upload if scope["path"] == "/api/ingest" else self.max_body
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > limit
            except ValueError:
                too_big = True
            if too_big:
                await errors.envelope(413, f"request body larger than {limit} bytes")(scope, receive, send)
                return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                docs = scope["path"] == "/docs" or scope["path"].startswith(DOCS_ASSETS + "/")
                extra = [*SECURITY_HEADERS, (b"content-security-policy", DOCS_CSP if docs else CSP)]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            if not started:
                await errors.envelope(413, f"request body larger than {limit} bytes")(scope, receive, send)


def create_app(db_path: str | Path, token: str | None = None, *, config: dict[str, Any] | str | Path | None = None,
               upload_dir: str | Path | None = None, max_upload_bytes: int = MAX_UPLOAD) -> FastAPI:
    """The API and web page over the store at ``db_path``.

    ``token`` enables ``POST /api/ingest`` (and is then required by it); ``config`` is the pipeline config
    uploads are ingested with (default: the packaged one); uploads are kept under ``upload_dir`` (default:
    ``<store>.uploads`` next to the store).
    """
    from chronicler.api import routes

    handle = StoreHandle(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        handle.close()

    app = FastAPI(title="chronicler", version="1", description=__doc__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.handle = handle
    app.state.token = token or None
    app.state.config = config
    app.state.upload_dir = Path(upload_dir) if upload_dir else Path(str(db_path) + ".uploads")
    app.state.max_upload = max_upload_bytes
    errors.install(app)
    app.include_router(routes.router)
    app.add_middleware(LimitsMiddleware, max_body=MAX_BODY, max_upload=max_upload_bytes)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")

    app.mount(DOCS_ASSETS, StaticFiles(directory=SWAGGER_UI, follow_symlink=False), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    return app
