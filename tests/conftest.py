"""Shared fixtures: paths to the repository's example corpus and to ../shared (development data, may be absent),
and the pipelines many test modules read text through, built once per session (see :func:`alias`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest

from chronicler.nlp import wordnet

if TYPE_CHECKING:
    from chronicler.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "alliance"
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples" / "news"

#: Marks a test that needs the WordNet files (skipped where they are not installed).
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files not installed")


def pytest_configure(config: pytest.Config) -> None:
    """Derived indexes (``chronicler.derived``) go to a cache directory of this session, inherited by the CLI's
    subprocesses: a test run writes nothing to the user's cache (a CHRONICLER_CACHE already set is kept)."""
    if "CHRONICLER_CACHE" not in os.environ:
        config.chronicler_cache = tempfile.mkdtemp(prefix="chronicler-test-cache-")  # type: ignore[attr-defined]
        os.environ["CHRONICLER_CACHE"] = config.chronicler_cache  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's cache directory (see :func:`pytest_configure`)."""
    folder = getattr(config, "chronicler_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("CHRONICLER_CACHE", None)


def run_cli(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real ``chronicler`` command line in a subprocess and capture its output."""
    proc = subprocess.run([sys.executable, "-m", "chronicler", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=900)
    if check and proc.returncode != 0:
        raise AssertionError(f"chronicler {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


class AllianceIngest(NamedTuple):
    """The first real ``chronicler ingest --format json`` of the example corpus: its store and its output."""

    db: Path
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def alliance_ingest(tmp_path_factory) -> AllianceIngest:
    """The example corpus ingested ONCE per test session by the real CLI (the default pipeline, ~25 s of work).

    The store is the master copy: never open it for writing; take :func:`copy_store` of it (a test that
    writes, or one that wants a store of its own).
    """
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} not present")
    db = tmp_path_factory.mktemp("alliance") / "alliance.duckdb"
    proc = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--format", "json", "--no-progress")
    return AllianceIngest(db, proc.returncode, proc.stdout, proc.stderr)


def copy_store(db: Path, folder: Path, name: str | None = None) -> Path:
    """A copy of the DuckDB store ``db`` (and its write-ahead log, if any) in ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or db.name)
    shutil.copyfile(db, target)
    wal = db.with_name(db.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
    return target


def run_cli_inprocess(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """The same command as :func:`run_cli`, run in this process by typer's test runner (from the repository root):
    the command's own code, arguments, output streams and exit code, without a new interpreter importing
    everything (~1.5 s a call). For tests of a command's behaviour; each command keeps at least one test
    that runs it through :func:`run_cli`. An exception escaping the command fails the test (a crash)."""
    import contextlib

    from typer.testing import CliRunner

    from chronicler.cli import app

    with contextlib.chdir(ROOT):
        result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    proc = subprocess.CompletedProcess(["chronicler", *args], result.exit_code, result.stdout, result.stderr)
    if check and proc.returncode != 0:
        raise AssertionError(f"chronicler {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def cli_inprocess():
    return run_cli_inprocess


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"{SAMPLES} not present (development data)")
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present (development data)")
    return SHARED


def alias(name: str) -> Any:
    """A fixture that is the session fixture ``name`` under the name a test module assigns it to, e.g.
    ``pipe = alias("actors_pipe")``: the module's tests keep their own fixture name and share one instance."""

    @pytest.fixture(scope="session")
    def fixture(request: pytest.FixtureRequest) -> Any:
        return request.getfixturevalue(name)

    return fixture


@pytest.fixture(scope="session")
def actors_pipe() -> Pipeline:
    """nlp + actors on raw text (``actor_harness.actors_pipeline``), built once per session. Its stages keep no
    state between documents; a test that wants another config builds its own pipeline."""
    from actor_harness import actors_pipeline

    return actors_pipeline()


@pytest.fixture(scope="session")
def spacy_model() -> Any:
    """The default spaCy model (``chronicler.nlp.stage.load_model``, itself cached per process)."""
    from chronicler.nlp.stage import load_model

    return load_model()


@pytest.fixture(scope="session")
def wordnet_pipes() -> dict[bool, Pipeline]:
    """nlp + actors with (``True``) and without (``False``) the actors stage's WordNet expansion."""
    from chronicler.pipeline import Pipeline

    return {flag: Pipeline([("nlp", {}), ("actors", {"wordnet": flag})], start={"text", "clean"})
            for flag in (True, False)}


@pytest.fixture(scope="session")
def default_pipe() -> Pipeline:
    """The pipeline of the packaged default config (``Pipeline.default()``), built once per session."""
    from chronicler.pipeline import Pipeline

    return Pipeline.default()


@pytest.fixture(scope="session")
def events_pipe() -> Pipeline:
    """clean, nlp, timex, actors and events with default settings (no dating stage: tests give the date)."""
    from chronicler.pipeline import Pipeline

    return Pipeline([(n, {}) for n in ("clean", "nlp", "timex", "actors", "events")])


@pytest.fixture(scope="session")
def parse_pipe() -> Pipeline:
    """The nlp stage alone on raw text (a parse, no actors)."""
    from chronicler.pipeline import Pipeline

    return Pipeline([("nlp", {})], start={"text", "clean"})
