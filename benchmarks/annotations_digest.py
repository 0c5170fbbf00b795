"""Annotations digest: one hash of everything the default pipeline finds in the benchmark articles.

A speed-up must not change any output. This runs the default pipeline over the same Timeline17 articles as
``throughput.py`` and prints a SHA-256 of each annotation layer (publication date, sentences, timexes, mentions,
actors, events, warnings, all as JSON) and of them all together: equal digests before and after a change mean
identical annotations. ``--out FILE`` writes the JSON of every document (one line each) to find what differs;
``--profile N`` prints the N costliest functions (cProfile, by own time and by cumulative time) of each stage
after ``nlp``, to see where a stage's time goes.

    python benchmarks/annotations_digest.py [--limit 120] [--out FILE] [--profile 25]
"""

from __future__ import annotations

import cProfile
import hashlib
import io
import json
import pstats

from _common import articles, parser, skip_if_absent

from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord
from chronicler.model import to_dict
from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config

LAYERS = ("published", "sentences", "timexes", "mentions", "actors", "events", "warnings")


def layers_of(adoc: AnnotatedDocument) -> dict[str, object]:
    """The JSON-ready annotation layers of one annotated document."""
    out: dict[str, object] = {"id": adoc.document.id, "published": to_dict(adoc.document.published)}
    for name in LAYERS[1:]:
        out[name] = to_dict(getattr(adoc, name))
    return out


def profile_report(prof: cProfile.Profile, top: int) -> str:
    """The ``top`` costliest functions of a profile by own time, then by cumulative time."""
    buf = io.StringIO()
    for key in ("tottime", "cumulative"):
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(top)
    return buf.getvalue()


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.set_defaults(limit=120)
    p.add_argument("--out", default=None, help="write each document's annotations as one JSON line")
    p.add_argument("--profile", type=int, default=0, metavar="N",
                   help="print the N costliest functions of each stage after nlp (cProfile)")
    p.add_argument("--batch-size", type=int, default=32)
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    pipeline = Pipeline.from_config(default_config())
    docs = [make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl", {"published": a["time"]}))
            for a in items]
    stream = [AnnotatedDocument(d) for d in docs]
    for name, component in zip(pipeline.names, pipeline.components):
        if args.profile and name not in ("clean", "nlp"):
            prof = cProfile.Profile()
            prof.enable()
            stream = list(_pipe_one(component, stream, args.batch_size))
            prof.disable()
            print(f"===== stage {name}")
            print(profile_report(prof, args.profile))
        else:
            stream = list(_pipe_one(component, stream, args.batch_size))
    rows = [layers_of(a) for a in stream]
    lines = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    counts = {name: sum(len(r[name]) for r in rows) for name in LAYERS[1:]}
    print(f"corpus: {len(rows)} Timeline17 articles; pipeline: {' -> '.join(pipeline.names)}")
    print("counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for name in LAYERS:
        h = hashlib.sha256("\n".join(json.dumps(r[name], sort_keys=True) for r in rows).encode()).hexdigest()
        print(f"digest {name:10} {h[:16]}")
    print(f"digest all        {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
