"""The learned event-type model (``chronicler.events.learned``), on sentences of our own: the shipped weights are
the trainer's output (not edited by hand), an urging verb no lexicon row or WordNet loan knows is read as the
request it is, sentences with no political act stay without events, and ``[stages.events] learned`` switches it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from chronicler.events.borrow import listed
from chronicler.events.learned.model import WEIGHTS_FILE, shipped_model
from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]


pipe = alias("actors_pipe")


def analysed(pipe: Pipeline, text: str, **config) -> AnnotatedDocument:
    doc = Document(id="t", source="t", text=text, published=DateInterval.day(date(2012, 3, 5)))
    return EventsComponent(config)(pipe(AnnotatedDocument(doc)))


def weights_text() -> str:
    return resources.files("chronicler").joinpath("data", WEIGHTS_FILE).read_text(encoding="utf-8")


def test_weights_header_names_the_current_training_files():
    """Each training file the header names still has the hash it was trained from (else: retrain)."""
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        from _learned_data import TRAIN_SETS, file_hash
    finally:
        sys.path.remove(str(ROOT / "eval"))
    named = dict(re.findall(r"^#   (\S+\.tsv) \w+ ([0-9a-f]{16}) ", weights_text(), flags=re.M))
    assert set(named) == {name for name, _, _ in TRAIN_SETS}
    for name, digest in named.items():
        assert file_hash(name) == digest, f"{name} changed since training: rerun eval/train_event_types.py --write"


@pytest.mark.slow
def test_trainer_rebuilds_the_shipped_weights_byte_for_byte():
    run = subprocess.run([sys.executable, str(ROOT / "eval" / "train_event_types.py")],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("text, verb", [
    ("Seoul badgered Tokyo to return the cultural treasures taken during the occupation.", "badgered"),
    ("Beijing goaded Pyongyang to resume the six-party talks.", "goaded"),
])
def test_an_unlisted_urging_verb_is_the_request(pipe, text, verb):
    """Urging another state to act is a request: the lexicon does not list the verb and WordNet lends it nothing,
    so the rules code the act urged (the return, the talks); the model reads the verb over its object and
    to-infinitive and adds the request above it, with a lower type confidence and its evidence."""
    assert not listed([verb[:-2], verb[:-1]])
    ad = analysed(pipe, text, learned=True)
    ev = main_event(ad.events, ad.nlp)
    assert ev is not None and ev.trigger == verb and plover_type(ev, "cameo") == "REQUEST"
    assert 0 < ev.field_confidence["type"] < 0.5
    assert any(s.label.startswith("learned: REQUEST") for s in ev.provenance.spans)
    assert ev.source is not None and ev.target is not None
    rules = analysed(pipe, text, learned=False)  # the switch: the rules alone, as before the model
    before = main_event(rules.events, rules.nlp)
    assert before is None or plover_type(before, "cameo") != "REQUEST"


@pytest.mark.parametrize("text", [
    "The Indonesian president enjoyed a quiet weekend at his farm outside Jakarta.",
    "The German chancellor celebrated her birthday with friends in Berlin.",
    "The Brazilian finance minister jogged along the beach in Rio de Janeiro.",
])
def test_a_sentence_with_no_political_act_stays_without_event(pipe, text):
    """The model, trained on sentences that each report an act, calls most top verbs acts; a verb it adds must
    have both sides named in the text, which a leisure activity of one person has not."""
    assert analysed(pipe, text, learned=True).events == ()


def test_the_default_configuration_leaves_the_model_off_but_ships_it():
    """Off by default (with the full lexicon it changes no gold figure, and most events it adds on real news are
    wrong: docs/stages.md, session 13); the weights ship."""
    text = (ROOT / "src" / "chronicler" / "default_config.toml").read_text(encoding="utf-8")
    section = text.split("[stages.events]", 1)[1].split("\n[", 1)[0]
    assert re.search(r"^learned = false$", section, flags=re.M)
    assert shipped_model() is not None


@pytest.mark.parametrize("text", [
    "The Senegalese footballer signed a three-year contract with an Italian club.",
    "A Kenyan marathon runner beat the Ethiopian favourite in Berlin on Sunday.",
])
def test_an_act_the_model_adds_passes_the_lexicon_doer_test(pipe, text):
    """Session 20: a trigger the model adds must pass the doer test a lexicon verb passes (``agency.no_doer``):
    an athlete acting on no political party does no political act, even with two countries named."""
    assert analysed(pipe, text, learned=True).events == ()


def test_the_model_adds_no_act_at_a_verb_the_lexicon_lists(pipe):
    """Session 21: where no rule found a trigger, the model is not asked at a verb the lexicon lists whose rows'
    conditions all failed (they are deliberate): its word features would carry the listed political sense ("lodge
    a complaint") to the verb's other uses. An agency that files for a patent accuses no one."""
    text = ("India's space agency lodged a patent application with the European Patent Office for its new rocket "
            "engine.")
    assert analysed(pipe, text, learned=True).events == ()
