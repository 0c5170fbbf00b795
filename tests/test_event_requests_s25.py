"""Session 25 (issue 7): requests, demands and appeals in the wording reports use. Sentences of our own written for
these tests (not rows of the blind set ``eval/data/event_request_blind_s25.tsv``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_blind_set_split_and_flags():
    rows = [line for line in (ROOT / "eval" / "data" / "event_request_blind_s25.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 133 and all(len(r.split("\t")) == 6 for r in rows)
    assert sum(1 for i, _ in enumerate(rows) if i % 3 == 2) == 44
    text = (ROOT / "eval" / "events.py").read_text(encoding="utf-8")
    assert all(f'"{f}"' in text for f in ("--request-s25", "--request-s25-measure", "--request-s25-errors"))


import pytest  # noqa: E402

from datetime import date  # noqa: E402

from chronicler.events.stage import EventsComponent  # noqa: E402
from chronicler.model import DateInterval, Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402

from conftest import alias  # noqa: E402

pipe = alias("actors_pipe")


def events_of(pipe: Pipeline, text: str) -> list:
    """Every event the stage reads in ``text``."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2021, 5, 6)))
    return list(EventsComponent({})(pipe(AnnotatedDocument(doc))).events)


@pytest.mark.parametrize("text", [
    # private people or firms asking private people
    "Holidaymakers were urged by the airline to check in online.",
    "Tenants pleaded with the landlord to repair the roof.",
    "Passengers were asked to wear masks on the train.",
    # a bare question
    "Journalists asked the Elysee spokesman about the president's schedule.",
    # demand in the economic sense
    "Demand for Australian coal rose sharply in 2021.",
    # other senses: a court appeal, appeal as attraction, a plea of guilt, a thing invited
    "The former Brazilian president lost his appeal against the corruption conviction.",
    "Lawyers for the Pakistani prime minister filed an appeal with the Supreme Court.",
    "The ruling party's populist message holds wide appeal among rural voters.",
    "The Thai opposition leader pleaded not guilty to sedition charges.",
    "The plan is likely to invite criticism from Beijing.",
])
def test_no_request(pipe, text):
    assert "REQUEST" not in [e.type for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Farmers urged the French government to cut diesel taxes.",
    "Protesters demanded the resignation of the Serbian government.",
    "The Dutch airline asked the Dutch government for a rescue loan.",
    "Germany's demand for a ceasefire was ignored by Moscow.",
    "Egypt invited Israeli and Palestinian negotiators to Cairo.",
    "Peru renewed its appeal to Spain for the return of colonial-era gold.",
    # a bare "demand" whose content is a person leaving is a political demand, not a market's
    "Demand for President Vucic to resign grew after the station roof collapsed in Serbia.",
    "The cry for justice and demand for President Bashir to step down rang out in Khartoum on Friday.",
])
def test_request_kept(pipe, text):
    assert "REQUEST" in [e.type for e in events_of(pipe, text)]

