"""Ingest CPU of the store-side steps against another checkout, in the same run (session 19).

The pipeline is cut to ``clean`` and ``dating`` (the stages whose near-duplicate signatures the store reuses), the
input is Timeline17 articles written twice (``_common.write_corpus``, copies=2: every article has a near-duplicate
copy; every other article keeps its true date as given metadata). Each side runs in its own process with its
checkout's ``src`` first on ``sys.path``; a side ingests a small warm-up file (loads the KB and the modules), then
times ``ingest()`` (CPU of the process) into a fresh store. Sides alternate, ``--rounds`` times. Printed: each
side's CPU seconds per round, the median ratio new/base, and whether both stored the same
(source, duplicate_of, published) rows (SHA-256).

``--grow N`` instead measures start-up: before the timed run the store already holds N ingested copies of the
corpus (written by the same side, untimed), and the timed ingest is one small file of 4 new reports.

    python benchmarks/ingest_sig_s19.py [--base REV_OR_SRC] [--limit 200] [--rounds 3] [--grow 0]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import ROOT, articles, skip_if_absent, write_corpus  # noqa: E402

CONFIG = {"pipeline": {"stages": ["clean", "dating"]}}


def worker(src: str, corpus: str, warm: str, small: str, grow: int, db: str) -> None:
    """One side: warm up, (grow the store), time one ingest; print a JSON line {cpu, digest}."""
    sys.path.insert(0, src)
    from chronicler.ingest.run import ingest
    from chronicler.store.db import open_store

    ingest([warm], str(Path(db).with_suffix(".warm.duckdb")), config=CONFIG)
    for k in range(grow):
        grown = Path(db).parent / f"grow{k}"
        grown.mkdir(exist_ok=True)
        for f in Path(corpus).glob("*.jsonl"):  # a distinct copy of the corpus: other ids, same stories
            lines = f.read_text(encoding="utf-8").splitlines()
            (grown / f.name).write_text("".join(json.dumps({**json.loads(x), "text": json.loads(x)["text"] +
                                                            f"\n\n(grown {k})"}) + "\n" for x in lines),
                                        encoding="utf-8")
        ingest([str(grown)], db, config=CONFIG)
    target = small if grow else corpus
    t0 = time.process_time()
    ingest([target], db, config=CONFIG)
    cpu = time.process_time() - t0
    with open_store(db, read_only=True) as st:
        rows = st.query("SELECT source, duplicate_of, published_earliest, published_latest, published_best "
                        "FROM documents ORDER BY source")
    digest = hashlib.sha256(repr([tuple(map(str, r)) for r in rows]).encode()).hexdigest()[:16]
    print(json.dumps({"cpu": cpu, "digest": digest, "docs": len(rows)}))


def export(spec: str, tmp: str) -> str:
    """A ``src`` folder: the given folder, or the revision ``spec`` exported with ``git archive``."""
    path = Path(spec)
    if path.exists():
        return str((path / "src") if (path / "src" / "chronicler").is_dir() else path.resolve())
    out = Path(tmp) / "base"
    out.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", spec, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive.stdout, check=True)
    return str(out / "src")


def main() -> int:
    """Parse the arguments, run both sides in turn, print the ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--grow", type=int, default=0)
    args = ap.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    assert items is not None
    for i, a in enumerate(items):
        if i % 2:
            a["time"] = None
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "corpus", items, copies=2, files=4)
        write_corpus(Path(tmp) / "warm", items[:4], copies=1, files=1)
        write_corpus(Path(tmp) / "small", [{**a, "text": a["text"] + "\n\n(small)"} for a in items[4:8]], files=1)
        sides = {"base": export(args.base, tmp), "new": str(ROOT / "src")}
        cpu: dict[str, list[float]] = {s: [] for s in sides}
        digests: dict[str, set[str]] = {s: set() for s in sides}
        for r in range(args.rounds):
            for side in (("base", "new") if r % 2 == 0 else ("new", "base")):
                db = Path(tmp) / f"{side}{r}.duckdb"
                out = subprocess.run([sys.executable, __file__, "--worker", sides[side], str(Path(tmp) / "corpus"),
                                      str(Path(tmp) / "warm"), str(Path(tmp) / "small"), str(args.grow), str(db)],
                                     capture_output=True, text=True, check=True)
                res = json.loads(out.stdout.strip().splitlines()[-1])
                cpu[side].append(res["cpu"])
                digests[side].add(res["digest"])
                print(f"round {r} {side}: {res['cpu']:.2f} s CPU, {res['docs']} documents stored")
        ratios = [n / b for n, b in zip(cpu["new"], cpu["base"])]
        what = f"start-up on a store of {args.grow} corpus copies (4 new reports)" if args.grow else "ingest"
        print(f"{what} CPU new/base: median {statistics.median(ratios):.3f} "
              f"(min {min(ratios):.3f}, max {max(ratios):.3f}); {len(items) * 2} reports")
        print(f"stored rows identical: {digests['base'] == digests['new'] and len(digests['new']) == 1}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(*sys.argv[2:6], int(sys.argv[6]), sys.argv[7])
        sys.exit(0)
    sys.exit(main())
