"""A named body told by the kind noun beside it (issue 6, session 22, ``actors/bodycues.py``): a kind noun before
the name ("the union X"), in apposition ("X, a Lisbon think tank"), or taking up the name that spoke ("X said that
the company ..."); the cue's sector and place win over a title or kind word opening the name; people stay people.
On sentences of our own, none from the blind set s22."""

from __future__ import annotations

import pytest

from chronicler.pipeline import Pipeline

from actor_harness import actors_pipeline, coded_at, country_and_sector, read_text


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return actors_pipeline()


@pytest.mark.parametrize("text, phrase, expected", [
    # a kind noun before the name
    ("The dockers' union Estiva Unida blocked the port of Valencia.", "Estiva Unida", "LAB"),
    ("The Lisbon pollster Aximage put the Socialists ahead.", "Aximage", "SOC"),
    ("The chipmaker Novachip said it would cut output.", "Novachip", "BUS"),
    # in apposition
    ("Ostrander, a Lisbon think tank, said the budget would miss its target.", "Ostrander", "SOC"),
    ("Velmora, the Kenyan carmaker, recalled 4,000 vehicles.", "Velmora", "BUS"),
    ("Kalvani, a Nepalese charity, sent tents to the quake zone.", "Kalvani", "SOC"),
    # a title or a kind word opening the name gives way to the apposition
    ("Major Orchards, a Chilean fruit exporter, cut its prices.", "Major Orchards", "BUS"),
    ("Senate Logistics, a Polish trucking company, lost its licence.", "Senate Logistics", "BUS"),
])
def test_the_kind_noun_beside_a_name_says_its_sector(pipe, text, phrase, expected):
    assert country_and_sector(pipe, text, phrase)[1] == expected


@pytest.mark.parametrize("text, phrase, country", [
    ("Ostrander, a Lisbon think tank, said the budget would miss its target.", "Ostrander", "PRT"),
    ("Velmora, the Kenyan carmaker, recalled 4,000 vehicles.", "Velmora", "KEN"),
    ("Major Orchards, a Chilean fruit exporter, cut its prices.", "Major Orchards", "CHL"),
    ("Corvana, a Quito maker of shoes, shut its plant.", "Corvana", "ECU"),
])
def test_the_kind_nouns_place_word_gives_the_country(pipe, text, phrase, country):
    assert country_and_sector(pipe, text, phrase)[0] == country


def test_an_international_charity_is_an_ngo_with_no_sector(pipe):
    assert country_and_sector(pipe, "The international charity Hope Bridges said the camp had no water.",
                              "Hope Bridges") == ("NGO", None)


def test_a_person_noun_before_a_persons_name_leaves_a_person(pipe):
    # "trader" also names a firm ("the trader Glencore"), but a two-word person's name stays a person
    actor = coded_at(read_text(pipe, "The trader Nick Leeson was jailed in Singapore."), "Nick Leeson")
    assert actor is not None and actor.kind == "person"


def test_a_person_speaking_of_a_body_stays_a_person(pipe):
    # "Marsh said the union would ...": the union is not Marsh
    actor = coded_at(read_text(pipe, "John Marsh said the union would strike on Monday."), "John Marsh")
    assert actor is not None and actor.kind == "person"


def test_a_body_that_spoke_is_taken_up_by_its_kind(pipe):
    assert country_and_sector(pipe, "Kestova Holdings said in a statement that the Czech brewer had been sold.",
                              "Kestova Holdings") == ("CZE", "BUS")


def test_the_reports_other_mentions_of_a_told_name_are_that_body(pipe):
    # a kind word opening the name ("Union": labour) gives way to the kind noun a later sentence puts beside it
    adoc = read_text(pipe, "Union Ferrona cut 300 jobs on Monday. The Spanish steelmaker Union Ferrona blamed the "
                           "price of power.")
    actor = coded_at(adoc, "Union Ferrona")
    assert actor is not None and (actor.country, actor.sector) == ("ESP", "BUS")


def test_a_pro_government_militia_in_apposition_stays_paramilitary(pipe):
    # the conventions' PRM on the kind noun's own mention is what the kind noun says, not the bare noun's REB
    assert country_and_sector(pipe, "Liwa Nasr, a pro-government militia in Libya, seized the airport.",
                              "Liwa Nasr") == ("LBY", "PRM")


def _runs_by_walking_every_token(sdoc) -> list[tuple[int, int]]:
    """The plain loop ``bodycues._candidate_runs`` replaced: every token visited, the same conditions."""
    runs, i = [], 0
    while i < len(sdoc):
        t = sdoc[i]
        if not (t.text[:1].isupper() and t.pos_ == "PROPN") or t.is_sent_start and t.lower_ == "the":
            i += 1
            continue
        s, e = i, i + 1
        while e < len(sdoc) and (sdoc[e].pos_ == "PROPN" and (sdoc[e].text[:1].isupper() or sdoc[e].like_num)
                                 or sdoc[e].text in {"&", "-"} and e + 1 < len(sdoc) and sdoc[e + 1].pos_ == "PROPN"
                                 or sdoc[e].lower_ == "of" and e + 1 < len(sdoc)
                                 and sdoc[e + 1].pos_ == "PROPN" and sdoc[e + 1].text[:1].isupper()):
            e += 1
        if e < len(sdoc) and sdoc[e].lower_ in {"'s", "’s"}:
            i = e + 1
            continue
        runs.append((s, e))
        i = e
    return runs


@pytest.mark.parametrize("text", [
    "The union IG Metall and the Bank of Lisbon said Taiwan's chipmaker TSMC would meet Procter & Gamble in May.",
    "The Hague court heard Union Fenosa, a Spanish utility, and the pollster Levada-Center on Tuesday.",
    "Admiral Group 2 and Council of Europe officials met the Salvation Army's director in Geneva.",
    "",
])
def test_candidate_runs_visit_only_proper_nouns_and_find_what_every_token_walk_finds(spacy_model, text):
    from chronicler.actors.bodycues import _candidate_runs

    sdoc = spacy_model(text)
    assert _candidate_runs(sdoc) == _runs_by_walking_every_token(sdoc)
