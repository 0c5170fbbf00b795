"""The scorer of the ambiguous-actors set s15 (eval/_ambiguous_s15.py) on tiny cases: its rows parse, and a
coded span is judged as the set's header says ("-" no country, "x" no actor, "|" alternatives)."""

from __future__ import annotations

from types import SimpleNamespace

from eval_modules import eval_module

scorer = eval_module("_ambiguous_s15")


def _actor(country, sector):
    return SimpleNamespace(country=country, sector=sector)


def test_rows_parse_with_eight_fields_and_spans_in_their_sentences():
    rows = scorer.read_rows()
    assert len(rows) >= 120
    assert all(len(r) == 8 and r[4] in r[3] for r in rows)


def test_judging_countries_none_and_things():
    assert scorer.judge(_actor("IRL", "COP"), "IRL", "COP", True) == (True, True)
    assert scorer.judge(_actor("USA", "COP"), "IRL", "COP", True) == (False, False)
    assert scorer.judge(_actor(None, "COP"), "-", "COP", True) == (True, True)
    assert scorer.judge(None, "LBY|-", "*", False) == (True, None)
    assert scorer.judge(_actor(None, "IGO"), "-|IGO", "*", True) == (True, None)
    assert scorer.judge(None, "x", "*", False) == (True, None)
    assert scorer.judge(_actor(None, "LAB"), "x", "*", True) == (False, None)


def test_the_s22_set_parses_in_the_same_layout():
    rows = scorer.read_rows(scorer.SET_S22)
    assert len(rows) >= 150
    assert all(len(r) == 8 and r[4] in r[3] for r in rows)
