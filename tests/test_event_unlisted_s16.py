"""Events told with words the lexicon does not list (issue 7, session 16), on sentences of our own: the learned
model's lexicon-neighbour features (``lend=TYPE``: what the lexicon says of a word's WordNet neighbours, never
of the word itself), the WordNet base form read for a mis-lemmatised verb, and the blind set's scorer split."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from chronicler.events.borrow import listed
from chronicler.events.learned.features import neighbour_types, token_features, wordnet_word
from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.nlp import wordnet
from chronicler.pipeline import AnnotatedDocument, Pipeline

ROOT = Path(__file__).resolve().parents[1]
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})


def analysed(pipe: Pipeline, text: str, **config) -> AnnotatedDocument:
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2012, 3, 5)))
    return EventsComponent(config)(pipe(AnnotatedDocument(doc)))


@needs_wordnet
def test_an_unlisted_word_takes_the_types_of_its_listed_neighbours():
    """"collar" (take into custody) shares a synset with lexicon words of arrest: its features say COERCE."""
    assert not listed(["collar"])
    feats = dict(neighbour_types("collar", "v"))
    assert feats.get("lend=COERCE", 0) >= 0.5


@needs_wordnet
def test_a_listed_word_does_not_lend_to_itself():
    """Trained on listed words, the model would learn to trust a copy of their own label: the word's own rows
    never count. Lend features are read off the other words only, so taking the word's rows out changes none."""
    from chronicler.events.lexicon import trigger_lexicon

    word = "arrest"
    assert listed([word])
    before = neighbour_types(word, "v")
    table = trigger_lexicon()
    saved = {k: table.pop(k) for k in [k for k in table if k[1] == word]}
    try:
        neighbour_types.cache_clear()
        from chronicler.events import borrow

        borrow._listed_word.cache_clear()
        after = neighbour_types(word, "v")
    finally:
        table.update(saved)
        neighbour_types.cache_clear()
    assert before == after


@needs_wordnet
def test_wordnet_is_asked_about_the_base_form_of_the_surface(pipe):
    """The tagger reads "dined" as "din" (to make a noise); WordNet's base form of the surface is "dine"."""
    doc = pipe(AnnotatedDocument(Document(id="t", source="t", text="The envoy dined with the king in Amman."))).nlp
    tok = next(t for t in doc if t.text == "dined")
    assert wordnet_word(tok) == "dine"
    assert any(k.startswith("lex=verb.consumption") for k in token_features(tok))


@needs_wordnet
@pytest.mark.parametrize("text, verb, typ", [
    ("Chilean artillery decimated a Peruvian supply column near the border.", "decimated", "ASSAULT"),
    ("Ghana concurred with Nigeria's plan to open the border crossings.", "concurred", "AGREE"),
])
def test_the_model_types_an_unlisted_verb_by_its_neighbours(pipe, text, verb, typ):
    """Neither verb is listed and WordNet lends neither a type ("decimate" is a change-of-state verb, "concur"
    an agreement whose lender synset disagrees); with the model on, each is the act it names."""
    assert not listed([verb[:-1], verb[:-2]])
    ad = analysed(pipe, text, learned=True)
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None and ev.trigger == verb and plover_type(ev, "cameo") == typ
    assert any(s.label.startswith(f"learned: {typ}") for s in ev.provenance.spans)


def test_the_blind_set_splits_by_the_fixed_rule():
    """162 rows: 108 tune, 54 measure (every third data row); gold types are PLOVER's or "-"."""
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        from _unlisted_s16 import read_rows
    finally:
        sys.path.remove(str(ROOT / "eval"))
    rows = read_rows()
    assert (len(rows), len(read_rows(part="tune")), len(read_rows(part="measure"))) == (162, 108, 54)
    types = {r[1] for r in rows}
    assert "-" in types and types - {"-"} <= set(plover_types())
    assert all((r[1] == "-") == (r[4] == "-") for r in rows)


def plover_types() -> tuple[str, ...]:
    from chronicler.events.learned.model import CLASSES

    return CLASSES[1:]


@needs_wordnet
@pytest.mark.parametrize("text", [
    "The tennis champion chatted with her fans after the final.",
    "The ruling party and its allies control the senate.",
    "The Kenyan court decided to allow the opposition leader to stand.",
])
def test_what_the_model_may_not_add(pipe, text):
    """Triggers the model adds need one side placed in a country or an international body (a champion and her
    fans are placed nowhere), no bare present of a state ("control the senate"), no verb of deciding over the
    act it decides ("decided to allow": the model may not put AGREE above the allowing)."""
    ad = analysed(pipe, text, learned=True)
    assert not any(any(s.label.startswith("learned:") for s in e.provenance.spans) for e in ad.events)


@needs_wordnet
def test_the_guards_on_added_triggers(pipe):
    """The three guards read off the parse and WordNet, as the events stage asks them."""
    from chronicler.events.learned.act import experienced, placed, stative_present
    from chronicler.model import Actor

    doc = pipe(AnnotatedDocument(Document(id="t", source="t", text=(
        "The ruling party controls the senate. The court decided to allow it. Police arrested him.")))).nlp
    tok = {t.text: t for t in doc}
    assert stative_present(tok["controls"]) and not stative_present(tok["arrested"])
    assert experienced(tok["decided"]) and not experienced(tok["arrested"])
    assert placed([Actor("a", "fans"), Actor("b", "Kenya", kind="country", country="KEN")])
    assert not placed([Actor("a", "fans"), Actor("b", "the champion", kind="person")])
