"""Where a WordNet loan may stand in a sentence (moved out of ``borrow.py`` in session 24 to keep it small)."""

from __future__ import annotations

from typing import Any

from chronicler.events.borrow import BorrowedSense
from chronicler.events.main import salience


def compete(found: list[Any]) -> list[Any]:
    """Of a sentence's triggers, the loans that may stand: a borrowed trigger stays only on the main event's level
    (no relative or adverbial clause, no setting phrase on its way to the root) and higher in the parse than every
    lexicon trigger (fewer secondary attachments, then depth); a direct hit wins every tie. A borrowed event noun
    is weaker still ("in an interview, X said ..."): it only fills a sentence with no lexicon trigger."""
    if not any(isinstance(t.sense, BorrowedSense) for t in found):
        return found  # the common case: no parse walk needed
    direct = [salience(t.head) for t in found if not isinstance(t.sense, BorrowedSense)]
    top = min(direct) if direct else (99, 0)
    kept = []
    for t in found:
        if isinstance(t.sense, BorrowedSense):
            level = salience(t.head)
            if level[0] != 0 or level >= top or (t.noun is not None and direct):
                continue
        kept.append(t)
    return kept
