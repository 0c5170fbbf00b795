"""The learned actor-sector model (``chronicler.actors.learned``), on sentences of our own: the shipped weights are
the trainer's output, an unlisted people noun WordNet lends nothing takes the model's sector with its evidence, a
listed word is never overruled, ``[stages.actors] learned`` switches it, a common noun opening a sentence (tagged a
proper noun) is read as a noun, and the weights file's parser round-trips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.actors.learned import model as lm
from chronicler.actors.learned.act import predict, using
from chronicler.actors.learned.features import noun_features
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.resolve import actor_at
from chronicler.actors.stage import ActorsComponent
from chronicler.model import Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from conftest import alias, needs_wordnet

ROOT = Path(__file__).resolve().parents[1]


nlp = alias("parse_pipe")


def coded(nlp: Pipeline, text: str, span: str, **config):
    adoc = ActorsComponent(**config)(nlp(AnnotatedDocument(Document(id="t", source="t", text=text))))
    a = text.index(span)
    return actor_at(adoc, a, a + len(span))


def always(sector: str) -> lm.SectorModel:
    """A model that gives ``sector`` to everything, sure of it."""
    w = np.full(len(lm.CLASSES), -20.0)
    w[lm.CLASSES.index(sector)] = 20.0
    return lm.SectorModel({"bias": w})


@pytest.mark.slow
def test_trainer_rebuilds_the_shipped_weights_byte_for_byte():
    run = subprocess.run([sys.executable, str(ROOT / "eval" / "train_actor_sectors.py")],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr


@needs_wordnet
def test_an_unlisted_people_noun_takes_the_learned_sector_with_its_evidence(nlp):
    actor = coded(nlp, "Buddhist abbots in Colombo demanded a ban on cattle slaughter.", "Buddhist abbots")
    assert actor is not None and (actor.country, actor.sector) == ("LKA", "REL")
    assert actor.evidence is not None and actor.evidence.startswith("learned: REL ")
    assert actor.confidence <= 0.55


@needs_wordnet
def test_the_switch_and_no_model_leave_the_noun_uncoded(nlp):
    text = "Buddhist abbots in Colombo demanded a ban on cattle slaughter."
    assert coded(nlp, text, "Buddhist abbots", learned=False) is None
    with using(None):
        assert coded(nlp, text, "Buddhist abbots") is None


@needs_wordnet
@pytest.mark.parametrize("text, span, sector", [
    ("Riot police in Lima broke up a sit-in outside the ministry.", "Riot police", "COP"),  # listed
    ("Judges in Lima ordered the release of the editor.", "Judges", "JUD"),  # listed
    ("Sergeants in Lagos protested over unpaid wages.", "Sergeants", "MIL"),  # WordNet borrowing
])
def test_the_model_never_overrules_a_listed_or_borrowed_sector(nlp, text, span, sector):
    with using(always("AGR")):
        actor = coded(nlp, text, span)
    assert actor is not None and actor.sector == sector


@needs_wordnet
def test_the_model_acts_on_unlisted_people_nouns_only(nlp):
    with using(always("AGR")):
        assert coded(nlp, "Buddhist abbots in Colombo demanded a ban.", "Buddhist abbots").sector == "AGR"
        # a thing is no actor, whatever the model would say
        assert coded(nlp, "The Sri Lankan ban on cattle slaughter angered farmers.", "ban") is None


@needs_wordnet
def test_a_common_noun_opening_the_sentence_is_read_as_a_noun(nlp):
    text = "Longshoremen in Oakland walked off the job on Monday."
    adoc = nlp(AnnotatedDocument(Document(id="t", source="t", text=text)))
    assert adoc.nlp[0].pos_ == "PROPN"  # the tagger's reading this test is about
    actor = coded(nlp, text, "Longshoremen")
    assert actor is not None and (actor.country, actor.sector) == ("USA", "LAB")


@needs_wordnet
def test_the_cached_answer_is_the_model_on_the_full_features(nlp):
    model = lm.shipped_model()
    lex = default_lexicon()
    text = "Angry Buddhist abbots of the northern temples and striking dockers of the port marched."
    adoc = nlp(AnnotatedDocument(Document(id="t", source="t", text=text)))
    for tok in adoc.nlp:
        if tok.pos_ != "NOUN":
            continue
        direct = model.best(noun_features(tok, frozenset(), lambda w: lex.nouns[w].sector if w in lex.nouns else None))
        for _ in range(2):  # the second time from the cache
            got = predict(tok, lex)
            assert got[0] == direct[0] and got[1] == pytest.approx(direct[1], abs=1e-9)


def test_training_is_deterministic_and_learns_a_separable_set():
    rows = [({"bias": 1.0, "lem=abbot": 1.0}, "REL"), ({"bias": 1.0, "lem=abbot": 1.0, "plural": 1.0}, "REL"),
            ({"bias": 1.0, "lem=docker": 1.0}, "LAB"), ({"bias": 1.0, "lem=docker": 1.0, "plural": 1.0}, "LAB")]
    a, b = lm.fit(rows), lm.fit(list(rows))
    assert lm.dump(a, ["x"]) == lm.dump(b, ["x"])
    assert a.best({"bias": 1.0, "lem=abbot": 1.0})[0] == "REL"
    assert a.best({"bias": 1.0, "lem=docker": 1.0})[0] == "LAB"


weights = st.lists(st.floats(min_value=-50, max_value=50, allow_nan=False), min_size=len(lm.CLASSES),
                   max_size=len(lm.CLASSES))
names = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\t#"),
                min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(names, weights, max_size=8))
def test_the_weights_file_round_trips(table):
    model = lm.SectorModel({k: np.round(np.array(v), lm.DECIMALS) for k, v in table.items()})
    back = lm.parse(lm.dump(model, ["header line"]))
    kept = {k: v for k, v in model.weights.items()}
    assert set(back.weights) == set(kept)
    for k, v in kept.items():
        assert np.allclose(back.weights[k], v, atol=10 ** -lm.DECIMALS)


@needs_wordnet
def test_a_group_gathering_listed_words_does_not_claim_the_learned_evidence(nlp):
    text = "Buddhist abbots in Colombo demanded a ban. Monks in Colombo joined them on Friday."
    adoc = ActorsComponent()(nlp(AnnotatedDocument(Document(id="t", source="t", text=text))))
    group = next(a for a in adoc.actors if a.id == "group:lka-rel")
    assert group.evidence is None  # "monks" is listed: the actor does not rest on the model alone
