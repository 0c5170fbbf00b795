"""Multinomial logistic regression over sparse named features: the model, training and the weights file's text.

Shared by the learned event-type model (``chronicler.events.learned.model``) and the learned actor-sector model
(``chronicler.actors.learned.model``); each brings its own classes and settings. Training is deterministic
(features sorted, full-batch Adam steps from zero weights, sparse products by ``np.add.reduceat`` in a fixed
order, no BLAS whose thread count could change the last bits, weights rounded), so a trainer rebuilds a shipped
weights file byte for byte.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import ClassVar, Self

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


@dataclass(frozen=True)
class Model:
    """Weights by feature (one per class in ``settings.classes`` order). A subclass per learned model sets the
    class variables: its ``settings``, its shipped ``weights_file`` (in ``data/``) and ``what`` (its name in the
    error for a wrong file)."""

    settings: ClassVar[Settings]
    weights_file: ClassVar[str]
    what: ClassVar[str]
    weights: dict[str, np.ndarray]
    # the same weights as one matrix (a row per feature, in ``index`` order): one gather and one product per
    # instance instead of a numpy addition per feature, which cost most of the model's time in a stage
    index: dict[str, int] = field(init=False, repr=False, compare=False)
    matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = list(self.weights)
        object.__setattr__(self, "index", {name: i for i, name in enumerate(names)})
        rows = [self.weights[n] for n in names] or [np.zeros(len(self.settings.classes))]
        object.__setattr__(self, "matrix", np.vstack(rows))

    @classmethod
    def fit(cls, instances: Sequence[tuple[dict[str, float], str]]) -> Self:
        """Multinomial logistic regression (mean cross-entropy + ``l2``) by ``steps`` Adam steps on the full
        batch (:func:`fit_weights`)."""
        return cls(fit_weights(instances, cls.settings))

    @classmethod
    def parse(cls, text: str) -> Self:
        """A model from the weights file's text."""
        return cls(parse_weights(text, cls.settings, cls.what))

    @classmethod
    def shipped(cls) -> Self | None:
        """The model shipped with the package (``data/`` + ``weights_file``), or None when the file is absent."""
        path = resources.files("chronicler").joinpath("data", cls.weights_file)
        if not path.is_file():
            return None
        return cls.parse(path.read_text(encoding="utf-8"))

    def dump(self, header: list[str]) -> str:
        """The weights file's text: ``#`` header lines, the class row, then one row per feature (sorted)."""
        return dump_weights(self.weights, self.settings, header)

    def scores(self, features: dict[str, float]) -> np.ndarray:
        """The linear score of each class (``classes`` order) for one instance (or a part of its features)."""
        index = self.index
        rows, values = [], []
        for name, value in features.items():
            i = index.get(name)
            if i is not None:
                rows.append(i)
                values.append(value)
        return np.asarray(values) @ self.matrix[rows] if rows else np.zeros(len(self.settings.classes))

    def probability_vector(self, features: dict[str, float]) -> np.ndarray:
        """The class probabilities of one instance, in ``classes`` order."""
        return softmax(self.scores(features))

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """The probability of each class for one instance."""
        return dict(zip(self.settings.classes, (float(x) for x in self.probability_vector(features))))

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        """The likeliest class and its probability (the first class on a tie), read off the probability vector."""
        p = self.probability_vector(features)
        k = int(np.argmax(p))
        return self.settings.classes[k], float(p[k])


def softmax(scores: np.ndarray) -> np.ndarray:
    """Class probabilities from linear scores."""
    p = np.exp(scores - scores.max())
    return p / p.sum()


def best_of(scores: np.ndarray, classes: tuple[str, ...]) -> tuple[str, float]:
    """The likeliest class of linear ``scores`` and its probability, in plain Python (numpy's per-call overhead
    is most of the work on a few dozen numbers). Not :meth:`Model.best`'s arithmetic: the two differ in the last
    bits of the probability, and on near ties (two scores whose exponentials round alike) even in the class, so
    each model keeps the one its shipped behaviour was measured with."""
    values = scores.tolist()
    top = max(values)
    k = values.index(top)
    return classes[k], 1.0 / sum(math.exp(v - top) for v in values)


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

