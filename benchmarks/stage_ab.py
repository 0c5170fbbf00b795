"""Stage A/B: the CPU time of one stage (or a run of stages) in two checkouts, over the same prepared documents.

Each side runs in its own worker process (``--worker``) with its checkout's ``src`` first on ``sys.path``, so the
two never share a module, a cache or a data table. A worker reads the Timeline17 articles (as ``throughput.py``;
or ``--jsonl FILE``: one ``{"id", "text", "published"}`` object per line), runs the stages before the first timed
one untimed with its own code, warms the timed stages up on four documents, and then waits for turns. A turn is
one chunk of ``--chunk`` documents through the timed stages (each stage's wall and CPU time taken apart). The
parent interleaves the two sides chunk by chunk, one side at a time (the other waits on its pipe), and alternates
which side goes first (by chunk and round), so that neither always meets the machine's swings or the other's
leftovers first. ``--rounds K`` runs K rounds over the same documents; the first is the cold one (the per-word
caches fill), later rounds measure a long-running process that has seen these words.

Per-Doc memos (``chronicler.nlp.memo``): the stages memoize what they read off a spaCy Doc for as long as the Doc
lives. A worker snapshots every prepared Doc's memos before the warm-up and restores them before each turn, so
every turn of a stage starts from what the stages before it left (as in the pipeline), not from what its own
previous round computed.

Garbage collection, the same on both sides (``--gc``):

- ``collect`` (default): a full ``gc.collect()`` before each turn (untimed), the collector on during the turn;
  collections the turn itself triggers are timed (``gc.callbacks``) and charged to the stage that ran;
- ``off``: the same collection before the turn, the collector off during it (the stage's own work only);
- ``freeze``: as ``collect``, after a ``gc.freeze()`` of the prepared heap (models, tables, documents), so that
  full collections walk only what the turns made.

Printed, per timed stage: each round's CPU ratio new/base, their median and min and max; the same without the
time of the collections inside the turns; the ratio pooled over all rounds; the ratios of the chunk pairs (a
chunk's two turns run back to back, so a swing of the machine mostly hits both: the steadiest figure; median,
quartiles and how many pairs the new side won); each side's CPU seconds per round and share spent collecting.
Then whether the two sides' inputs (the prepared documents) and outputs (the annotation layers after the last
timed stage, every round) are identical, by SHA-256.

    python benchmarks/stage_ab.py [--base REV_OR_SRC] [--new SRC] [--stages actors,events] [--limit 120]
                                  [--rounds 3] [--chunk 32] [--gc collect|off|freeze]

``--base`` is a ``src`` folder or a git revision of this repository (exported to a temporary folder with
``git archive``; default ``HEAD``, so that a plain run measures uncommitted changes, or is an A/A run);
``--new`` defaults to this checkout's ``src``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# ----------------------------------------------------------------------------------------------- worker side


class Worker:
    """One side of the A/B inside its own process: prepared documents and the timed stages."""

    def __init__(self, src: str, stages: list[str], limit: int | None, jsonl: str | None, batch_size: int,
                 gc_mode: str):
        sys.path.insert(0, str(HERE))
        import _common  # noqa: F401  (puts this checkout's src on the path: ours goes before it)

        sys.path.insert(0, src)
        import chronicler
        from chronicler.ingest.run import make_document
        from chronicler.ingest.sources import RawRecord
        from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config

        self.module_file = chronicler.__file__
        self.batch_size, self.gc_mode = batch_size, gc_mode
        self._pipe_one = _pipe_one
        items = read_jsonl(jsonl) if jsonl else _common.articles(limit)
        if not items:
            raise SystemExit("no documents (Timeline17 absent and no --jsonl)")
        pipeline = Pipeline.from_config(default_config())
        names = list(pipeline.names)
        missing = [s for s in stages if s not in names]
        if missing:
            raise SystemExit(f"unknown stage(s) {missing}; pipeline: {names}")
        first, last = min(names.index(s) for s in stages), max(names.index(s) for s in stages)
        self.timed = list(zip(names[first:last + 1], pipeline.components[first:last + 1]))
        docs = [make_document(RawRecord(f"{a.get('topic', 'jsonl')}#{a['id']}", a["text"], "jsonl",
                                        {"published": a.get("time", a.get("published"))})) for a in items]
        stream = [AnnotatedDocument(d) for d in docs]
        for component in pipeline.components[:first]:
            stream = list(_pipe_one(component, stream, batch_size))
        self.prepared = stream
        self.memos = sys.modules.get("chronicler.nlp.memo")
        self.snapshots = [self._snapshot(a) for a in stream]
        self.outputs: list[Any] = [None] * len(stream)
        for name, component in self.timed:  # warm-up: lazy tables and models load outside the timings
            list(_pipe_one(component, self._restored(0, min(4, len(stream))), batch_size))
        self.gc_cpu = 0.0
        self._gc_started = 0.0
        import gc

        gc.callbacks.append(self._on_gc)
        gc.collect()
        if gc_mode == "freeze":
            gc.freeze()

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.process_time()
        else:
            self.gc_cpu += time.process_time() - self._gc_started

    def _key(self, adoc: Any) -> Any:
        doc = adoc.nlp
        return getattr(doc, "spacy_doc", doc)

    def _snapshot(self, adoc: Any) -> dict | None:
        if self.memos is None or adoc.nlp is None or not hasattr(self.memos, "_MEMOS"):
            return None
        found = self.memos._MEMOS.get(self._key(adoc))
        return None if found is None else {name: dict(m) for name, m in found.items()}

    def _restored(self, start: int, end: int) -> list[Any]:
        """Documents ``start:end`` with their Docs' memos as they were after preparation."""
        if self.memos is not None and hasattr(self.memos, "_MEMOS"):
            for adoc, snap in zip(self.prepared[start:end], self.snapshots[start:end]):
                if adoc.nlp is None:
                    continue
                key = self._key(adoc)
                if snap is None:
                    self.memos._MEMOS.pop(key, None)
                else:
                    self.memos._MEMOS[key] = {name: dict(m) for name, m in snap.items()}
        return self.prepared[start:end]

    def turn(self, start: int, end: int) -> dict[str, list[float]]:
        """Documents ``start:end`` through the timed stages: per stage [wall s, CPU s, GC CPU s]."""
        import gc

        stream = self._restored(start, end)
        gc.collect()
        if self.gc_mode == "off":
            gc.disable()
        out: dict[str, list[float]] = {}
        try:
            for name, component in self.timed:
                g0, t, c = self.gc_cpu, time.perf_counter(), time.process_time()
                stream = list(self._pipe_one(component, stream, self.batch_size))
                out[name] = [time.perf_counter() - t, time.process_time() - c, self.gc_cpu - g0]
        finally:
            gc.enable()
        self.outputs[start:end] = stream
        return out

    def digest(self, docs: list[Any]) -> str:
        """SHA-256 of the annotation layers of ``docs`` (the layers ``annotations_digest.py`` hashes)."""
        from annotations_digest import layers_of

        h = hashlib.sha256()
        for adoc in docs:
            h.update(json.dumps(layers_of(adoc), sort_keys=True, ensure_ascii=False).encode())
            h.update(b"\n")
        return h.hexdigest()


def read_jsonl(path: str) -> list[dict]:
    """The records of a JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def serve(args: argparse.Namespace) -> None:
    """The worker's loop: one JSON command per stdin line, one JSON answer per stdout line."""
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # whatever the stages print must not mix with the answers
    w = Worker(args.worker, args.stages.split(","), args.limit, args.jsonl, args.batch_size, args.gc)

    def answer(obj: dict) -> None:
        real_stdout.write(json.dumps(obj) + "\n")
        real_stdout.flush()

    answer({"ready": True, "module": w.module_file, "docs": len(w.prepared), "stages": [n for n, _ in w.timed],
            "input": w.digest(w.prepared)})
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "turn":
            answer({"times": w.turn(cmd["start"], cmd["end"])})
        elif cmd["cmd"] == "digest":
            answer({"output": w.digest(w.outputs)})
        else:
            break


# ----------------------------------------------------------------------------------------------- parent side


class Side:
    """A worker process seen from the parent."""

    def __init__(self, label: str, src: str, args: argparse.Namespace):
        self.label, self.src = label, src
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", src, "--stages", args.stages,
               "--batch-size", str(args.batch_size), "--gc", args.gc]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        if args.jsonl:
            cmd += ["--jsonl", args.jsonl]
        env = dict(os.environ, PYTHONHASHSEED="0")  # the same set/dict orders on both sides
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.hello: dict = {}

    def ask(self, obj: dict) -> dict:
        """Send one command and read its answer."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(obj) + "\n")
        self.proc.stdin.flush()
        return self.read()

    def read(self) -> dict:
        """The worker's next answer (exits with its code when it died)."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"{self.label} worker ({self.src}) ended with code {self.proc.wait()}")
        return json.loads(line)

    def close(self) -> None:
        """Ask the worker to end and wait for it."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
            self.proc.stdin.close()
            self.proc.wait()


def resolve_src(spec: str, tmp: str) -> str | None:
    """A ``src`` folder as given, or the ``src`` of git revision ``spec`` exported under ``tmp`` (None when git
    cannot export it: no checkout, or no such revision)."""
    path = Path(spec)
    if path.is_dir():
        return str((path / "src") if (path / "src" / "chronicler").is_dir() else path.resolve())
    out = Path(tmp) / "base"
    out.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", spec, "src"], capture_output=True)
    if archive.returncode != 0:
        return None
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive.stdout, check=True)
    return str(out / "src")


def summary(ratios: list[float]) -> str:
    """``median m (min a, max b)`` of per-round ratios."""
    return f"median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})"


def run(args: argparse.Namespace) -> int:
    """The parent: start both workers, interleave their turns, print the ratios. Returns the exit code."""
    if not args.jsonl:
        sys.path.insert(0, str(HERE))
        from _common import TIMELINE17

        if not any(TIMELINE17.glob("*/articles.jsonl")):
            print(f"skipped: data absent ({TIMELINE17} not found)")
            return 0
    with tempfile.TemporaryDirectory(prefix="stage_ab_") as tmp:
        base_src = resolve_src(args.base, tmp)
        if base_src is None:
            print(f"skipped: base {args.base!r} is neither a src folder nor a git revision of {ROOT}")
            return 0
        new_src = str(Path(args.new).resolve()) if args.new else str(ROOT / "src")
        sides = [Side("base", base_src, args), Side("new", new_src, args)]
        try:
            for s in sides:
                s.hello = s.read()
            return report(sides, args)
        finally:
            for s in sides:
                s.close()


def report(sides: list["Side"], args: argparse.Namespace) -> int:
    """Interleaved rounds over both ready sides and the printed comparison."""
    base, new = sides
    n, stages = base.hello["docs"], base.hello["stages"]
    print(f"base: {base.hello['module']}\nnew:  {new.hello['module']}")
    print(f"{n} documents, timed stages {' -> '.join(stages)}, {args.rounds} round(s), chunks of {args.chunk}, "
          f"gc {args.gc}")
    same_input = base.hello["input"] == new.hello["input"]
    print(f"inputs (prepared documents): {'identical' if same_input else 'DIFFER'}")
    # per side, stage, round: [wall, cpu, gc]
    acc = {s.label: {st: [[0.0, 0.0, 0.0] for _ in range(args.rounds)] for st in stages} for s in sides}
    pairs: dict[str, list[float]] = {st: [] for st in stages}  # new/base CPU of each chunk's two adjacent turns
    outputs_equal = True
    for r in range(args.rounds):
        for k, start in enumerate(range(0, n, args.chunk)):
            order = sides if (k + r) % 2 == 0 else sides[::-1]
            turn: dict[str, dict] = {}
            for side in order:
                turn[side.label] = side.ask({"cmd": "turn", "start": start, "end": min(n, start + args.chunk)})["times"]
                for st, vals in turn[side.label].items():
                    cell = acc[side.label][st][r]
                    for i in range(3):
                        cell[i] += vals[i]
            for st in stages:
                pairs[st].append(turn["new"][st][1] / max(turn["base"][st][1], 1e-9))
        digests = [s.ask({"cmd": "digest"})["output"] for s in sides]
        outputs_equal &= digests[0] == digests[1]
        line = ", ".join(f"{st} {acc['new'][st][r][1] / max(acc['base'][st][r][1], 1e-9):.3f}" for st in stages)
        print(f"round {r + 1}: CPU new/base {line}", flush=True)
    for st in stages:
        b, w = acc["base"][st], acc["new"][st]
        cpu = [w[r][1] / max(b[r][1], 1e-9) for r in range(args.rounds)]
        own = [(w[r][1] - w[r][2]) / max(b[r][1] - b[r][2], 1e-9) for r in range(args.rounds)]
        print(f"stage {st}: CPU new/base {summary(cpu)}; without collections {summary(own)}")
        q = statistics.quantiles(pairs[st], n=4) if len(pairs[st]) > 1 else pairs[st] * 3
        pooled = sum(x[1] for x in w) / max(sum(x[1] for x in b), 1e-9)
        print(f"  pooled over all rounds {pooled:.3f}; chunk pairs (the two turns over one chunk, run back to back): "
              f"median {statistics.median(pairs[st]):.3f}, quartiles {q[0]:.3f}-{q[2]:.3f}, "
              f"new faster in {sum(x < 1 for x in pairs[st])} of {len(pairs[st])}")
        for label, rows in (("base", b), ("new", w)):
            per = statistics.median(x[1] for x in rows)
            gc_share = sum(x[2] for x in rows) / max(sum(x[1] for x in rows), 1e-9)
            print(f"  {label:4} CPU {per:.2f}s per round (median; rounds {', '.join(f'{x[1]:.2f}' for x in rows)}), "
                  f"collecting {100 * gc_share:.1f}%")
    print(f"outputs (annotations after {stages[-1]}, every round): {'identical' if outputs_equal else 'DIFFER'}")
    return 0 if (outputs_equal or args.allow_diff) else 1


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="HEAD",
                   help="the base: a src folder (or a checkout holding one) or a git revision (default HEAD: the "
                        "last commit against the working tree)")
    p.add_argument("--new", default=None, help="the new side's src folder (default: this checkout's)")
    p.add_argument("--stages", default="actors,events", help="comma-separated stages (timed from first to last)")
    p.add_argument("--limit", type=int, default=120, help="Timeline17 articles (as throughput.py)")
    p.add_argument("--jsonl", default=None, help="documents from this JSONL file instead of Timeline17")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--chunk", type=int, default=32, help="documents per interleaved turn")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--gc", choices=("collect", "off", "freeze"), default="collect")
    p.add_argument("--allow-diff", action="store_true", help="exit 0 even when the outputs differ")
    p.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        serve(args)
        return
    sys.exit(run(args))


if __name__ == "__main__":
    main()
