"""Places several places share, people from many states, ethnic-national groups and names of things that hold a
body's word (issue 6, session 15: actors/namesakes.py, actors/documents.py, coding._homeland,
conventions.many_states). Sentences written for these tests (not rows of the blind set s15)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias
from chronicler.actors import namesakes
from chronicler.actors.lexicon import default_lexicon

ON = date(2016, 5, 10)


pipe = alias("actors_pipe")


def _country(pipe, text: str, phrase: str, **meta) -> str | None:
    actor = coded_at(read_text(pipe, text, ON, **meta), phrase, on=ON)
    return actor.country if actor is not None else None


def test_a_town_in_the_datelines_country_is_that_ones(pipe):
    # Dundalk, Maryland is the larger namesake; a Dublin report means the Irish town
    assert _country(pipe, "Police in Dundalk seized a van full of stolen tools on Sunday.", "Police",
                    dateline="Dublin") == "IRL"


def test_a_town_without_any_hint_keeps_no_country(pipe):
    # Stamford, Connecticut and Stamford, Lincolnshire: nothing in the report says which
    assert _country(pipe, "Police in Stamford said a delivery van had been stolen overnight.", "Police") is None


def test_a_qualifier_names_the_namesakes_country(pipe):
    assert _country(pipe, "Police in Naples, Florida, arrested a man for selling fake watches.", "Police") == "USA"


def test_an_unsure_capital_yields_to_the_datelines_country(pipe):
    # Victoria: the Seychelles' capital, and an Australian state
    assert _country(pipe, "Victoria's premier extended the lockdown by two weeks.", "Victoria's premier",
                    dateline="Melbourne") == "AUS"


def test_a_doubted_country_name_yields_to_the_datelines_state(pipe):
    assert _country(pipe, "Georgia prison officials said the inmate refused a last meal.",
                    "Georgia prison officials", dateline="Atlanta") == "USA"


def test_a_country_word_inside_a_states_name_is_that_state(pipe):
    assert _country(pipe, "The governor of New Mexico ordered the roads closed.", "The governor") == "USA"


def test_strong_evidence_still_decides(pipe):
    # a capital that is its name's largest bearer, and a city ten times larger than any namesake abroad
    assert _country(pipe, "Police in Athens fired tear gas at marchers outside parliament.", "Police") == "GRC"
    assert _country(pipe, "Police in Boston said the stolen car was found.", "Police") == "USA"


def test_a_sure_capital_is_not_moved_by_other_states_named_in_the_report(pipe):
    text = ("British and Mexican officials met on Monday. The talks followed the attacks in New York and "
            "Washington, officials in Washington said.")
    assert _country(pipe, text, "officials in Washington") == "USA"


def test_the_evidence_says_why_a_country_was_left_open():
    code, why = namesakes.choose("Dundalk", default_lexicon(), (), None, "USA")
    assert code is None and "IRL" in why and "USA" in why


@pytest.mark.parametrize("text, phrase", [
    ("In her State of the Union address, the president called for new roads.", "State of the Union"),
    ("The Union Jack flew over the old fort until the handover.", "Union Jack"),
    ("The Police Reform Act gave mayors the power to appoint commissioners.", "Police"),
    ("The Army-Navy game was delayed by snow.", "Army-Navy"),
])
def test_a_thing_named_with_a_bodys_word_is_no_actor(pipe, text, phrase):
    assert coded_at(read_text(pipe, text, ON), phrase, on=ON) is None


def test_a_treatys_place_is_no_party(pipe):
    actor = coded_at(read_text(pipe, "The Treaty of Lisbon was signed after years of talks.", ON), "Lisbon", on=ON)
    assert actor is None


def test_bodies_beside_such_nouns_stay_actors(pipe):
    adoc = read_text(pipe, "Nigerian union leaders said militants attacked a police station.", ON)
    assert coded_at(adoc, "Nigerian union leaders", on=ON).sector == "LAB"
    assert coded_at(adoc, "police", on=ON) is not None


@pytest.mark.parametrize("text, phrase, country", [
    ("Croatian Serb leaders rejected the offer of autonomy.", "Croatian Serb leaders", "HRV"),
    ("Syrian Kurdish militiamen shelled the village.", "Syrian Kurdish militiamen", "SYR"),
    ("The Turkish Cypriot negotiator left the talks.", "The Turkish Cypriot negotiator", "CYP"),
])
def test_a_state_adjective_before_an_ethnic_word_names_their_state(pipe, text, phrase, country):
    assert _country(pipe, text, phrase) == country


def test_people_from_many_states_take_no_datelines_country(pipe):
    assert _country(pipe, "Ministers from 30 nations agreed to pool money for vaccines.", "Ministers",
                    dateline="Paris") is None
    assert _country(pipe, "Delegates from Ghana agreed to pool money for vaccines.", "Ghana",
                    dateline="Paris") == "GHA"


def test_a_list_of_places_is_no_qualifier(pipe):
    # "X, Egypt, Y": items of a list, not a town in Egypt
    text = "Protests spread to Belorussia, Egypt, Uzbekistan and Yemen that winter."
    actor = coded_at(read_text(pipe, text, ON), "Belorussia", on=ON, places=True)
    assert actor is None or actor.country != "EGY"


def test_a_name_with_states_in_it_is_no_many_states_construct(pipe):
    assert _country(pipe, "Obama, the President of the United States, spoke for his own nation.", "President") == "USA"
