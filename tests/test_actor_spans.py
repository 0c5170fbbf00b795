"""Composite actor spans (issue 6, session 10): a generic head taking the sector of the body after its "of", a
person described in apposition by an unlisted noun, kin of people who hold no office, former members of a state
service, a given name the tagger left out of a person's entity, and an honorific title an apposition outranks. Sentences
of our own."""

from __future__ import annotations

import pytest

from chronicler.pipeline import Pipeline

from actor_harness import coded_at, country_and_sector, read_text
from conftest import alias


pipe = alias("actors_pipe")


code = country_and_sector


@pytest.mark.parametrize("text, phrase, want", [
    # a generic head: the body after "of" says whose
    ("Officials of Kenya's farmers' cooperatives met the minister.", "Officials of Kenya's farmers' cooperatives",
     ("KEN", "AGR")),
    ("A delegation of Tamil rebels flew to Oslo for talks.", "A delegation of Tamil rebels", ("LKA", "REB")),
    ("Hundreds of Chilean miners marched on the capital.", "Hundreds of Chilean miners", ("CHL", "LAB")),
    ("The chief of the Malian army was dismissed.", "The chief of the Malian army", ("MLI", "MIL")),
    ("The president of Ghana's supreme court retired.", "The president of Ghana's supreme court", ("GHA", "JUD")),
    # a head whose own modifier already says whose keeps it
    ("Opposition members of the Zambian parliament walked out.", "Opposition members", ("ZMB", "OPP")),
    # an apposition by an unlisted noun: the body after it
    ("Elena Vargas, a member of the Peruvian parliament, was detained.", "Elena Vargas", ("PER", "LEG")),
    # kin of someone with no office: not of the relative's trade
    ("The family of a murdered Russian reporter asked for a new trial.", "The family", ("RUS", "CVL")),
    # former or exiled members of a state service
    ("Former Nigerian generals met in Abuja.", "Former Nigerian generals", ("NGA", "ELI")),
    ("Retired Turkish judges signed the letter.", "Retired Turkish judges", ("TUR", "ELI")),
    # a rank kept beside a former post in the same service
    ("Major Tomas Kral, a former Czech army officer, was charged.", "Major Tomas Kral", ("CZE", "ELI")),
    # a given name left out of the tagger's entity: the name is a person, not the city it spells
    ("Moses Banda, a Malawian opposition leader, was arrested.", "Banda", ("MWI", "OPP")),
    # an honorific read as a title: the occupation in apposition says more
    ("Sheikh Salim Haddad, a Kuwaiti cleric, condemned the attack.", "Sheikh Salim Haddad", ("KWT", "REL")),
    # a state's electoral and anti-graft bodies
    ("Nigeria's electoral commission postponed the vote.", "Nigeria's electoral commission", ("NGA", "GOV")),
])
def test_composite_span(pipe: Pipeline, text: str, phrase: str, want: tuple[str, str]) -> None:
    assert code(pipe, text, phrase) == want


@pytest.mark.parametrize("text, phrase, want", [
    # kin of an office holder stay elites; supporters keep their own rule (their side, after resolution)
    ("The son of the former Kenyan president was arrested.", "The son", ("KEN", "ELI")),
    # a generic head before a bare country takes only the country
    ("Leaders of Bolivia met in La Paz.", "Leaders", ("BOL", "GOV")),
    # a big city stays a city when no given name stands before it
    ("Rebels shelled Jaffna overnight.", "Jaffna", ("LKA", "CVL")),
    # an honorific with an office in apposition: the office
    ("Sheikh Khalid Nasser, Kuwait's prime minister, met the envoy.", "Sheikh Khalid Nasser", ("KWT", "GOV")),
    # an office held beside a former post in another service stays the office
    ("President Jorge Salas, a former Peruvian general, was acquitted.", "President Jorge Salas", ("PER", "GOV")),
    # the outgoing parliament is still a parliament (a body, not former people)
    ("The outgoing Kenyan parliament passed the budget.", "The outgoing Kenyan parliament", ("KEN", "LEG")),
])
def test_what_stays(pipe: Pipeline, text: str, phrase: str, want: tuple[str, str]) -> None:
    assert code(pipe, text, phrase) == want


def test_nationality_in_apposition_gives_the_country(pipe: Pipeline) -> None:
    a = coded_at(read_text(pipe, "Rafael Soto, a Chilean sculptor of some fame, died on Sunday."), "Rafael Soto")
    assert a is not None and a.country == "CHL"
