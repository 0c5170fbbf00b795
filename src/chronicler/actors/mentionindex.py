"""``MentionIndex``: a document's mentions sorted by start, for lookups by character range (the events stage and
``resolve.mention_at`` ask hundreds of times per document)."""

from __future__ import annotations

import bisect
from typing import Iterable

from chronicler.model import Mention


class MentionIndex:
    """The mentions of a document, searchable by character range."""

    def __init__(self, mentions: Iterable[Mention]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping ``[start, end)``, in text order."""
        i = max(0, bisect.bisect_left(self.starts, start) - 8)
        j = bisect.bisect_left(self.starts, end, i)  # the first mention starting at or after ``end``
        return [m for m in self.mentions[i:j] if m.end > start]

    def near(self, start: int, end: int) -> list[Mention]:
        """Every mention that may touch ``[start, end]`` (starting from ``start`` minus the longest mention's
        length up to ``end`` itself), in text order; the caller judges the overlap it needs."""
        return self.mentions[bisect.bisect_left(self.starts, start - self.longest):
                             bisect.bisect_right(self.starts, end)]

    def inside(self, lo: int, hi: int) -> list[Mention]:
        """Mentions lying wholly within ``[lo, hi]``, in text order."""
        span = self.mentions[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]
        return [m for m in span if m.end <= hi]

    def up_to(self, pos: int) -> list[Mention]:
        """Mentions starting at or before ``pos``, in text order (a caller stops at the first one ending after)."""
        return self.mentions[:bisect.bisect_right(self.starts, pos)]
