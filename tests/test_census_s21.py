"""The session-21 census of TimeBank's value conventions (``eval/tempeval3.py --census-s21``), on a TimeML
document we wrote: each occurrence of a shape is classed by the gold TIMEX3 covering it, or as untagged."""

from __future__ import annotations

import sys
from pathlib import Path

from chronicler.time.timeml import parse_tml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from _census_s21 import SHAPES, census, value_form  # noqa: E402

OWN = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>Y1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-12" functionInDocument="CREATION_TIME">19980312</TIMEX3></DCT>\n'
    '<TEXT>\nThe ferry sank <TIMEX3 tid="t1" type="DATE" value="1998-02-26">two weeks ago</TIMEX3>, and divers '
    'went down on <TIMEX3 tid="t2" type="DATE" value="1998-03-10">Tuesday</TIMEX3> night. Freight rates rose over '
    '<TIMEX3 tid="t3" type="DATE" value="1997">the past year</TIMEX3>; the port shut at '
    '<TIMEX3 tid="t4" type="TIME" value="1998-03-11T17">5 p.m.</TIMEX3> and reopened overnight.\n</TEXT>\n</TimeML>\n'
)


def test_census_classes_each_shape_by_its_gold():
    table = census([parse_tml(OWN, "y.tml")])
    assert table["N weeks ago"] == {"DATE 9999-99-99": 1}
    assert table["weekday + part of day"] == {"DATE 9999-99-99 (part)": 1}
    assert table["the past/last year"] == {"DATE 9999": 1}
    assert table["clock, hour only"] == {"TIME 9999-99-99T99": 1}
    assert table["overnight"] == {"untagged": 1}
    assert table["recent years"] == {}
    assert table["any gold TIME"] == {"TIME 9999-99-99T99": 1}
    assert set(table) >= {name for name, _ in SHAPES}


def test_value_form_keeps_durations_and_refs():
    assert value_form("P1Y") == "P1Y"
    assert value_form("PAST_REF") == "PAST_REF"
    assert value_form("1998-W09") == "9999-W99"
    assert value_form("1998-03-10TNI") == "9999-99-99TNI"


def test_own_sets_write_the_past_unit_as_timebank_does():
    """Session 21: "the past/last year|month|week" is a DATE in TimeBank (the census), so no set of ours marks it
    as a one-unit DURATION any more."""
    import re

    mark = re.compile(r"\[\[(?i:the)\s+(?i:past|last)\s+(?i:year|month|week)\|DURATION\|")
    rows = [f"{p.name}:{i}" for p in sorted((ROOT / "eval" / "data").glob("timex_*.tsv"))
            for i, line in enumerate(p.read_text().splitlines(), 1) if mark.search(line)]
    assert rows == []
