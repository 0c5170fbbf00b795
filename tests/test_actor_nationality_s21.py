"""A former official of an international body acts for their own state (issue 6, session 21:
data/nationalities.csv, ``kbview.country_on``, ``kbroles._former_official_home``). Sentences written for these
tests."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

from actor_harness import coded_at, read_text
from conftest import alias

from chronicler.actors.nationality import own_states

pipe = alias("actors_pipe")


def _coded(pipe, text: str, phrase: str, on: date | None) -> tuple[str | None, str | None]:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector) if actor is not None else (None, None)


def test_every_listed_person_is_in_the_office_holder_kb():
    text = resources.files("chronicler").joinpath("data", "office_terms.csv").read_text(encoding="utf-8")
    ids = {row["person_id"] for row in csv.DictReader(text.splitlines())}
    assert own_states() and set(own_states()) <= ids
    assert all(len(code) == 3 and code.isupper() for code in own_states().values())


def test_a_former_un_chief_at_home_is_his_own_states_elite(pipe):
    assert _coded(pipe, "Kofi Annan opened a new school in Kumasi.", "Kofi Annan", date(2010, 5, 3)) == ("GHA", "ELI")
    assert _coded(pipe, "Ban Ki-moon planted trees with pupils near Busan.", "Ban Ki-moon",
                  date(2019, 4, 5)) == ("KOR", "ELI")


def test_a_title_saying_former_gives_the_own_state_without_a_date(pipe):
    assert _coded(pipe, "Former NATO chief Anders Fogh Rasmussen criticised the Danish cabinet.",
                  "Former NATO chief Anders Fogh Rasmussen", None) == ("DNK", "ELI")


def test_in_office_the_body_stays(pipe):
    assert _coded(pipe, "UN chief Ban Ki-moon flew to Haiti after the earthquake.", "UN chief Ban Ki-moon",
                  date(2010, 1, 20)) == ("IGO", "GOV")
