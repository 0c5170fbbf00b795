"""The learned actor-sector model: multinomial logistic regression over sparse features, our own numpy code.

Training is deterministic (features sorted, full-batch Adam steps from zero weights, no random numbers), so the
trainer (``eval/train_actor_sectors.py``) rebuilds the shipped weights file byte for byte. The file
(``data/actor_sector_model.tsv``) names its training files and their hashes in its header. The same algorithm as
the event-type model (``chronicler.events.learned.model``), with the PLOVER sectors as classes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from chronicler.nlp import linear

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
SETTINGS = linear.Settings(CLASSES, MIN_COUNT, L2, STEPS, RATE, DECIMALS)


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
    return SectorModel(linear.fit_weights(instances, SETTINGS))


def dump(model: SectorModel, header: list[str]) -> str:
    """The weights file's text: ``#`` header lines, the class row, then one row per feature (sorted)."""
    return linear.dump_weights(model.weights, SETTINGS, header)


def parse(text: str) -> SectorModel:
    """A model from the weights file's text."""
    return SectorModel(linear.parse_weights(text, SETTINGS, "actor sector model"))


@lru_cache(maxsize=1)
def shipped_model() -> SectorModel | None:
    """The model shipped with the package (``data/actor_sector_model.tsv``), or None when the file is absent."""
    path = resources.files("chronicler").joinpath("data", WEIGHTS_FILE)
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))
