"""The mission-set scorer (eval/mission.py) on tiny hand-made cases, and the set's own consistency."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path

from chronicler.model import DateInterval, Event, Provenance, Sentence
from eval_modules import EVAL, eval_module

mission = eval_module("mission")


def _event(typ: str, iv: DateInterval | None, source: str = "timex", status: str = "occurred") -> Event:
    return Event(id=typ + str(iv), type=typ, provenance=Provenance("d", 0, ""), date=iv, date_source=source,
                 status=status)


def _gold(**kw) -> dict:
    base = {"text": "x", "type": "AGREE", "source": ["JPN"], "target": ["USA"], "status": "occurred",
            "date": None, "date_basis": "report", "optional": False}
    return {**base, **kw}


def test_date_verdicts() -> None:
    month = DateInterval(date(2010, 3, 1), date(2010, 3, 31), None, "month")
    pub = "2010-07-25"
    assert mission.date_verdict(_event("ASSAULT", month), _gold(date="2010-03", date_basis="text"), pub) == "right"
    day = DateInterval.day(date(2010, 3, 26))
    assert mission.date_verdict(_event("ASSAULT", day), _gold(date="2010-03", date_basis="text"), pub) == "finer"
    assert mission.date_verdict(_event("ASSAULT", day), _gold(date="2010-05", date_basis="text"), pub) == "wrong"
    year = DateInterval(date(2010, 1, 1), date(2010, 12, 31), None, "year")
    assert mission.date_verdict(_event("ASSAULT", year), _gold(date="2010-03", date_basis="text"), pub) == "coarser"
    stamped = _event("ASSAULT", DateInterval.day(date(2010, 7, 25)), source="inherited")
    assert mission.date_verdict(stamped, _gold(date="2010-03", date_basis="text"), pub) == "stamped"
    assert mission.date_verdict(stamped, _gold(), pub) == "right"  # the report date stands in
    assert mission.date_verdict(stamped, _gold(date_basis="none"), pub) == "free-stamped"
    week = DateInterval(date(2008, 2, 18), date(2008, 2, 24), None, "week")
    assert mission.date_verdict(_event("AGREE", week), _gold(date="2008-W08", date_basis="text"), pub) == "right"
    assert mission.date_verdict(_event("AGREE", None), _gold(date="2008-W08", date_basis="text"), pub) == "none"


def test_two_events_of_one_type_are_paired_by_their_dates() -> None:
    sunday, tuesday = DateInterval.day(date(2015, 4, 26)), DateInterval.day(date(2015, 4, 28))
    gold = [_gold(type="CONSULT", date="2015-04-26", date_basis="text"),
            _gold(type="CONSULT", date="2015-04-28", date_basis="text", status="planned")]
    ours = [_event("CONSULT", tuesday, status="planned"), _event("CONSULT", sunday)]
    assert mission.paired(gold, ours, "2015-04-27") == {0: 1, 1: 0}


class _Doc:
    def __init__(self, text: str, sentences: list[Sentence], events: list[Event]) -> None:
        from chronicler.model import Document

        self.document = Document("d", "d.txt", text)
        self.sentences, self.events, self.actors = tuple(sentences), tuple(events), ()

    def sentence_at(self, offset: int):
        return next((s for s in self.sentences if s.start <= offset < s.end), None)


def test_matched_fields_count_status_dates_and_misses() -> None:
    text = "Seoul protested on Monday. Tokyo will reply."
    sents = [Sentence(0, 0, 26, text[:26]), Sentence(1, 27, len(text), text[27:])]
    monday = DateInterval.day(date(2012, 8, 13))
    ours = [Event(id="e1", type="ACCUSE", provenance=Provenance("d", 0, text[:26]), date=monday, date_source="timex")]
    g = {"file": "t.txt", "published": "2012-08-14", "events": [
        _gold(text="Seoul protested", type="ACCUSE|PROTEST", date="2012-08-13", date_basis="text"),
        _gold(text="Tokyo will reply", type="REJECT", status="planned", date_basis="none")]}
    c: Counter = Counter()
    errors: list[str] = []
    mission.matched_fields(g, _Doc(text, sents, ours), c, errors)
    assert (c["matched"], c["status"], c["date_text"], c["date_text_right"]) == (1, 1, 1, 1)
    assert len(errors) == 1 and errors[0].startswith("  miss t.txt s1: REJECT")


def test_the_set_is_consistent() -> None:
    folder = EVAL / "data" / "mission_s15"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["documents"]
    assert len(gold) == 12
    for g in gold:
        want = "tune" if hashlib.md5(g["file"].encode()).digest()[0] % 2 == 0 else "measure"
        assert g["part"] == want
        raw = (folder / g["file"]).read_text(encoding="utf-8")
        text = json.loads(raw)["text"] if g["file"].endswith(".jsonl") else raw
        assert 180 <= len(text.split()) <= 350
        for ge in g["events"]:
            assert text.count(ge["text"]) == 1, ge["text"]
            assert (ge["date"] is None) == (ge["date_basis"] != "text")
    assert Path(folder).is_dir()
