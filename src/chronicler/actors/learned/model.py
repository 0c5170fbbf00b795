"""The learned actor-sector model: multinomial logistic regression over sparse features, our own numpy code.

Training is deterministic (features sorted, full-batch Adam steps from zero weights, no random numbers), so the
trainer (``eval/train_actor_sectors.py``) rebuilds the shipped weights file byte for byte. The file
(``data/actor_sector_model.tsv``) names its training files and their hashes in its header. The model, its training
and the file's text are shared with the event-type model (``chronicler.nlp.linear``); this module names the PLOVER
sectors as classes and the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

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
WHAT = "actor sector model"  # named in the error for a wrong weights file


@dataclass(frozen=True)
class SectorModel(linear.Model):
    """The shared model with the sectors as classes; ``cache`` holds answers by a caller's key."""

    settings: ClassVar[linear.Settings] = SETTINGS
    weights_file: ClassVar[str] = WEIGHTS_FILE
    what: ClassVar[str] = WHAT
    cache: dict = field(default_factory=dict, compare=False, repr=False)

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        """The likeliest sector and its probability (``best_of``'s arithmetic, as the callers' cached scores)."""
        return best_of(self.scores(features))


def best_of(scores: np.ndarray) -> tuple[str, float]:
    """The likeliest sector of linear ``scores`` (``CLASSES`` order) and its probability."""
    return linear.best_of(scores, CLASSES)


# the module's API (the trainers', evals' and tests'): the shared model's constructors and file text
fit = SectorModel.fit
parse = SectorModel.parse
dump = SectorModel.dump
shipped_model = lru_cache(maxsize=1)(SectorModel.shipped)
