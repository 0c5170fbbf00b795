"""Session 19 (issue 5): the less common kinds in TimeML's conventions (eval/data/timex_kinds_blind_s19.tsv):
lengths, sets, fiscal periods, parts of periods, seasons. Our own sentences."""

from __future__ import annotations

import contextlib
import io
from datetime import date

import pytest
from eval_modules import eval_module
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.normalize import valid_value
from chronicler.time.tagger import tag


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_s19_set_parses_with_mods_and_its_flag_scores_the_tune_part_only():
    te3 = eval_module("tempeval3")
    kinds = eval_module("_kinds_s19")
    rows = [p for line in kinds.KINDS_S19.read_text(encoding="utf-8").splitlines()
            if (p := kinds.parse_kinds_line(line)) is not None]
    assert len(rows) >= 150
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        for g in gold:
            assert g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text
            assert g.mod in (None, "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "START",
                             "MID", "END")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--kinds-s19"]) == 0
    assert "timex_kinds_blind_s19.tsv, tune part" in out.getvalue() and "measure" not in out.getvalue()
    with pytest.raises(ValueError):
        kinds.run_kinds("measure", list_errors=True)


@pytest.mark.parametrize("text, expected", [
    ("The old bridge carried traffic for two centuries before the flood.", ("two centuries", "DURATION", "P2CE")),
    ("The family has farmed this valley for centuries.", ("centuries", "DURATION", "PXCE")),
    ("Sea levels rose faster over the past century than before.", ("the past century", "DURATION", "P1CE")),
])
def test_centuries_are_counted_in_timeml_century_units(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text, date(2005, 3, 1))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=40))
def test_a_count_of_centuries_keeps_its_count_and_a_valid_value(n: int) -> None:
    got = found(f"The dispute has simmered for {n} centuries, elders say.", date(2001, 6, 1))
    assert got == [(f"{n} centuries", "DURATION", f"P{n}CE")] and valid_value(f"P{n}CE")


@pytest.mark.parametrize("text, expected", [
    ("Rescue boats reached the capsized ferry within half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("The council now meets every other month to save money.", ("every other month", "SET", "P2M")),
    ("Buses to the border run every other day since the storm.", ("every other day", "SET", "P2D")),
])
def test_half_an_hour_and_every_other_unit(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text, date(2007, 9, 4))


def test_every_other_before_a_noun_is_no_set():
    assert found("Every other member of the board voted against the merger.", date(2007, 9, 4)) == []


@pytest.mark.parametrize("text", [
    "Tourists crowded the Summer Palace after its gardens reopened.",
    "Two skaters from the village will compete at the Winter Olympics.",
    "Floodwater closed the bridge on Spring Street for a day.",
])
def test_a_capitalized_season_inside_a_name_is_no_time(text: str) -> None:
    assert not [t for t in found(text, date(2006, 2, 1)) if t[2].endswith(("-SU", "-WI", "-SP", "-FA"))]


def test_a_season_before_a_name_or_a_month_is_still_a_season():
    assert ("this winter", "DATE", "2005-WI") in found("Prices rose this winter Mr. Cole said.", date(2006, 2, 1))
    assert ("the Summer of 1998", "DATE", "1998-SU") in found("They met in the Summer of 1998.", date(2006, 2, 1))


@pytest.mark.parametrize("text, dct, expected", [
    ("The garrison withdrew in August 2009, and by the next year the barracks stood empty.", date(2011, 1, 18),
     ("the next year", "DATE", "2010")),
    ("Rebels took the port in January 1997, and by the next month they controlled the coast road.",
     date(1999, 2, 10), ("the next month", "DATE", "1997-02")),
    ("Rain fell all week. By the end of May the river covered the lower fields.", date(2010, 11, 8),
     ("the end of May", "DATE", "2010-05")),
])
def test_by_opening_a_clause_told_as_done_looks_back(text: str, dct: date, expected: tuple[str, str, str]) -> None:
    assert expected in found(text, dct)


def test_by_before_a_plan_still_looks_ahead():
    assert ("June", "DATE", "2004-06") in found("By June the enlarged plant will open its gates.", date(2003, 9, 1))


@pytest.mark.parametrize("text", [
    "The visitors led at the end of the first half of the match but lost on penalties.",
    "Viewers missed the second half of the game when the signal failed.",
    "Folk songs fill the first half of the concert programme.",
])
def test_a_half_of_a_thing_that_is_no_period_is_no_time(text: str) -> None:
    assert found(text, date(2012, 5, 6)) == []


def test_a_half_of_a_period_is_still_a_date():
    assert ("the first half of the year", "DATE", "2012-H1") in found(
        "Exports slowed in the first half of the year.", date(2012, 8, 6))
    assert ("the second half", "DATE", "2012-H2") in found("Exports should recover in the second half.",
                                                            date(2012, 8, 6))


@pytest.mark.parametrize("text, expected", [
    ("Engineers say the repairs will take at most two weeks.", ("at most two weeks", "P2W", "EQUAL_OR_LESS")),
    ("The truce lasted fewer than ten days before the shelling resumed.", ("fewer than ten days", "P10D",
                                                                          "LESS_THAN")),
])
def test_a_bound_inside_a_length_gives_its_mod(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(t.text, t.value, t.mod) for t in tag(text, date(2010, 3, 11))]
