"""Actor sectors for wording our lists do not hold (issue 6, session 12): synonyms of "former", military equipment
through WordNet, titles with a post-positive "general", a people noun before a sectorless rank ("yakuza bosses")
and two-word people nouns WordNet holds as one ("state trooper"). On sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.actors import wordsense

from actor_harness import country_and_sector, read_text
from conftest import alias, needs_wordnet

ON = date(2012, 3, 20)


pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, phrase", [
    ("The onetime interior minister of Chile was questioned by prosecutors in Santiago.",
     "The onetime interior minister of Chile"),
    ("A one-time Nepalese finance minister was charged with embezzlement.", "A one-time Nepalese finance minister"),
    ("Malawi's erstwhile labour minister joined the opposition.", "Malawi's erstwhile labour minister"),
    ("The toppled Guinean president flew to Morocco.", "The toppled Guinean president"),
])
def test_a_synonym_of_former_makes_an_office_holder_an_elite(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase, ON)[1] == "ELI"


@needs_wordnet
@pytest.mark.parametrize("military, civil", [
    ("corvette", "airliner"), ("corvettes", "jet"), ("howitzers", "rifle"), ("battleship", "car"), ("bomber", "bus"),
])
def test_military_equipment_is_mil_and_civil_craft_or_small_arms_nothing(military, civil):
    entry = wordsense.borrow(military)
    assert entry is not None and entry.sector == "MIL"
    assert wordsense.borrow(civil) is None


@needs_wordnet
def test_an_unlisted_warship_in_a_sentence_is_its_navy(pipe):
    text = "A Chilean corvette fired warning shots at a trawler off Valparaiso."
    assert country_and_sector(pipe, text, "A Chilean corvette", ON) == ("CHL", "MIL")


@pytest.mark.parametrize("text, phrase, sector", [
    ("Zambia's attorney-general dropped the charges against the editor.", "Zambia's attorney-general", "GOV"),
    ("Kenya's auditor-general said the ministry could not account for the funds.", "Kenya's auditor-general",
     "GOV"),
    ("The Ugandan solicitor general defended the new law in court.", "The Ugandan solicitor general", "GOV"),
])
def test_a_post_positive_general_leaves_the_office_noun_to_say_the_role(pipe, text, phrase, sector):
    assert country_and_sector(pipe, text, phrase, ON)[1] == sector


def test_a_military_rank_before_general_stays_mil_where_a_civil_office_is_gov(pipe):
    text = "Brigadier-General Okello Tumusiime met the auditor-general in Kampala."
    assert country_and_sector(pipe, text, "Brigadier-General Okello Tumusiime", ON)[1] == "MIL"
    assert country_and_sector(pipe, text, "the auditor-general", ON)[1] == "GOV"


@needs_wordnet
@pytest.mark.parametrize("text, phrase, sector", [
    ("Japanese yakuza bosses were questioned by police in Osaka.", "Japanese yakuza bosses", "CRM"),
    ("Police in Lagos said smuggler ringleaders had fled to Benin.", "smuggler ringleaders", "CRM"),
])
def test_a_people_noun_before_a_sectorless_rank_says_whose(pipe, text, phrase, sector):
    assert country_and_sector(pipe, text, phrase, ON)[1] == sector


@needs_wordnet
def test_a_two_word_people_noun_wordnet_holds_as_one_takes_its_own_sense(pipe):
    # a "state trooper" is a policeman; a "trooper" alone is listed as a soldier
    text = "Ohio state troopers stopped a van carrying stolen rifles."
    assert country_and_sector(pipe, text, "Ohio state troopers", ON)[1] == "COP"


@needs_wordnet
def test_a_pair_with_the_head_words_own_sector_is_left_to_the_head(pipe):
    # "cabinet minister" is one WordNet noun, but it says what "minister" says: the head's reading stays
    from chronicler.actors.collocations import collocation_components
    from chronicler.actors.lexicon import default_lexicon

    adoc = read_text(pipe, "Three cabinet ministers in Tokyo resigned.", ON)
    assert collocation_components(adoc.nlp, default_lexicon(), []) == []
