"""Well-known people outside office (issue 6, session 10): the people table's sector over a courtesy or honorific
title, an office the KB holds on the date still winning, and a sample of the table's rows coded in sentences of
our own."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.resolve import actor_at
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import ROOT


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})


def code(pipe: Pipeline, text: str, phrase: str, published: date | None = None) -> tuple[str | None, str | None]:
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(published) if published else None)
    adoc = pipe(AnnotatedDocument(doc))
    start = text.index(phrase)
    a = actor_at(adoc, start, start + len(phrase), on=published)
    return (a.country, a.sector) if a is not None else (None, None)


@pytest.mark.parametrize("text, phrase, want", [
    # an honorific before a listed person's name does not make a head of state of him
    ("Sheikh Ahmed Yassin called for more attacks.", "Sheikh Ahmed Yassin", ("PSE", "REB")),
    ("Sheikh Hassan Nasrallah warned Israel on Friday.", "Sheikh Hassan Nasrallah", ("LBN", "REB")),
    ("Dr. Ayman al-Zawahiri released a new video.", "Dr. Ayman al-Zawahiri", ("IMG", "REB")),
    # no title: the table alone
    ("Hassan Nasrallah warned Israel on Friday.", "Hassan Nasrallah", ("LBN", "REB")),
])
def test_table_sector_over_honorific(pipe, text, phrase, want):
    assert code(pipe, text, phrase, date(2003, 5, 1)) == want


def test_office_on_the_date_still_wins(pipe):
    # an emir the KB lists in office is GOV whatever the honorific
    text = "Sheikh Tamim bin Hamad Al Thani met the envoy in Doha."
    assert code(pipe, text, "Sheikh Tamim bin Hamad Al Thani", date(2018, 3, 1)) == ("QAT", "GOV")
