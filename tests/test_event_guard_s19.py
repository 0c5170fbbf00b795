"""Session 19 guards on event precision (``events/sides.py``), on sentences of our own: a WordNet loan from the motion
and change files is refused when the actors stage coded its subject as a firm or trade (though a place word makes
the subject's words look like a party's), and a phrasal row with no condition but its particle names no event
when a private doer does it to a thing ("rounded up stray goats", "walked out of the terminal")."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.borrow import BorrowedSense
from chronicler.events import sides
from chronicler.events.triggers import find_triggers
from chronicler.model import Actor, DateInterval, Document, Mention
from chronicler.pipeline import AnnotatedDocument
from conftest import alias, needs_wordnet

pytestmark = needs_wordnet

nlp = alias("spacy_model")
pipe = alias("events_pipe")

FIRM = "A Dutch dredging contractor completed the new sea wall near Rotterdam on Monday."


def _events(pipe, text: str) -> list[tuple[str, str]]:
    doc = Document("d", "d.txt", text, published=DateInterval.day(date(2025, 3, 4)))
    return [(e.type, e.trigger) for e in pipe(AnnotatedDocument(doc)).events]


def _loans(found) -> list[str]:
    return [t.type for t in found if isinstance(t.sense, BorrowedSense)]


def test_coded_firm_subject_takes_no_guarded_loan(nlp):
    # "complete" is unlisted; its first WordNet sense (a change) reaches "terminate", a sanction. By its words the
    # subject is a party ("Dutch"); coded as a business it is not
    doc = nlp(FIRM)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    firm = Mention(doc[1].idx, subj.idx + len(subj.text), "Dutch dredging contractor", "group:nld-bus")
    with sides.coded_doers([firm], [Actor("group:nld-bus", "contractor", "group", "NLD", "BUS")]):
        assert _loans(find_triggers(doc[:])) == []
    state = Mention(firm.start, firm.end, firm.text, "group:nld-gov")
    with sides.coded_doers([state], [Actor("group:nld-gov", "government", "group", "NLD", "GOV")]):
        assert _loans(find_triggers(doc[:])) == ["SANCTION"]  # the code of a state keeps the loan


def test_firm_completing_a_wall_is_no_sanction(pipe):
    assert all(t != "SANCTION" for t, _ in _events(pipe, FIRM)), _events(pipe, FIRM)


def test_object_of_a_refused_loan_names_no_event(pipe):
    # the parser reads "relief" as the object: the firm's act was refused its loan, so its object is no aid either
    text = "A Norwegian drilling contractor completed the relief well in the North Sea on Monday."
    assert _events(pipe, text) == []


@pytest.mark.parametrize("text,trigger", [
    ("Two shepherds rounded up the stray goats after the storm in Wales.", "rounded"),
    ("Passengers walked out of the terminal into the pouring rain.", "walked"),
    ("Two divers sealed off the flooded engine room of the wreck.", "sealed"),
])
def test_phrasal_row_in_its_literal_reading_names_no_event(nlp, text, trigger):
    found = find_triggers(nlp(text)[:])
    assert all(t.head.text != trigger for t in found), [(t.head.text, t.type) for t in found]


@pytest.mark.parametrize("text,typ", [
    ("Police in Minsk rounded up dozens of protesters on Sunday.", "COERCE"),
    ("Opposition lawmakers walked out of parliament in Nairobi on Tuesday.", "PROTEST"),
    ("Dock workers walked out of the port in protest at the pay offer.", "PROTEST"),
    ("Soldiers sealed off the market after the blast in Peshawar.", "COERCE"),
    ("The old quarter of Srinagar was sealed off before the anniversary.", "COERCE"),  # a passive's doer is unnamed
])
def test_phrasal_row_keeps_its_political_reading(nlp, text, typ):
    found = find_triggers(nlp(text)[:])
    assert typ in [t.type for t in found], [(t.head.text, t.type) for t in found]
