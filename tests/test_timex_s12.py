"""Session 12 (issue 5): the wire blind set (eval/data/timex_blind_wire.tsv) and the scorer flags that keep its
measure part, and timex_blind_measure.tsv, out of tune runs; "soon" looking ahead as FUTURE_REF. Our own sentences."""

from __future__ import annotations

import contextlib
import io
from datetime import date

from eval_modules import eval_module



# ------------------------------------------------------------------------------------ the wire blind set

def _tempeval3():
    return eval_module("tempeval3")


def test_wire_set_splits_every_third_row_to_measure():
    te3 = _tempeval3()
    assert [te3.wire_part(i) for i in range(6)] == ["tune", "tune", "measure", "tune", "tune", "measure"]
    rows = [p for line in te3.WIRE.read_text(encoding="utf-8").splitlines()
            if (p := te3.parse_blind_line(line)) is not None]
    assert len(rows) >= 120
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        assert all(g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text for g in gold)


def test_wire_tune_flag_prints_no_measure_figures():
    te3 = _tempeval3()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--wire", "--wire-half", "tune"]) == 0
        assert te3.main(["--blind", "--blind-half", "tune"]) == 0
    text = out.getvalue()
    assert "timex_blind_wire.tsv, tune part" in text and "timex_blind.tsv" in text
    assert "measure" not in text


# ------------------------------------------------------------------------------------------- "soon"

def _values(text: str, dct: date = date(1995, 11, 3)) -> list[tuple[str, str, str]]:
    from chronicler.time.tagger import tag

    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_soon_is_the_vague_future_only_when_it_looks_ahead_of_the_report():
    for sentence in ("The central bank will soon cut its lending rate, officials said.",
                     "The carrier said it soon will drop three routes to Asia.",
                     "Exporters expect the currency to soon weaken against the mark.",
                     "Parliament is expected to vote on the treaty soon."):
        assert _values(sentence) == [("soon", "DATE", "FUTURE_REF")], sentence
    # in a past narrative it is relative to the told event, and "as soon as", "soon after" date nothing
    for sentence in ("The strike soon spread to the docks of Antwerp.",
                     "The hostages were soon released by their captors.",
                     "Talks will resume as soon as the shelling stops.",
                     "Diplomats say it is too soon to judge the new cabinet.",
                     "The cease-fire collapsed soon after the vote."):
        assert _values(sentence) == [], sentence
