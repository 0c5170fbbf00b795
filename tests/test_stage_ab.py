"""benchmarks/stage_ab.py run tiny: two workers over three short reports of our own, one round (one run: each
worker loads spaCy and the tables, ~20 s).

The base is this checkout's ``src``, the new side a copy whose actors stage drops a document's last mention: the
prepared inputs (the earlier stages, the same code in two processes) must be identical, the outputs told apart
(DIFFER, exit code 1), and a ratio line printed for the timed stage.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "stage_ab.py"

REPORTS = [
    ("a1", "2010-05-28", "TOKYO - Prime Minister Yukio Hatoyama met U.S. envoy Kurt Campbell on Friday and agreed "
                         "to keep the air base on Okinawa. Opposition leaders criticized the deal."),
    ("a2", "2011-02-02", "CAIRO - Thousands of protesters marched on Tahrir Square on Tuesday. Police fired tear "
                         "gas at them, and the army said its soldiers would hold their fire."),
    ("a3", "2010-01-14", "Haitian officials asked the United Nations for food and water after the earthquake. "
                         "France sent two planes of aid on Wednesday."),
]

DROP_LAST_MENTION = '''

_ORIGINAL_CALL = ActorsComponent.__call__


def _drop_last(self, adoc):
    out = _ORIGINAL_CALL(self, adoc)
    return out.with_((), mentions=out.mentions[:-1])


ActorsComponent.__call__ = _drop_last
'''


def _run(tmp_path: Path, new_src: Path) -> subprocess.CompletedProcess:
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "published": d, "text": t}) + "\n" for i, d, t in REPORTS))
    cmd = [sys.executable, str(SCRIPT), "--base", str(ROOT / "src"), "--new", str(new_src), "--jsonl", str(jsonl),
           "--stages", "actors", "--rounds", "1", "--chunk", "2"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_a_changed_output_is_told_apart(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src", copy, ignore=shutil.ignore_patterns("__pycache__"))
    stage = copy / "chronicler" / "actors" / "stage.py"
    stage.write_text(stage.read_text() + DROP_LAST_MENTION)
    done = _run(tmp_path, copy)
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    assert str(copy / "chronicler") in done.stdout  # the new side really ran the copy
    assert "outputs (annotations after actors, every round): DIFFER" in done.stdout
    assert "inputs (prepared documents): identical" in done.stdout
    assert "3 documents, timed stages actors" in done.stdout
    line = next(x for x in done.stdout.splitlines() if x.startswith("stage actors: CPU new/base median"))
    assert float(line.split("median ")[1].split()[0]) > 0
