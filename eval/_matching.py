"""One-to-one matching of gold events to our events of a sentence, shared by the scorers that count every
event a sentence states (``_event_precision`` for the example corpus, ``_content_s16`` for the content set)."""

from __future__ import annotations

from typing import Callable, Iterable


def one_to_one(golds: Iterable[int], ours: Iterable[int], fits: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum matching {gold index: our index} by augmenting paths. Golds are tried in the order given and a
    gold once matched stays matched, so callers put the events that must count first."""
    candidates = list(ours)
    owner: dict[int, int] = {}  # our index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for oi in candidates:
            if oi in seen or not fits(gi, oi):
                continue
            seen.add(oi)
            if oi not in owner or augment(owner[oi], seen):
                owner[oi] = gi
                return True
        return False

    for gi in golds:
        augment(gi, set())
    return {gi: oi for oi, gi in owner.items()}
