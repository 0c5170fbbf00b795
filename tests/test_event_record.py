"""A record told of the act itself is the same act (session 15, blind mission set; our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("events_pipe")


def _types(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = Document("d", "d.txt", text, published=DateInterval.day(date(2016, 5, 28)))
    return [(e.type, e.trigger) for e in pipe(AnnotatedDocument(doc)).events]


@pytest.mark.parametrize("text", [
    "Obama visited Hiroshima on Friday, becoming the first sitting American president to visit the city.",
    "Koizumi flew to Pyongyang, the first Japanese leader to visit North Korea.",
])
def test_the_record_is_no_second_visit(pipe: Pipeline, text: str) -> None:
    found = _types(pipe, text)
    assert [t for t, _ in found] == ["CONSULT"]


def test_a_record_of_another_act_stays(pipe: Pipeline) -> None:
    found = _types(pipe, "Obama visited Hiroshima on Friday, becoming the first president to lay a wreath there "
                         "after he met Prime Minister Shinzo Abe.")
    assert sum(t == "CONSULT" for t, _ in found) >= 1
