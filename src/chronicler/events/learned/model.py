"""The learned event-type model: multinomial logistic regression over sparse features, our own numpy code.

Training is deterministic (features sorted, full-batch gradient steps from zero weights in a fixed order, no
random numbers), so the trainer (``eval/train_event_types.py``) rebuilds the shipped weights file byte for byte.
The file (``data/event_type_model.tsv``) names its training files and their hashes in its header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from chronicler.nlp import linear

#: The classes: PLOVER's sixteen types and NONE (no event at this word).
CLASSES = ("NONE", "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
           "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
WEIGHTS_FILE = "event_type_model.tsv"
#: Training settings (written into the weights file's header).
MIN_COUNT = 2  # a feature seen in fewer training instances is left out
L2 = 0.002
STEPS = 250
RATE = 0.05
DECIMALS = 3  # weights are rounded so that the file does not depend on the last bits of floating point
SETTINGS = linear.Settings(CLASSES, MIN_COUNT, L2, STEPS, RATE, DECIMALS)


@dataclass(frozen=True)
class LinearModel:
    """Weights by feature (one per class in ``CLASSES`` order)."""

    weights: dict[str, np.ndarray]
    # the same weights as one matrix (a row per feature, in ``index`` order): one gather and one product per
    # instance instead of a numpy addition per feature, which cost most of the model's time in the events stage
    index: dict[str, int] = field(init=False, repr=False, compare=False)
    matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = list(self.weights)
        object.__setattr__(self, "index", {name: i for i, name in enumerate(names)})
        rows = [self.weights[n] for n in names] or [np.zeros(len(CLASSES))]
        object.__setattr__(self, "matrix", np.vstack(rows))

    def probability_vector(self, features: dict[str, float]) -> np.ndarray:
        """The class probabilities of one instance, in ``CLASSES`` order."""
        index = self.index
        rows, values = [], []
        for name, value in features.items():
            i = index.get(name)
            if i is not None:
                rows.append(i)
                values.append(value)
        s = np.asarray(values) @ self.matrix[rows] if rows else np.zeros(len(CLASSES))
        p = np.exp(s - s.max())
        return p / p.sum()

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """The probability of each class for one instance."""
        return dict(zip(CLASSES, (float(x) for x in self.probability_vector(features))))

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        """The likeliest class and its probability (the first class on a tie)."""
        p = self.probability_vector(features)
        k = int(np.argmax(p))
        return CLASSES[k], float(p[k])


def fit(instances: Sequence[tuple[dict[str, float], str]]) -> LinearModel:
    """Multinomial logistic regression (mean cross-entropy + ``L2``) by ``STEPS`` Adam steps on the full batch."""
    return LinearModel(linear.fit_weights(instances, SETTINGS))


def dump(model: LinearModel, header: list[str]) -> str:
    """The weights file's text: ``#`` header lines, the class row, then one row per feature (sorted)."""
    return linear.dump_weights(model.weights, SETTINGS, header)


def parse(text: str) -> LinearModel:
    """A model from the weights file's text."""
    return LinearModel(linear.parse_weights(text, SETTINGS, "event type model"))


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel | None:
    """The model shipped with the package (``data/event_type_model.tsv``), or None when the file is absent."""
    path = resources.files("chronicler").joinpath("data", WEIGHTS_FILE)
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))
