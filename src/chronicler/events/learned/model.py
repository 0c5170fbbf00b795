"""The learned event-type model: multinomial logistic regression over sparse features, our own numpy code.

Training is deterministic (features sorted, full-batch gradient steps from zero weights in a fixed order, no
random numbers), so the trainer (``eval/train_event_types.py``) rebuilds the shipped weights file byte for byte.
The file (``data/event_type_model.tsv``) names its training files and their hashes in its header. The model, its
training and the file's text are shared with the actor-sector model (``chronicler.nlp.linear``); this module names
the classes and the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

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
WHAT = "event type model"  # named in the error for a wrong weights file


@dataclass(frozen=True)
class LinearModel(linear.Model):
    """The shared model with PLOVER's types and NONE as classes."""

    settings: ClassVar[linear.Settings] = SETTINGS
    weights_file: ClassVar[str] = WEIGHTS_FILE
    what: ClassVar[str] = WHAT


# the module's API (the trainers', evals' and tests'): the shared model's constructors and file text
fit = LinearModel.fit
parse = LinearModel.parse
dump = LinearModel.dump
shipped_model = lru_cache(maxsize=1)(LinearModel.shipped)
