"""Sectors borrowed through WordNet for actor nouns, titles and adjectives our word lists lack (actors/wordsense.py),
on sentences of our own."""

from __future__ import annotations

import pytest

from chronicler.actors import wordsense
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.resolve import actor_at
from chronicler.model import Document
from chronicler.nlp import wordnet
from chronicler.pipeline import AnnotatedDocument

from conftest import alias, needs_wordnet

pytestmark = needs_wordnet


pipes = alias("wordnet_pipes")


def code(pipes, text: str, phrase: str, wordnet_on: bool = True):
    adoc = pipes[wordnet_on](AnnotatedDocument(Document(id="t", source="t", text=text)))
    start = text.index(phrase)
    return actor_at(adoc, start, start + len(phrase))


@pytest.mark.parametrize("text, phrase, country, sector", [
    ("Armed Sudanese goatherds stole cattle from a village near the border.", "goatherds", "SDN", "AGR"),
    ("Bandits in northern Kenya ambushed a truck carrying food aid.", "Bandits", "KEN", "CRM"),
    ("Peruvian stevedores refused to unload the ship on Friday.", "stevedores", "PER", "LAB"),
    ("Fijian mutineers seized the army barracks in Suva.", "mutineers", "FJI", "REB"),
    ("Colombian cultivators blocked the road to protest the coca eradication plan.", "cultivators", "COL", "AGR"),
    ("A Brazilian newscaster accused the senator of fraud.", "newscaster", "BRA", "JRN"),
])
def test_unlisted_people_noun_borrows_a_listed_sector(pipes, text, phrase, country, sector):
    assert phrase.lower() not in default_lexicon().nouns  # the point: our lists do not have it
    got = code(pipes, text, phrase)
    assert got is not None and (got.country, got.sector) == (country, sector)
    without = code(pipes, text, phrase, wordnet_on=False)
    assert without is None or without.sector != sector  # the sector comes from WordNet, not from elsewhere


def test_unlisted_title_before_a_name_borrows_its_sector(pipes):
    got = code(pipes, "Sergeant Omar Haddad of the Jordanian army was wounded on Sunday.", "Omar Haddad")
    assert got is not None and got.kind == "person" and got.sector == "MIL"
    got = code(pipes, "The Chilean surgeon Pablo Rojas treated the wounded miners.", "Pablo Rojas")
    assert got is not None and got.sector == "MED" and got.country == "CHL"


def test_adjective_lends_the_sector_of_the_noun_it_pertains_to(pipes):
    got = code(pipes, "A parliamentary delegation from Ghana arrived in Lome on Monday.", "parliamentary delegation")
    assert (got.country, got.sector) == ("GHA", "LEG")
    got = code(pipes, "The Iranian clerical leaders condemned the verdict.", "clerical leaders")
    assert got.sector == "REL"


def test_general_words_do_not_borrow():
    for word in ("people", "person", "group", "official", "leader", "force", "side", "member", "members", "aide",
                 "inspectors"):
        assert wordsense.borrow(word) is None, word
    assert wordsense.borrow("settlement") is None  # WordNet's first sense is a colony; in the news an agreement
    assert wordsense.borrow("tumbler") is None  # a thing, not a person


def test_listed_word_wins_over_wordnet(pipes):
    # WordNet puts "militant" and "activist" in one synset; our lists keep them apart, and the lists win
    assert code(pipes, "Militants attacked a checkpoint in the south.", "Militants").sector == "REB"
    assert code(pipes, "Activists marched to the ministry on Tuesday.", "Activists").sector == "CVL"
    listed = default_lexicon().lookup_noun("militants")
    assert listed is not None and not listed.note.startswith("wordnet") and listed.confidence == 1.0


def test_borrowed_entry_is_less_sure_and_says_why():
    e = wordsense.borrow("stevedores")
    assert e is not None and e.sector == "LAB" and e.confidence < 1.0 and "dockworker" in e.note


def test_listed_body_beats_a_borrowed_head(pipes):
    got = code(pipes, "Gunmen ambushed a police patrol outside Kandahar.", "police patrol")
    assert got.sector == "COP"  # WordNet alone would make a patrol military
    got = code(pipes, "U.N. inspectors visited the site near Baghdad.", "U.N. inspectors")
    assert got.country == "IGO" and got.sector is None  # the UN's people, not police


def test_people_noun_classifying_a_thing_is_no_actor(pipes):
    assert code(pipes, "Militants bombed a tourist bus near Luxor.", "tourist") is None
    assert code(pipes, "The rebels returned from exile last year.", "exile") is None


def test_leave_one_out_recovers_a_removed_word():
    lex = default_lexicon()
    gone = frozenset({"policeman", "policemen"})
    e = wordsense.borrow("policeman", lex, gone)
    assert e is not None and e.sector == "COP" and "policeman" not in e.note  # lent by another listed word


def test_unknown_organisation_takes_its_head_words_sector(pipes):
    got = code(pipes, "The Arab Legion shelled the old city at dawn.", "Arab Legion")
    assert got is not None and got.sector == "MIL"  # a legion is a kind of army
