"""Session 25 (s25timex): the edges of the day said with a preposition ("at dawn", "before dawn Sunday", "by
nightfall") are the morning or evening of their day, and a bare "midnight" told in the past is the one that opened
the report's day; and the layout of the blind set ``eval/data/timex_broadcast_blind_s25.tsv``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from chronicler.time.tagger import tag
from eval_modules import timex_set_rows

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval/data/timex_broadcast_blind_s25.tsv"
VALUE = re.compile(r"^(?:\d{3,4}(?:-(?:\d\d(?:-\d\d(?:T(?:MO|AF|EV|NI|\d\d(?::\d\d)?))?)?|W\d\d(?:-WE)?|SU|FA|WI|SP))?|"
                   r"P[\dX]+[DWMYE]|PT[\dX]+H|(?:PAST|PRESENT|FUTURE)_REF)$")


def _values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))]


@pytest.mark.parametrize("text, dct, expected", [
    ("Government troops stormed the rebel camp at dawn, an army spokesman said.", "1996-05-14",
     ("dawn", "1996-05-14TMO")),
    ("Police moved in before dawn and arrested 40 people at the occupied factory.", "2003-09-22",
     ("dawn", "2003-09-22TMO")),
    ("The ferry was due to reach the island by nightfall, but the storm kept it in port.", "2009-02-03",
     ("nightfall", "2009-02-03TEV")),
    ("Shelling of the town stopped shortly after daybreak.", "1993-06-08", ("daybreak", "1993-06-08TMO")),
    ("The last convoy left the capital before dawn Sunday.", "1997-03-18", ("dawn Sunday", "1997-03-16TMO")),
    ("Rebel leaders say they will lay down their arms at dusk on Friday.", "2002-04-02",
     ("dusk on Friday", "2002-04-05TEV")),
])
def test_the_edges_of_the_day_with_a_preposition_are_a_part_of_that_day(text: str, dct: str,
                                                                        expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize("text", [
    "Analysts called the vote the dawn of a new era for the island.",
    "Troops carried out a pre-dawn raid on the village.",
    "The army imposed a dusk-to-dawn curfew on the city.",
    "During the holy month, believers fast from dawn until dusk.",
])
def test_dawn_that_names_no_time_of_one_day_is_left_untagged(text: str) -> None:
    assert all(word not in t for t, _ in _values(text, "2005-10-11") for word in ("dawn", "dusk"))


@pytest.mark.parametrize("text, dct, expected", [
    ("The ceasefire took effect at midnight, and the guns fell silent along the front.", "1995-10-12",
     ("midnight", "1995-10-11T24:00")),
    ("Portugal handed the territory to China at midnight after more than four centuries.", "1999-12-20",
     ("midnight", "1999-12-19T24:00")),
])
def test_a_bare_midnight_told_in_the_past_opened_the_reports_day(text: str, dct: str,
                                                                 expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    ("The deadline for a deal expires at midnight.", "2011-07-29", ("midnight", "2011-07-29T24:00")),
    ("The strike ended at midnight Friday.", "1998-06-23", ("midnight Friday", "1998-06-19T24:00")),
])
def test_midnight_ahead_or_with_its_day_is_unchanged(text: str, dct: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


def test_a_bare_edge_of_the_day_in_a_past_story_is_on_the_day_the_story_has_reached() -> None:
    found = _values("The relief team reached the valley on Tuesday morning and had dug out six survivors by "
                    "nightfall.", "2005-10-14")
    assert ("nightfall", "2005-10-11TEV") in found


def test_a_bare_edge_of_the_day_after_a_month_or_year_is_left_untagged() -> None:
    text = ("The tanker ran onto the rocks off the coast in March 1978. By nightfall oil had spread along "
            "forty miles of beaches. The following day the navy tried to burn it.")
    found = _values(text, "2004-05-02")
    assert all(t != "nightfall" for t, _ in found)
    assert ("The following day", "2004-05-03") not in found  # not counted from an evening of the report's day


def test_a_bare_edge_of_the_day_in_a_plan_is_counted_from_the_report() -> None:
    text = "The convoy left on Sunday. Its drivers expect to cross the frontier by nightfall."
    assert ("nightfall", "2007-08-14TEV") in _values(text, "2007-08-14")


def test_midnight_in_a_clause_with_no_past_verb_is_the_coming_one() -> None:
    assert ("midnight", "2003-03-19T24:00") in _values("Polls in the capital close at midnight.", "2003-03-19")


def test_broadcast_set_layout() -> None:
    rows = timex_set_rows(SET)
    assert len(rows) == 94
    for dct, text, found in rows:
        assert re.fullmatch(r"(19(8[89]|9\d)|20(0\d|1[0-2]))-\d\d-\d\d(?:T\d\d:\d\d)?", dct)
        date.fromisoformat(dct[:10])
        assert found, text
        for _extent, type_, value, mod in found:
            assert type_ in ("DATE", "TIME", "DURATION", "SET")
            assert VALUE.match(value), value
            assert mod in ("", "START", "END", "MORE_THAN")
    assert sum(len(found) for _, _, found in rows) == 145
    assert len(rows[2::3]) == 31  # the measure part: data rows i % 3 == 2
