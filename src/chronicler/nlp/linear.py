"""Multinomial logistic regression over sparse named features: training and the weights file's text.

Shared by the learned event-type model (``chronicler.events.learned.model``) and the learned actor-sector model
(``chronicler.actors.learned.model``); each brings its own classes and settings. Training is deterministic
(features sorted, full-batch Adam steps from zero weights, sparse products by ``np.add.reduceat`` in a fixed
order, no BLAS whose thread count could change the last bits, weights rounded), so a trainer rebuilds a shipped
weights file byte for byte.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Settings:
    """Training settings of one model (written into its weights file's header by its trainer)."""

    classes: tuple[str, ...]
    min_count: int  # a feature seen in fewer training instances is left out
    l2: float
    steps: int
    rate: float
    decimals: int  # weights are rounded so that the file does not depend on the last bits of floating point


def fit_weights(instances: Sequence[tuple[dict[str, float], str]], s: Settings) -> dict[str, np.ndarray]:
    """Weights by feature (one per class) minimising mean cross-entropy + ``l2``, by ``steps`` Adam steps on the
    full batch; features whose rounded weights are all zero are left out."""
    counts = Counter(name for feats, _ in instances for name in feats)
    vocab = sorted(name for name, n in counts.items() if n >= s.min_count)
    index = {name: i for i, name in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, (feats, _) in enumerate(instances):
        for name in sorted(feats):
            if name in index:
                rows.append(r)
                cols.append(index[name])
                vals.append(feats[name])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    vals_a = np.array(vals, dtype=np.float64)
    n, k, m = len(instances), len(s.classes), len(vocab)
    y = np.zeros((n, k))
    y[np.arange(n), [s.classes.index(label) for _, label in instances]] = 1.0
    row_starts = np.flatnonzero(np.r_[True, rows_a[1:] != rows_a[:-1]])
    row_ids = rows_a[row_starts]
    order = np.argsort(cols_a, kind="stable")
    c_sorted, r_sorted, v_sorted = cols_a[order], rows_a[order], vals_a[order]
    col_starts = np.flatnonzero(np.r_[True, c_sorted[1:] != c_sorted[:-1]])
    col_ids = c_sorted[col_starts]
    w = np.zeros((m, k))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, s.steps + 1):
        scores = np.zeros((n, k))
        scores[row_ids] = np.add.reduceat(w[cols_a] * vals_a[:, None], row_starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - y) / n
        grad = np.zeros_like(w)
        grad[col_ids] = np.add.reduceat(err[r_sorted] * v_sorted[:, None], col_starts, axis=0)
        grad += s.l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= s.rate * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    w = np.round(w, s.decimals)
    return {name: w[i] for i, name in enumerate(vocab) if np.any(w[i] != 0.0)}


def dump_weights(weights: dict[str, np.ndarray], s: Settings, header: list[str]) -> str:
    """The weights file's text: ``#`` header lines, the class row, then one row per feature (sorted)."""
    lines = [f"# {h}" if h else "#" for h in header]
    lines.append("feature\t" + "\t".join(s.classes))
    for name in sorted(weights):
        lines.append(name + "\t" + "\t".join(f"{x:.{s.decimals}f}".replace("-0.000", "0.000")
                                             for x in weights[name]))
    return "\n".join(lines) + "\n"


def parse_weights(text: str, s: Settings, what: str) -> dict[str, np.ndarray]:
    """Weights by feature from a weights file's text; ``what`` names the model in the error for a wrong file."""
    weights: dict[str, np.ndarray] = {}
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    if not lines or tuple(lines[0].split("\t")[1:]) != s.classes:
        raise ValueError(f"{what}: unexpected class row")
    for line in lines[1:]:
        name, *values = line.split("\t")
        weights[name] = np.array([float(v) for v in values])
    return weights
