"""Session 23 (s23gran): the granularity census of devA gold (``eval/_census_s23.py``) on a TimeML document we
wrote, and the layout of the grain blind set ``eval/data/timex_grain_blind_s23.tsv`` (no tagger behaviour was
kept this session: the one candidate, "recent weeks" as PAST_REF, lowered devB and was dropped)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from chronicler.time.timeml import parse_tml
from eval_modules import timex_set_rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from _census_s23 import census_s23  # noqa: E402

SET = ROOT / "eval/data/timex_grain_blind_s23.tsv"
VALUE = re.compile(r"^(?:\d{2,4}(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q\d|H\d|SU|FA|WI|SP))?|P[\dX]+[DWMYEQ]|"
                   r"(?:PAST|PRESENT|FUTURE)_REF)$")

OWN = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>Y2</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2004-10-13" functionInDocument="CREATION_TIME">20041013</TIMEX3></DCT>\n'
    '<TEXT>\nThe port reopened <TIMEX3 tid="t1" type="DATE" value="2004-W41">last week</TIMEX3> after a strike, '
    'and shipping has recovered in <TIMEX3 tid="t2" type="DATE" value="PAST_REF">recent days</TIMEX3>. Freight '
    'volumes rose <TIMEX3 tid="t3" type="DATE" value="2004">earlier this year</TIMEX3> and the operator expects '
    'growth throughout the decade.\n</TEXT>\n</TimeML>\n'
)


def test_census_classes_each_granularity_shape_by_its_gold():
    table = census_s23([parse_tml(OWN, "y2.tml")])
    assert table["last week (bare)"] == {"DATE 9999-W99": 1}
    assert table["recent days/weeks/months/years"] == {"DATE PAST_REF": 1}
    assert table["earlier/later this year"] == {"DATE 9999": 1}
    assert table["this year"] == {"DATE 9999": 1}  # inside the gold "earlier this year"
    assert table["throughout the ..."] == {"untagged": 1}


def test_grain_set_layout():
    rows = timex_set_rows(SET)
    assert len(rows) == 57
    for dct, text, found in rows:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", dct)
        assert found, text
        for _extent, _type, value, mod in found:
            assert VALUE.match(value), value
            assert mod in ("", "START", "MID", "END", "LESS_THAN")
    assert sum(len(found) for _, _, found in rows) == 114
    assert len(rows[2::3]) == 19  # the measure part: data rows i % 3 == 2
