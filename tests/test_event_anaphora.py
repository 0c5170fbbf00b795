"""A definite event noun pointing back at an event the report already told is no new event (session 15).

Our own sentences, in the manner of the blind mission set (eval/data/mission_s15) whose tune part showed them.
"""

from __future__ import annotations

from datetime import date

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("events_pipe")


def _events(pipe: Pipeline, text: str) -> list[tuple[int, str, str]]:
    doc = Document("d", "d.txt", text, published=DateInterval.day(date(2014, 11, 10)))
    ad = pipe(AnnotatedDocument(doc))
    return [(e.provenance.sentence, e.type, e.trigger) for e in ad.events]


def test_the_meeting_told_again_is_no_second_meeting(pipe: Pipeline) -> None:
    text = ("Prime Minister Shinzo Abe met Chinese President Xi Jinping in Beijing on Monday. "
            "After the meeting, which lasted about 25 minutes, Abe told reporters that ties had improved. "
            "Officials said the talks had been tense at first.")
    found = _events(pipe, text)
    assert any(s == 0 and t == "CONSULT" for s, t, _ in found)
    assert not any(s > 0 and w in ("meeting", "talks") for s, _, w in found)


def test_a_new_or_qualified_meeting_is_kept(pipe: Pipeline) -> None:
    text = ("Prime Minister Shinzo Abe met Chinese President Xi Jinping in Beijing on Monday. "
            "Abe said the two leaders' first summit would be followed by a meeting of their foreign ministers.")
    found = _events(pipe, text)
    assert any(s == 1 and w == "summit" for s, _, w in found) or any(s == 1 and w == "meeting" for s, _, w in found)


def test_without_an_earlier_event_the_noun_stands(pipe: Pipeline) -> None:
    found = _events(pipe, "Japan and China said the meeting of their leaders in Beijing had been useful.")
    assert any(t == "CONSULT" for _, t, _ in found)
