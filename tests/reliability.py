"""Helpers for the reliability tests: a pre-warmed real CLI process, store snapshots, a cheap pipeline config."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[1]

#: Crash safety is a property of ingest + store, not of the NLP stages: the cheapest real pipeline (cleaning
#: only, near-duplicate marking on) with small batches gives many commits per second to kill between.
CHEAP_CONFIG = """\
[pipeline]
stages = ["clean"]

[ingest]
batch_size = 4
near_duplicates = true
"""

# Imports everything the ingest command needs, then waits for a line on stdin before running the real CLI entry
# point with the given arguments, so the time to a kill counts ingest work, not Python start-up.
_WARM = """
import sys
import chronicler.cli, chronicler.ingest.run, chronicler.clean.stage, chronicler.store.queries
print("ready", flush=True)
sys.stdin.readline()
sys.argv = ["chronicler"] + sys.argv[1:]
chronicler.cli.main()
"""


def cli_env() -> dict[str, str]:
    """The environment for a CLI subprocess: this checkout's sources first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


class WarmCLI:
    """A ``chronicler`` CLI process started and imported ahead of time; :meth:`go` starts the command."""

    def __init__(self, *args: str):
        self.args = args
        self.proc = subprocess.Popen([sys.executable, "-c", _WARM, *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(), cwd=ROOT)
        self.started: float | None = None
        self.started_wall: datetime | None = None

    def go(self) -> "WarmCLI":
        """Wait until the process has done its imports, then start the command (returns at once)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line.strip() == b"ready", line + self.proc.stderr.read()
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()
        self.started = time.monotonic()
        self.started_wall = datetime.now(timezone.utc).replace(tzinfo=None)
        return self

    def wait(self, timeout: float = 120) -> tuple[int, str, str]:
        """Exit code, stdout and stderr once the command ends."""
        out, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")

    def kill(self) -> str:
        """SIGKILL the process (no clean-up of any kind can run), reap it and return what it wrote to stderr."""
        self.proc.kill()
        _, err = self.proc.communicate(timeout=60)
        return err.decode("utf-8", "replace")


TABLES: dict[str, str] = {
    "documents": "SELECT id, source, url, outlet, dateline, title, published_best, duplicate_of, data FROM documents",
    "sentences": "SELECT * FROM sentences",
    "mentions": "SELECT * FROM mentions",
    "timexes": "SELECT * FROM timexes",
    "actors": "SELECT * FROM actors",
    "events": "SELECT * FROM events",
    "clusters": "SELECT * FROM clusters",
    "doc_signatures": "SELECT document_id, canonical, signature FROM doc_signatures",
    # `seen` counts attempts and first/last_run name runs: both differ after a kill by design.
    "errors": "SELECT source, reason, stage FROM errors",
}


def snapshot(db: Path) -> dict[str, Any]:
    """Every stored row of the content tables (sorted), read the way a reader would (read-only)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {t: sorted(con.execute(sql).fetchall(), key=repr) for t, sql in TABLES.items() if t in have}
    finally:
        con.close()


def duplicates(db: Path) -> dict[str, int]:
    """Rows beyond the first per key in each content table (all zero in a sound store)."""
    keys = {"documents": "id", "sentences": "document_id, idx", "events": "id", "actors": "id",
            "mentions": "document_id, start_char, end_char", "timexes": "document_id, tid",
            "doc_signatures": "document_id", "errors": "source, reason"}
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) - count(DISTINCT ({k})) FROM {t}").fetchone()[0]
                for t, k in keys.items()}
    finally:
        con.close()


def runs(db: Path) -> list[dict[str, Any]]:
    """The ``ingest_runs`` rows, oldest first."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT * FROM ingest_runs ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()
