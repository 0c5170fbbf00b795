"""The blind role set of session 22 (issue 7): its shape, split and flags. Sentences of our own."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import _unlisted_s16  # noqa: E402

SET = ROOT / "eval" / "data" / "event_roles_blind_s22.tsv"


def test_the_role_set_splits_by_row_number():
    """120 rows of six columns, every one an act; row i with i % 3 == 2 is measure (40 rows), the rest tune."""
    rows = _unlisted_s16.read_rows(SET)
    assert len(rows) == 120 and all(r[1] != "-" for r in rows)
    assert len(_unlisted_s16.read_rows(SET, "measure")) == 40 and len(_unlisted_s16.read_rows(SET, "tune")) == 80


def test_the_role_set_is_scored_alone_by_its_flags():
    """``eval/events.py --roles-s22[-errors|-measure]`` scores it (one SETS_ALONE entry)."""
    import events

    assert "roles-s22" in events.SETS_ALONE
    assert {"--roles-s22", "--roles-s22-errors", "--roles-s22-measure"} <= set(events.FLAGS)


from conftest import alias  # noqa: E402
import pytest  # noqa: E402
from test_event_roles_s13 import main_roles  # noqa: E402

pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, want", [
    # the content's verb has no event of its own: the place of what it acts on is the recipient, before a
    # country named in a clause that states something else
    ("The Security Council agreed on Monday to prolong the observer mission in Haiti, although Canada had wanted "
     "a police force.", ("AGREE", "IGO", "HTI")),
    ("NATO foreign ministers agreed to enlarge the advisory mission in Afghanistan despite objections from "
     "Pakistan.", ("AGREE", "IGO", "AFG")),
    # an international body acting on its own force: the force is the thing acted on, its country the recipient
    ("The Security Council agreed on Thursday to a one-year extension of the UN force in Lebanon (UNIFIL), its "
     "spokesman said.", ("AGREE", "IGO", "LBN")),
    ("The General Assembly agreed to a twelve-month extension of the mandate of the United Nations mission in "
     "Kosovo, UNMIK.", ("AGREE", "IGO", "KOS")),
])
def test_an_agreement_on_a_mission_in_a_country_targets_the_country(pipe, text, want):
    assert main_roles(pipe, text) == want
