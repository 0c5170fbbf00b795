"""Stage registry and pipeline composition."""

from __future__ import annotations

import pytest

from chronicler.model import Document
from chronicler.pipeline import (
    AnnotatedDocument, MissingRequirement, Pipeline, UnknownStage, available_stages, default_config, get_stage, stage,
)


@stage("test-upper", requires={"clean"}, provides={"upper"})
def _make_upper(config):
    """Upper-cases the title (a test stage)."""
    suffix = config.get("suffix", "")
    return lambda d: d.with_({"upper"}, document=Document(**{**d.document.__dict__, "title": (d.document.text.upper() + suffix)}))


def test_default_config_builds_every_listed_stage():
    cfg = default_config()
    pipe = Pipeline.from_config(cfg)
    assert pipe.names == cfg["pipeline"]["stages"]
    assert set(pipe.names) <= set(available_stages())


def test_missing_requirement_is_a_clear_error():
    with pytest.raises(MissingRequirement, match="test-upper.*requires.*clean"):
        Pipeline([("test-upper", {})])


def test_unknown_stage():
    with pytest.raises(UnknownStage, match="no-such-stage"):
        get_stage("no-such-stage")


def test_stage_config_reaches_the_component():
    pipe = Pipeline([("clean", {}), ("test-upper", {"suffix": "!"})])
    out = pipe(AnnotatedDocument(Document("id", "src", "hello")))
    assert out.document.title == "HELLO!"
    assert {"clean", "upper"} <= out.annotations


def test_pipe_equals_call():
    pipe = Pipeline([("clean", {}), ("test-upper", {})])
    docs = [AnnotatedDocument(Document(str(i), "s", f"text {i}")) for i in range(5)]
    assert [d.document for d in pipe.pipe(docs, batch_size=2)] == [pipe(d).document for d in docs]
