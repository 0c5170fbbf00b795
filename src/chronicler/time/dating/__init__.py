"""Publication dating: an interval [earliest, latest] with a best day and the evidence behind it.

``infer_date(text, given=..., url=..., source=..., kb=...)`` is the Python entry point; the ``dating`` stage
(:mod:`chronicler.time.dating.stage`) applies it to documents and never contradicts a date given as metadata.
"""

from chronicler.time.dating.infer import Dating, infer_date

__all__ = ["Dating", "infer_date"]
