"""The kinds ``eval/tempeval3.py --value-kinds`` sorts reference timexes into, on expressions we wrote, and its
refusal to run on the test half."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from _value_kinds import KINDS, kind_of  # noqa: E402


@pytest.mark.parametrize(("text", "type_", "value", "kind"), [
    ("March 3, 2004", "DATE", "2004-03-03", "absolute date"),
    ("3/4/2004", "DATE", "2004-03-04", "absolute date"),
    ("Nov. 9", "DATE", "2004-11-09", "month-day no year"),
    ("last April", "DATE", "2003-04", "month (+year)"),
    ("Thursday", "DATE", "2004-03-04", "bare weekday"),
    ("Thursday night", "DATE", "2004-03-04TNI", "bare weekday"),
    ("yesterday", "DATE", "2004-03-02", "today/yesterday/now"),
    ("next week", "DATE", "2004-W11", "last/next/this UNIT"),
    ("the past year", "DATE", "2003", "last/next/this UNIT"),
    ("the month", "DATE", "2004-03", "the year/quarter/month"),
    ("the third quarter", "DATE", "2003-Q3", "fiscal quarter/half"),
    ("fiscal 2005", "DATE", "2005", "fiscal quarter/half"),
    ("this spring", "DATE", "2004-SP", "season"),
    ("the 1970s", "DATE", "197", "decade/century"),
    ("1988", "DATE", "1988", "bare year"),
    ("three weeks ago", "DATE", "2004-W07", "N UNITs ago/later"),
    ("a year earlier", "DATE", "2003-Q3", "N UNITs ago/later"),
    ("recently", "DATE", "PAST_REF", "*_REF"),
    ("six months", "DURATION", "P6M", "duration"),
    ("every Sunday", "SET", "XXXX-WXX-7", "set"),
    ("9 a.m.", "TIME", "2004-03-03T09:00", "time"),
    ("the weekend", "DATE", "2004-W10-WE", "the year/quarter/month"),
    ("Christmas", "DATE", "2004-12-25", "other"),
])
def test_kind_of_expressions_we_wrote(text: str, type_: str, value: str, kind: str) -> None:
    assert kind in KINDS
    assert kind_of(text, type_, value) == kind


def test_value_kinds_refuses_the_test_half() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "eval" / "tempeval3.py"), "--value-kinds", "--half", "test"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "dev half only" in proc.stderr


def test_a_convention_variant_changes_values_only_while_installed() -> None:
    from datetime import date

    import _value_conventions as vc
    from chronicler.time import rules
    from chronicler.time.tagger import tag

    text = "The ministers will meet on Friday."
    dct = date(2009, 4, 27)  # a Monday
    before = [t.value for t in tag(text, dct)]
    saved = dict(rules.HANDLERS)
    try:
        for rule, wrap in vc.VARIANTS["weekday-always-past"].items():
            rules.HANDLERS[rule] = wrap(rules.HANDLERS[rule])
        during = [t.value for t in tag(text, dct)]
    finally:
        rules.HANDLERS.clear()
        rules.HANDLERS.update(saved)
    assert before == ["2009-05-01"] and during == ["2009-04-24"]
    assert [t.value for t in tag(text, dct)] == before
