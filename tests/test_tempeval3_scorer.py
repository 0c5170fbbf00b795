"""The TempEval-3 Task A scorer on a tiny hand-made case whose figures are worked out by hand."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from eval_modules import eval_module

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("tempeval3", ROOT / "eval" / "tempeval3.py")
te3 = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("tempeval3", te3)
_spec.loader.exec_module(te3)


@dataclass
class T:
    start: int
    end: int
    type: str
    value: str


def test_hand_made_case():
    # Reference: 4 timexes. System: 4, of which
    #  - one exact span, right type and value,
    #  - one overlapping span (relaxed only), right type, wrong value,
    #  - one exact span, wrong type, right value,
    #  - one spurious; and one reference timex is missed.
    ref = [T(0, 6, "DATE", "2009-04-27"), T(10, 19, "DATE", "2009-W17"), T(30, 37, "DURATION", "P3D"),
           T(50, 54, "DATE", "1998")]
    sys_ = [T(0, 6, "DATE", "2009-04-27"), T(7, 19, "DATE", "2009-W18"), T(30, 37, "DATE", "P3D"),
            T(60, 65, "DATE", "2010")]
    c = te3.score_document(ref, sys_)
    assert (c.system, c.reference, c.strict, c.relaxed, c.type_ok, c.value_ok) == (4, 4, 2, 3, 2, 2)
    f = c.figures()
    assert f["strict_P"] == pytest.approx(50.0) and f["strict_R"] == pytest.approx(50.0)
    assert f["relaxed_F1"] == pytest.approx(75.0)
    # value: 2 agreeing relaxed matches over 4 system (P 50) and 4 reference (R 50); accuracy 2/3
    assert f["value_F1"] == pytest.approx(50.0)
    assert f["value_accuracy"] == pytest.approx(200 / 3)
    assert f["type_accuracy"] == pytest.approx(200 / 3)


def test_one_to_one_matching_and_empty_cases():
    ref = [T(0, 10, "DATE", "1998")]
    sys_ = [T(0, 4, "DATE", "1998"), T(5, 10, "DATE", "1998")]  # two pieces of one reference span
    c = te3.score_document(ref, sys_)
    assert (c.relaxed, c.value_ok) == (1, 1)
    assert c.figures()["relaxed_P"] == pytest.approx(50.0)
    empty = te3.score_document([], [])
    assert empty.figures()["strict_F1"] == 0.0


def test_halves_are_fixed_by_name():
    assert te3.half_of("wsj_0026.tml") in ("dev", "test")
    assert te3.half_of("wsj_0026.tml") == te3.half_of("wsj_0026.tml")
    names = [f"doc{i}.tml" for i in range(200)]
    assert 60 < sum(te3.half_of(n) == "dev" for n in names) < 140


@pytest.mark.parametrize("argv, halves", [
    ([], ["dev", "test"]),
    (["--source"], ["dev"]),
    (["--errors", "5"], ["dev"]),
    (["--half", "devB"], ["devB"]),
    (["--half", "both", "--source"], ["dev", "test"]),
])
def test_dev_only_questions_never_score_the_test_half(monkeypatch, tmp_path, argv, halves) -> None:
    seen: list[str] = []
    monkeypatch.setattr(te3, "DATA", tmp_path)
    monkeypatch.setattr(te3, "run_half", lambda half, *a, **k: seen.append(half))
    assert te3.main(argv) == 0
    assert seen == halves



@pytest.mark.parametrize("flag, part", [
    ("--blind-s16-half", "measure"), ("--blind-s17-half", "measure"), ("--wire-half", "tune"),
    ("--s13-half", "tune"), ("--blind-half", "measure"), ("--news-half", "tune"),
])
def test_a_part_of_a_set_never_runs_the_default_scoring(monkeypatch, tmp_path, flag, part) -> None:
    """Asking for one part of an own set without naming the set scores that set, never the TBAQ halves."""
    monkeypatch.setattr(te3, "DATA", tmp_path)
    monkeypatch.setattr(te3, "run_half", lambda half, *a, **k: pytest.fail(f"scored the TBAQ {half} half"))
    scored: list[str] = []
    monkeypatch.setattr(te3, "run_blind", lambda path, *a, **k: scored.append(k.get("part", "tune")))
    monkeypatch.setattr(te3, "run_news_section", lambda *a: scored.append("news") or 0)
    assert te3.main([flag, part]) == 0
    assert scored

_CROSSING = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-01">20000101</TIMEX3></DCT><TEXT>Prices '
             'fell on Monday. It was <EVENT eid="e1">last</EVENT> year.</TEXT></TimeML>')


def test_headline_scores_what_the_timeml_interface_writes(monkeypatch, tmp_path, capsys) -> None:
    # "last year" crosses an EVENT tag: `chronicler timex --timeml` cannot write it, so the headline must not
    # count it, while tag() in memory finds it (both figures printed).
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import parse_tml

    doc = parse_tml(_CROSSING, "x.tml")
    assert [t.text for t in tag(doc.plain, doc.dct)] == ["Monday", "last year"]
    assert [t.text for t in te3.interface_timexes(doc)] == ["Monday"]
    path = tmp_path / "x.tml"
    path.write_text(_CROSSING, encoding="utf-8")
    monkeypatch.setattr(te3, "corpus_files", lambda half: [path])
    counts = te3.run_half("dev")
    assert (counts.system, counts.reference) == (1, 0)
    out = capsys.readouterr().out
    assert "as `chronicler timex --timeml` writes it): 0 reference, 1 system" in out
    assert "tag() in memory" in out


_DATELINE = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-13">19990313</TIMEX3></DCT><TEXT>\n\n'
             'OSLO, March 12 (Xinhua) --\n\nThe two ministers met in the capital on Friday and will meet again '
             'next week.\n</TEXT></TimeML>')


def test_pipeline_figure_is_what_ingest_tags(monkeypatch, tmp_path, capsys) -> None:
    # The ingest pipeline's clean stage takes the dateline out of the body, so its date is no timex there,
    # while `chronicler timex --timeml` tags it: --pipeline scores the former.
    from chronicler.time.timeml import parse_tml

    pipe = eval_module("_te3_pipeline")
    doc = parse_tml(_DATELINE, "XIE19990313.0001.tml")
    (staged,) = list(pipe.pipeline_timexes([doc]))
    assert [(t.text, t.value) for t in staged] == [("Friday", "1999-03-12"), ("next week", "1999-W11")]
    assert [t.text for t in te3.interface_timexes(doc)] == ["March 12", "Friday", "next week"]
    path = tmp_path / doc.name
    path.write_text(_DATELINE, encoding="utf-8")
    monkeypatch.setattr(te3, "corpus_files", lambda half: [path])
    assert te3.run_half("dev", pipeline=True).system == 2
    assert "the ingest pipeline's clean, dating, nlp and timex stages): 0 reference, 2 system" in capsys.readouterr().out
