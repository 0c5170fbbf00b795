"""``POST /api/ingest``: token-checked upload of report files, kept under the upload directory, then ingested.

Upload file names are reduced to a safe base name; the resolved path must stay inside the run's directory.
"""

from __future__ import annotations

import hmac
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from chronicler.api.errors import ApiError

MAX_FILES = 50
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def check_token(request: Request) -> None:
    """Writes are off without a configured token; with one, the request must carry it (constant-time compare)."""
    expected = request.app.state.token
    if expected is None:
        raise ApiError(403, "writes are disabled: start the server with --token (or CHRONICLER_TOKEN)",
                       code="writes_disabled")
    given = request.headers.get("x-chronicler-token")
    auth = request.headers.get("authorization", "")
    if given is None and auth[:7].lower() == "bearer ":
        given = auth[7:].strip()
    if not given or not hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8")):
        raise ApiError(401, "missing or wrong token", headers={"www-authenticate": "Bearer"})


def safe_name(filename: str | None, index: int) -> str:
    """A file name that cannot leave its directory: the base name with unsafe characters replaced."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip("._")[:100]
    return f"{index:03d}-{base or 'upload'}"


def contained_path(directory: Path, name: str) -> Path:
    """``directory / name``, refusing any result outside ``directory``."""
    root = directory.resolve()
    path = (root / name).resolve()
    if path.parent != root:
        raise ApiError(400, "file name escapes the upload directory", param="files")
    return path


async def handle_upload(request: Request) -> dict[str, Any]:
    """Check the token, save the uploaded files, ingest them with the server's pipeline config."""
    check_token(request)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "send the files as multipart/form-data (field 'files')")
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=10, max_part_size=request.app.state.max_upload)
    except ApiError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed multipart bodies: a 400, never a 500
        raise ApiError(400, f"malformed upload: {type(exc).__name__}", param="files") from None
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if not files:
        raise ApiError(400, "no files uploaded (multipart field 'files')", param="files")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    run_dir = Path(request.app.state.upload_dir) / stamp
    run_dir.mkdir(parents=True, exist_ok=False)
    paths = []
    for i, f in enumerate(files, start=1):
        path = contained_path(run_dir, safe_name(f.filename, i))
        path.write_bytes(await f.read())
        paths.append(path)
    await form.close()
    summary = await run_in_threadpool(_ingest, request, paths)
    root = str(run_dir.resolve()) + "/"
    strip = lambda s: s.replace(root, "")  # noqa: E731 - report names, not server paths
    return {"run": summary.run_id, "files": summary.files, "added": len(summary.added),
            "unchanged": len(summary.unchanged), "failed": summary.failed,
            "errors": [{"source": strip(e.source), "reason": strip(e.reason), "stage": e.stage} for e in summary.errors]}


def _ingest(request: Request, paths: list[Path]) -> Any:
    from chronicler.ingest.run import ingest

    # each file by name (sanitized names hold no glob characters), whatever its extension
    with request.app.state.handle.write() as store:
        return ingest([str(p) for p in paths], store=store, config=request.app.state.config)
