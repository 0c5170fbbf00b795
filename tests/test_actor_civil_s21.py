"""Sectors of civil society, faith and labour bodies and of exiles (issue 6, session 21): a trade, faith or labour
word before a body's kind word (``orgnames._members_sector``), a state's own NGO as civil society
(``conventions.civil_society``), "think tank" (group_nouns.csv), an exiled dissident who keeps the side
(``phrasesector.exiled_side``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")


def _coded(pipe, text: str, phrase: str) -> tuple[str | None, str | None]:
    actor = coded_at(read_text(pipe, text), phrase)
    return (actor.country, actor.sector) if actor is not None else (None, None)


@pytest.mark.parametrize("text, span, want", [
    ("The Ghana Bar Council condemned the arrest of the judge.", "The Ghana Bar Council", ("GHA", "SOC")),
    ("The Kenya Labour Congress threatened a national strike.", "The Kenya Labour Congress", ("KEN", "LAB")),
    ("The Hindu Council of Australia welcomed the ruling.", "The Hindu Council of Australia", ("AUS", "REL")),
])
def test_a_trade_faith_or_labour_word_before_the_kind_word(pipe, text, span, want):
    assert _coded(pipe, text, span) == want


def test_a_faith_word_does_not_make_a_listed_party_religious(pipe):
    assert _coded(pipe, "The Muslim League won the vote in Punjab.", "The Muslim League")[1] == "PTY"


def test_a_states_own_ngo_is_civil_society(pipe):
    assert _coded(pipe, "A Turkish charity sent food to the flooded villages.", "A Turkish charity") == ("TUR", "SOC")
    assert _coded(pipe, "Amnesty International criticised the verdict.", "Amnesty International") == ("NGO", None)


def test_a_think_tank_is_civil_society(pipe):
    assert _coded(pipe, "A Nairobi think tank criticised the budget.", "A Nairobi think tank") == ("KEN", "SOC")


def test_an_exiled_dissident_keeps_the_side_an_exiled_ruler_is_an_elite(pipe):
    assert _coded(pipe, "An exiled Iranian dissident in Paris called for a boycott.",
                  "An exiled Iranian dissident") == ("IRN", "OPP")
    assert _coded(pipe, "The exiled king of Greece returned to Athens.", "The exiled king of Greece") == ("GRC", "ELI")
