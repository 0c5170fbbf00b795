"""Session 20 (issue 5): timex extents, decoys that are not times, times of day
(eval/data/timex_spans_blind_s20.tsv). Our own sentences."""

from __future__ import annotations

import contextlib
import io
from datetime import date

import pytest
from eval_modules import eval_module

from chronicler.time.tagger import tag


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_s20_set_parses_and_its_flag_scores_the_tune_part_only():
    te3 = eval_module("tempeval3")
    spans = eval_module("_spans_s20")
    kinds = eval_module("_kinds_s19")
    rows = [p for line in spans.SPANS_S20.read_text(encoding="utf-8").splitlines()
            if (p := kinds.parse_kinds_line(line)) is not None]
    assert len(rows) >= 150
    assert sum(1 for _, _, gold in rows if not gold) >= 40  # decoys: rows with no TIMEX3
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        for g in gold:
            assert g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--spans-s20"]) == 0
    assert "timex_spans_blind_s20.tsv, tune part" in out.getvalue() and "measure" not in out.getvalue()
    with pytest.raises(ValueError):
        spans.run_spans("measure", list_errors=True)


@pytest.mark.parametrize("text", [
    "Nobody at the congress dared to ask about the future of the ruling coalition.",
    "The Future of the euro was the only item on the agenda in Brussels.",
    "Investors fret over what the ruling means for the future of offshore wind farms.",
])
def test_the_future_of_a_thing_is_not_a_time(text):
    assert found(text, date(2012, 5, 3)) == []


@pytest.mark.parametrize("text, expected", [
    ("The minister promised to invest more in the future.", ("the future", "DATE", "FUTURE_REF")),
    ("The party must look to the future, its leader said.", ("the future", "DATE", "FUTURE_REF")),
])
def test_the_future_alone_is_still_future_ref(text, expected):
    assert expected in found(text, date(2012, 5, 3))


@pytest.mark.parametrize("text, extent", [
    ("The court put the hearing off to a later date, a clerk said.", "a later date"),
    ("Both sides agreed to settle the border question at a future date.", "a future date"),
])
def test_a_later_date_is_a_vague_future(text, extent):
    assert (extent, "DATE", "FUTURE_REF") in found(text, date(2003, 4, 9))


def test_later_alone_stays_untagged():
    assert found("The ministers met again later and agreed on a text.", date(2003, 4, 9)) == []
