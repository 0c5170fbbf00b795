"""A capitalised people noun that opens spaCy's PERSON span and that WordNet also knows as a named individual (a
surname) is part of the name, not a title (issue 6, session 17); listed titles and unlisted titles that are no
surname stay titles."""

from __future__ import annotations

import pytest

from conftest import needs_wordnet

pytest.importorskip("spacy")


def _coded(text: str, span: str):
    from chronicler.actors.resolve import actor_at
    from chronicler.model import Document
    from chronicler.pipeline import AnnotatedDocument, Pipeline

    pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    adoc = pipe(AnnotatedDocument(Document(id="t", source="t", text=text)))
    a = text.find(span)
    return actor_at(adoc, a, a + len(span))


@needs_wordnet
def test_surname_words_are_known_names() -> None:
    from chronicler.actors.titlednames import also_a_name

    assert also_a_name("Porter") and also_a_name("Cooper")
    assert not also_a_name("Cleric") and not also_a_name("Senator")


@needs_wordnet
def test_first_name_that_is_a_people_noun_lends_no_sector() -> None:
    actor = _coded("Porter Adeyemi, a Nigerian businessman, bought the struggling airline.", "Porter Adeyemi")
    assert actor is not None and actor.country == "NGA" and actor.sector == "BUS"


def test_real_title_before_a_name_still_codes() -> None:
    actor = _coded("Judge Maria Alvarez of Colombia's constitutional court blocked the decree.", "Judge Maria Alvarez")
    assert actor is not None and actor.sector == "JUD"
