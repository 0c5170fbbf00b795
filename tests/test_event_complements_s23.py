"""Session 23 (issue 7): the type of an act its complement or particle chooses (``data/event_complements.csv``,
``lexicon.complement_readings``), on sentences of our own; and the blind complement set's layout and flags."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronicler.events.lexicon import WORD_CLASSES, complement_readings, trigger_lexicon
from conftest import alias
from event_harness import main_type

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_complements_blind_s23.tsv"
nlp = alias("spacy_model")


@pytest.mark.parametrize("text,expected", [
    ("Egypt rolled back the curfew in Cairo after a week of calm.", "CONCEDE"),
    ("Berlin shot down the Italian proposal for common European bonds.", "REJECT"),
    ("Italy held back 50 million euros in aid to Tunisia over the migrant deal.", "SANCTION"),
    ("The Dutch government gave up its objection to the accession talks.", "CONCEDE"),
    ("France wound down its military operation in the Sahel last year.", "RETREAT"),
])
def test_the_complement_chooses_the_type(nlp, text, expected):
    assert main_type(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The Bank of Japan cut interest rates for the first time in a decade.",
    "The researchers carried out a survey of 2,000 voters in Ohio.",
])
def test_a_complement_of_business_or_study_makes_no_event(nlp, text):
    assert main_type(nlp, text) == "NONE"


def test_a_light_verb_with_a_characterised_object_hosts_no_event(nlp):
    # two objects (or an object predicative): the object is called something, the verb hosts no protest
    assert main_type(nlp, "Ankara called the protest a provocation by foreign agents.") == "ACCUSE"


def test_readings_stay_out_of_the_lexicon():
    """The readings neither list a verb nor write a particle for WordNet's loans: they are no rows of
    ``trigger_lexicon``, and the classes they name are word classes a lexicon cue may use."""
    readings = complement_readings()
    assert ("verb", "pelt") not in trigger_lexicon() and "pelt" in readings
    assert all(s.type != "" for senses in readings.values() for s in senses)
    assert {"restriction", "proposal", "figures", "accused"} <= set(WORD_CLASSES)
    assert "curfew" in WORD_CLASSES["restriction"]


def test_the_blind_set_splits_by_row_number_and_is_scored_by_its_flags():
    """148 rows (43 with no event, the other 105 of 16 types); row i with i % 3 == 2 is measure (49 rows)."""
    import events

    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 148 and sum(r[1] == "-" for r in rows) == 43
    assert len({r[1] for r in rows if r[1] != "-"}) == 16
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 49
    assert "complements-s23" in events.SETS_ALONE
    assert {"--complements-s23", "--complements-s23-errors", "--complements-s23-measure"} <= set(events.FLAGS)
