"""Pairwise precision, recall and F1 of a clustering against gold cluster labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise_prf(gold: Mapping[str, object], predicted: Mapping[str, object]) -> tuple[float, float, float]:
    """Precision, recall, F1 over item pairs put together, on the items both mappings label.

    A pair is a true positive when gold and prediction both put its items in one cluster. Computed from
    contingency counts, so it runs in time linear in the number of items.
    """
    items = [k for k in gold if k in predicted]
    both = Counter((gold[k], predicted[k]) for k in items)
    tp = _pairs(both)
    pred_pairs = _pairs(Counter(predicted[k] for k in items))
    gold_pairs = _pairs(Counter(gold[k] for k in items))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
