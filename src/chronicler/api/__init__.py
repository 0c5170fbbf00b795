"""HTTP API (FastAPI) over a chronicler store: ``create_app(db_path, token=None)``; served by ``chronicler serve``."""

from chronicler.api.app import create_app

__all__ = ["create_app"]
