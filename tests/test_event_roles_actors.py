"""Roles read over the real actors stage (its mentions of coordinated nationalities, weapons, lifted measures),
issue 7 session 5: sentences of our own, not of any check set."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.events.main import main_event
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias


pipe = alias("actors_pipe")


def main_roles(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    """Source and target countries of the sentence's main event."""
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2005, 6, 1)))
    ad = EventsComponent({})(pipe(AnnotatedDocument(doc)))
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None, text
    return (ev.source.country if ev.source else None), (ev.target.country if ev.target else None)


@pytest.mark.parametrize("text, src, tgt", [
    # the actors stage codes "X and Y officials" as one actor: the events reader splits the two sides
    ("The Brazilian and Argentine finance ministers met on the sidelines of the IMF meeting in Washington.",
     "BRA", "ARG"),
    ("French and Moroccan firms set up a joint venture to build trams in Rabat.", "FRA", "MAR"),
    # the party a permission lets in
    ("Syria allowed U.N. investigators to question five of its officials.", "SYR", "IGO"),
    # "its troops" are the actor's own: the other side is the place left
    ("Armenia refused to withdraw its troops from Azerbaijan's Kelbajar district.", "ARM", "AZE"),
    # a lifted measure named by a country
    ("The European Union lifted the Burma embargo on Tuesday.", "IGO", "MMR"),
    # one's own weapons as the object: the place aimed at names the target
    ("Pyongyang fired artillery shells at a South Korean island on Tuesday.", "PRK", "KOR"),
])
def test_roles_over_the_actors_stage(pipe, text, src, tgt):
    assert main_roles(pipe, text) == (src, tgt)
