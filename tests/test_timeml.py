"""TempEval-3 TimeML in and out: gold read right; our TIMEX3s written inside TEXT, byte-identical elsewhere."""

from __future__ import annotations

import re
from datetime import date

from chronicler.time.tagger import tag
from chronicler.time.timeml import parse_tml, read_tml, write_tml

SAMPLE = (
    '<?xml version="1.0" ?>\r\n<TimeML>\r\n<DOCID>X1</DOCID>\r\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\r\n'
    '<TEXT>\r\nStocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> on <TIMEX3 tid="t5" type="DATE" '
    'value="1998-01-07">Wednesday</TIMEX3> in A&amp;B, and last year they <EVENT eid="e2" class="OCCURRENCE">rose'
    '</EVENT> for three weeks.\r\n</TEXT>\r\n<TLINK lid="l1" relType="BEFORE" timeID="t5" relatedToTime="t0"/>\r\n'
    '</TimeML>\r\n'
)


def _outside_text(raw: str) -> tuple[str, str]:
    return raw[:raw.index("<TEXT>")], raw[raw.index("</TEXT>"):]


def _strip_timex(raw: str) -> str:
    inner = raw[raw.index("<TEXT>"):raw.index("</TEXT>")]
    return re.sub(r"</?TIMEX3[^>]*>", "", inner)


def test_parse_gold_and_dct():
    doc = parse_tml(SAMPLE, "x.tml")
    assert doc.dct == date(1998, 1, 8)
    (g,) = doc.timexes
    assert (g.text, g.type, g.value) == ("Wednesday", "DATE", "1998-01-07")
    assert doc.plain[g.start:g.end] == "Wednesday"
    assert "<" not in doc.plain


def test_write_is_byte_identical_outside_text():
    doc = parse_tml(SAMPLE, "x.tml")
    out, warnings = write_tml(doc, tag(doc.plain, doc.dct))
    assert warnings == []
    assert _outside_text(out) == _outside_text(SAMPLE)
    assert _strip_timex(out) == _strip_timex(SAMPLE)  # EVENT tags and text kept exactly
    again = parse_tml(out, "x.tml")
    assert [(t.text, t.value) for t in again.timexes] == [
        ("Wednesday", "1998-01-07"), ("last year", "1997"), ("three weeks", "P3W")]


def test_timex_crossing_a_tag_is_skipped():
    raw = '<TimeML><TEXT>It was <EVENT eid="e1">last</EVENT> year.</TEXT></TimeML>'
    doc = parse_tml(raw)
    out, warnings = write_tml(doc, tag(doc.plain, date(2000, 1, 1)))
    assert len(warnings) == 1 and "crosses a tag" in warnings[0]
    assert out == raw


def test_real_corpus_files_round_trip(shared):
    folder = shared / "eval" / "tempeval3" / "TBAQ-cleaned" / "AQUAINT"
    for path in sorted(folder.glob("*.tml"))[:8]:
        with open(path, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        doc = read_tml(path)
        out, _ = write_tml(doc, tag(doc.plain, doc.dct))
        assert _outside_text(out) == _outside_text(raw)
        assert _strip_timex(out) == _strip_timex(raw)
