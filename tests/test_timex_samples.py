"""The two sample reports: their time expressions normalize correctly against each report's date.

AFP sample: the roadmap was adopted at the 2+2 on Monday 2006-05-01 ("last week") and the Nukaga-Rumsfeld
meeting was "last Wednesday, two days after" (2006-05-03), so the report is from Monday 2006-05-08.
Kyodo sample: Hamada met Gates at the Pentagon on Friday 2009-05-01, announced as "on Friday"; the report is
from the days before (taken as Monday 2009-04-27; any day from Sunday 04-26 to Tuesday 04-28 gives the same).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.model import DateInterval
from chronicler.time.tagger import tag

AFP = "000_badfc10b9885ab9a.txt"
KYODO = "003_1afec4b9281c4d08.txt"


def _value_after(text: str, timexes, phrase: str, expr: str):
    """The timex whose text is ``expr`` inside the first occurrence of ``phrase``."""
    at = text.index(phrase) + phrase.index(expr)
    for t in timexes:
        if t.start == at and t.end == at + len(expr):
            return t
    raise AssertionError(f"{expr!r} in {phrase!r} not tagged; got {[(t.text, t.start) for t in timexes]}")


@pytest.mark.parametrize("phrase, expr, value, mod", [
    ("said Monday", "Monday", "2006-05-08", None),
    ("last Wednesday", "last Wednesday", "2006-05-03", None),
    ("in Washington last week", "last week", "2006-W18", None),
    ("an October 2005 accord", "October 2005", "2005-10", None),
    ("by 2014", "2014", "2014", None),
    ("in 1998", "1998", "1998", None),
    ("the 1997 guidelines", "1997", "1997", None),
    ("September 11, 2001", "September 11, 2001", "2001-09-11", None),
    ("in late June", "late June", "2006-06", "END"),
])
def test_afp_sample(samples, phrase, expr, value, mod):
    text = (samples / AFP).read_text(encoding="utf-8")
    t = _value_after(text, tag(text, date(2006, 5, 8)), phrase, expr)
    assert (t.value, t.mod) == (value, mod)
    assert t.type == "DATE"


@pytest.mark.parametrize("phrase, expr, value, mod", [
    ("on Friday to discuss", "Friday", "2009-05-01", None),
    ("leave for the U.S. on Thursday", "Thursday", "2009-04-30", None),
    ("on Saturday", "Saturday", "2009-05-02", None),
    ("in Tokyo in February", "February", "2009-02", None),
    ("next February", "next February", "2010-02", None),
    ("completed by 2014", "2014", "2014", None),
    ("signed in 1996", "1996", "1996", None),
    ("at year’s end", "year’s end", "2009", "END"),
])
@pytest.mark.parametrize("dct", [date(2009, 4, 27), DateInterval(date(2009, 4, 26), date(2009, 4, 28))])
def test_kyodo_sample(samples, phrase, expr, value, mod, dct):
    text = (samples / KYODO).read_text(encoding="utf-8")
    t = _value_after(text, tag(text, dct), phrase, expr)
    assert (t.value, t.mod) == (value, mod)


def test_the_1996_declaration():
    t, = tag("They will revise the 1996 declaration.", date(2009, 4, 27))
    assert (t.text, t.value, t.anchor) == ("1996", "1996", None)
