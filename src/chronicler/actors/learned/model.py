"""The learned actor-sector model: multinomial logistic regression over sparse features, our own numpy code.

Training is deterministic (features sorted, full-batch Adam steps from zero weights, no random numbers), so the
trainer (``eval/train_actor_sectors.py``) rebuilds the shipped weights file byte for byte. The file
(``data/actor_sector_model.tsv``) names its training files and their hashes in its header. The same algorithm as
the event-type model (``chronicler.events.learned.model``), with the PLOVER sectors as classes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

#: The classes: the PLOVER sectors the actors stage codes (``stage.SECTOR_NAMES``, sorted), NGO and IGO.
CLASSES = ("AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "IGO", "JRN", "JUD", "LAB", "LEG", "MED", "MIL",
           "NGO", "OPP", "PRM", "PTY", "REB", "REF", "REL", "SOC", "SPY", "UAF")
WEIGHTS_FILE = "actor_sector_model.tsv"
#: Training settings (written into the weights file's header).
MIN_COUNT = 2  # a feature seen in fewer training instances is left out
L2 = 0.001
STEPS = 200
RATE = 0.05
DECIMALS = 3  # weights are rounded so that the file does not depend on the last bits of floating point


@dataclass(frozen=True)
class SectorModel:
    """Weights by feature (one per class in ``CLASSES`` order); ``cache`` holds answers by a caller's key."""

    weights: dict[str, np.ndarray]
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    _matrix: np.ndarray = field(init=False, compare=False, repr=False)
    _rows: dict[str, int] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        names = sorted(self.weights)
        rows = np.array([self.weights[n] for n in names]).reshape(len(names), len(CLASSES))
        object.__setattr__(self, "_rows", {n: i for i, n in enumerate(names)})
        object.__setattr__(self, "_matrix", rows)

    def scores(self, features: dict[str, float]) -> np.ndarray:
        """The linear score of each class (``CLASSES`` order) for one instance (or a part of its features)."""
        hits = [(self._rows[n], v) for n, v in features.items() if n in self._rows]
        if not hits:
            return np.zeros(len(CLASSES))
        idx, vals = zip(*hits)
        return np.asarray(vals) @ self._matrix[list(idx)]

    def probabilities(self, features: dict[str, float]) -> np.ndarray:
        """The probability of each class (``CLASSES`` order) for one instance."""
        return softmax(self.scores(features))

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        """The likeliest sector and its probability."""
        return best_of(self.scores(features))


def softmax(scores: np.ndarray) -> np.ndarray:
    """Class probabilities from linear scores."""
    p = np.exp(scores - scores.max())
    return p / p.sum()


def best_of(scores: np.ndarray) -> tuple[str, float]:
    """The likeliest class of linear ``scores`` and its probability (plain Python: numpy's per-call overhead is
    most of the work on 25 numbers)."""
    values = scores.tolist()
    top = max(values)
    k = values.index(top)
    return CLASSES[k], 1.0 / sum(math.exp(v - top) for v in values)


def fit(instances: Sequence[tuple[dict[str, float], str]]) -> SectorModel:
    """Multinomial logistic regression (mean cross-entropy + ``L2``) by ``STEPS`` Adam steps on the full batch."""
    counts = Counter(name for feats, _ in instances for name in feats)
    vocab = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    index = {name: i for i, name in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, (feats, _) in enumerate(instances):
        for name in sorted(feats):
            if name in index:
                rows.append(r)
                cols.append(index[name])
                vals.append(feats[name])
    # sparse products by np.add.reduceat in a fixed order (no BLAS: its thread count could change the last bits)
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    vals_a = np.array(vals, dtype=np.float64)
    n, k, m = len(instances), len(CLASSES), len(vocab)
    y = np.zeros((n, k))
    y[np.arange(n), [CLASSES.index(label) for _, label in instances]] = 1.0
    row_starts = np.flatnonzero(np.r_[True, rows_a[1:] != rows_a[:-1]])
    row_ids = rows_a[row_starts]
    order = np.argsort(cols_a, kind="stable")
    c_sorted, r_sorted, v_sorted = cols_a[order], rows_a[order], vals_a[order]
    col_starts = np.flatnonzero(np.r_[True, c_sorted[1:] != c_sorted[:-1]])
    col_ids = c_sorted[col_starts]
    w = np.zeros((m, k))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        scores = np.zeros((n, k))
        scores[row_ids] = np.add.reduceat(w[cols_a] * vals_a[:, None], row_starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - y) / n
        grad = np.zeros_like(w)
        grad[col_ids] = np.add.reduceat(err[r_sorted] * v_sorted[:, None], col_starts, axis=0)
        grad += L2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= RATE * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    w = np.round(w, DECIMALS)
    return SectorModel({name: w[i] for i, name in enumerate(vocab) if np.any(w[i] != 0.0)})


def dump(model: SectorModel, header: list[str]) -> str:
    """The weights file's text: ``#`` header lines, the class row, then one row per feature (sorted)."""
    lines = [f"# {h}" if h else "#" for h in header]
    lines.append("feature\t" + "\t".join(CLASSES))
    for name in sorted(model.weights):
        lines.append(name + "\t" + "\t".join(f"{v:.{DECIMALS}f}".replace("-0.000", "0.000")
                                             for v in model.weights[name]))
    return "\n".join(lines) + "\n"


def parse(text: str) -> SectorModel:
    """A model from the weights file's text."""
    weights: dict[str, np.ndarray] = {}
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    if not lines or tuple(lines[0].split("\t")[1:]) != CLASSES:
        raise ValueError("actor sector model: unexpected class row")
    for line in lines[1:]:
        name, *values = line.split("\t")
        weights[name] = np.array([float(v) for v in values])
    return SectorModel(weights)


@lru_cache(maxsize=1)
def shipped_model() -> SectorModel | None:
    """The model shipped with the package (``data/actor_sector_model.tsv``), or None when the file is absent."""
    path = resources.files("chronicler").joinpath("data", WEIGHTS_FILE)
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))
