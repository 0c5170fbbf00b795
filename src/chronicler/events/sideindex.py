"""The id → actor map of a document's actors, built once per document (session 20, issue 7: speed).

:func:`chronicler.events.sides.coded_doers` runs for every sentence the events stage reads and needs the actors of
the sentence's mentions by id; building the map of all the document's actors each time made the stage's cost grow
with sentences × actors. The document's actors are an immutable tuple of frozen ``Actor``s for the whole events
stage, so the map of the last tuple seen is kept (with the tuple, so that its identity stays valid).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

_LAST = threading.local()


def actors_by_id(actors: Iterable[Any]) -> dict[str, Any]:
    """``{a.id: a for a in actors}`` (a later actor with the same id wins, as in the comprehension); the map of
    the last tuple asked about is reused while the same tuple object comes back. Other iterables are not kept
    (a list may change)."""
    if actors.__class__ is not tuple:
        return {a.id: a for a in actors}
    last = getattr(_LAST, "pair", None)
    if last is not None and last[0] is actors:
        return last[1]
    by_id = {a.id: a for a in actors}
    _LAST.pair = (actors, by_id)
    return by_id
