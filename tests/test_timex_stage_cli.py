"""The ``timex`` stage in a pipeline, and the ``chronicler timex`` command end to end."""

from __future__ import annotations

import json
from datetime import date

from chronicler.model import DateInterval, Document, Sentence
from chronicler.pipeline import AnnotatedDocument, Pipeline, default_config, get_stage

TEXT = "Koizumi said Monday he met Bush.\nThey meet again next February."


def _adoc(published: DateInterval | None) -> AnnotatedDocument:
    doc = Document(id="d1", source="x.txt", text=TEXT, published=published)
    sents = (Sentence(0, 0, 32, TEXT[0:32]), Sentence(1, 33, len(TEXT), TEXT[33:]))
    return AnnotatedDocument(doc, frozenset({"text", "clean", "sentences"}), sentences=sents)


def _run(published):
    return Pipeline([("timex", {})], start={"text", "sentences"})(_adoc(published))


def test_stage_uses_publication_date_and_sentences():
    out = _run(DateInterval.day(date(2006, 5, 8)))
    assert "timexes" in out.annotations
    assert [(t.text, t.value, t.sentence, t.anchor) for t in out.timexes] == [
        ("Monday", "2006-05-08", 0, "DCT"), ("next February", "2007-02", 1, "DCT")]
    assert out.timexes[0].interval == DateInterval.day(date(2006, 5, 8))


def test_stage_keeps_uncertainty_of_a_wide_publication_date():
    out = _run(DateInterval(date(2006, 5, 1), date(2006, 5, 31), None, "month"))
    assert [t.value for t in out.timexes] == ["2006-05", "2007-02"]


def test_stage_without_publication_date_warns():
    out = _run(None)
    assert [t.value for t in out.timexes] == ["XXXX-WXX-1", "XXXX-02"]
    assert any("no publication date" in w for w in out.warnings)


def test_stage_is_registered_in_default_pipeline():
    assert "timex" in default_config()["pipeline"]["stages"]
    assert get_stage("timex").requires == frozenset({"sentences"})


def test_cli_timex_text(cli):
    proc = cli("timex", "Hamada will meet Gates on Friday, the ministry said.", "--dct", "2009-04-27", check=True)
    data = json.loads(proc.stdout)
    assert data["dct"] == "2009-04-27"
    assert [(t["text"], t["type"], t["value"]) for t in data["timexes"]] == [("Friday", "DATE", "2009-05-01")]


def test_cli_timex_interval_dct(cli_inprocess):
    cli = cli_inprocess  # test_cli_timex_text runs the real CLI
    proc = cli("timex", "Protesters blocked the gate on Sunday.", "--dct", "2009-03-01..2009-11-30", check=True)
    (t,) = json.loads(proc.stdout)["timexes"]
    assert t["value"] == "2009"
    assert (t["interval"]["earliest"], t["interval"]["latest"]) == ("2009-03-01", "2009-11-29")
    proc = cli("timex", "on Friday", "--dct", "2009-11..2009-03")
    assert proc.returncode == 2 and "2009-11..2009-03" in proc.stderr


def test_cli_timex_bad_dct_and_nonsense(cli_inprocess):
    cli = cli_inprocess  # test_cli_timex_text runs the real CLI
    proc = cli("timex", "on Friday", "--dct", "2009-02-30")
    assert proc.returncode == 2 and "2009-02-30" in proc.stderr
    proc = cli("timex", "the 45th of Maytember", "--dct", "2009-04-27", check=True)
    assert json.loads(proc.stdout)["timexes"] == []


def test_cli_timex_timeml(cli_inprocess, tmp_path):
    cli = cli_inprocess  # test_cli_timex_text runs the real CLI
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    raw = ('<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108'
           '</TIMEX3></DCT>\n<TEXT>\nShares fell yesterday.\n</TEXT>\n</TimeML>\n')
    (src / "a.tml").write_text(raw, encoding="utf-8")
    (src / "broken.tml").write_text("<TimeML>no text element</TimeML>", encoding="utf-8")
    proc = cli("timex", "--timeml", str(src), str(dst))
    assert proc.returncode == 1 and "broken.tml" in proc.stderr
    out = (dst / "a.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>' in out
    assert out.replace('<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>', "yesterday") == raw


def test_stage_can_take_tense_from_the_parse():
    from chronicler.nlp.stage import load_model
    from chronicler.time.parse_tense import spacy_tense_hint

    text = "Hamada will meet Gates at the Pentagon on Friday. Koizumi said Monday he wanted talks."
    sdoc = load_model()(text)
    hint = spacy_tense_hint(sdoc)
    at = text.index("Friday")
    assert hint(at, at + 6) == "future"
    at = text.index("Monday")
    assert hint(at, at + 6) == "past"
    doc = Document(id="d2", source="y.txt", text=text, published=DateInterval.day(date(2009, 4, 27)))
    adoc = AnnotatedDocument(doc, frozenset({"text", "sentences"}), sentences=(Sentence(0, 0, len(text), text),),
                             nlp=sdoc)
    out = Pipeline([("timex", {"use_parse": True})], start={"text", "sentences"})(adoc)
    assert [t.value for t in out.timexes] == ["2009-05-01", "2009-04-27"]
