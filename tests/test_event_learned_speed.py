"""The learned type model's cheap form (session 13): one matrix product per instance, no question where no
learned trigger can stand, and the throughput benchmark's same-run A/B of a setting."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chronicler.events.triggers as trigger_module
from chronicler.events.learned import act
from chronicler.events.learned.model import CLASSES, LinearModel
from chronicler.events.main import salience
from chronicler.events.triggers import find_triggers
from chronicler.model import Document
from chronicler.pipeline import AnnotatedDocument, default_config

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.sampled_from([f"f{i}" for i in range(12)]), st.floats(-2.0, 2.0), min_size=1),
       st.dictionaries(st.sampled_from([f"f{i}" for i in range(16)]), st.floats(0.0, 1.5)))
def test_the_matrix_form_scores_as_the_sum_of_each_features_weights(weights, features):
    """The dense weight matrix (one product per instance) gives the softmax of the summed weight rows of the
    features the model knows (unknown features count nothing)."""
    rows = {name: np.linspace(-1.0, 1.0, len(CLASSES)) * w for name, w in weights.items()}
    model = LinearModel(rows)
    scores = sum((v * rows[n] for n, v in features.items() if n in rows), np.zeros(len(CLASSES)))
    expected = np.exp(scores - scores.max())
    expected /= expected.sum()
    probs = model.probabilities(features)
    assert np.allclose([probs[c] for c in CLASSES], expected)
    label, p = model.best(features)
    assert np.isclose(p, expected.max()) and np.isclose(probs[label], expected.max())


parse = alias("parse_pipe")


@pytest.mark.parametrize("text", ["Russia attacked Georgia on Friday.", "Japan protested the arrest of its fishermen."])
def test_nothing_is_asked_where_a_rule_trigger_is_the_root(parse, monkeypatch, text):
    """No verb stands above a rule trigger at the root of the parse, so neither the model (features) nor the
    lexicon's tests of a candidate (``no_event``) are asked: most sentences of news have their trigger there."""
    ad = parse(AnnotatedDocument(Document(id="t", source="t", text=text)))
    sent = next(iter(ad.nlp.sents))
    triggers = find_triggers(sent)
    assert triggers and min(salience(t.head) for t in triggers) == (0, 0)
    asked: list[str] = []
    monkeypatch.setattr(act, "token_features", lambda *a, **k: asked.append("features") or {})
    monkeypatch.setattr(trigger_module, "no_event", lambda tok: asked.append(tok.text) or False)
    assert act.learned_triggers(sent, list(triggers)) == triggers
    assert asked == []


def test_the_throughput_benchmark_builds_its_variant_config_without_touching_the_default():
    """``benchmarks/throughput.py --variant stages.events.learned=true``: one setting changed, read as TOML, in a
    copy (the default side keeps its own config)."""
    bench = ROOT / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        spec = importlib.util.spec_from_file_location("throughput_bench", bench / "throughput.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(bench))
    cfg = default_config()
    before = cfg["stages"]["events"].get("learned")
    flipped = mod.changed_config(cfg, f"stages.events.learned={'false' if before else 'true'}")
    assert flipped["stages"]["events"]["learned"] is (not before)
    assert cfg["stages"]["events"].get("learned") == before
    assert mod.changed_config(cfg, "stages.events.dateline_days=7")["stages"]["events"]["dateline_days"] == 7
