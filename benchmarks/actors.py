"""Speed of the ``actors`` stage, as a ratio to the ``nlp`` stage (spaCy) measured in the same run.

Input: the example corpus (examples/alliance, in the repository), read once, parsed once by spaCy; then the
actors stage is timed on the parsed documents (after one warm-up document, so loading the lexicon is excluded
and reported on its own). Also times one long document (every body of the corpus joined, ~67 KB) to show resolution stays
linear. Prints seconds and the ratio actors/nlp.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicler.actors.stage import ActorsComponent  # noqa: E402
from chronicler.ingest.run import make_document  # noqa: E402
from chronicler.ingest.sources import expand_paths, read_file  # noqa: E402
from chronicler.model import Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402


def main() -> int:
    corpus = ROOT / "examples" / "alliance"
    if not corpus.is_dir():
        print("skipped: data absent")
        return 0
    files, _ = expand_paths([str(corpus)])
    docs = [make_document(r) for f in files for r in read_file(f, 10**8) if not hasattr(r, "reason")]
    clean = Pipeline([("clean", {})])
    nlp = Pipeline([("nlp", {})], start={"text", "clean"})
    cleaned = [clean(AnnotatedDocument(d)) for d in docs]
    nlp(cleaned[0])  # load spaCy outside the timing
    t = time.perf_counter()
    parsed = list(nlp.pipe(cleaned))
    t_nlp = time.perf_counter() - t
    actors = ActorsComponent()
    t = time.perf_counter()
    actors(parsed[0])
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    out = [actors(a) for a in parsed]
    t_act = time.perf_counter() - t
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {sum(len(a.mentions) for a in out)} mentions")
    print(f"  nlp (spaCy, baseline)  {t_nlp:6.2f} s")
    print(f"  actors                 {t_act:6.2f} s   ratio actors/nlp {t_act / t_nlp:.2f}")
    print(f"  actors first call (lexicon, matchers, KB load) {t_load:.2f} s")
    long_text = "\n\n".join(d.body for d in docs)
    t = time.perf_counter()
    big = nlp(AnnotatedDocument(Document(id="long", source="long", text=long_text)))
    t_nlp_big = time.perf_counter() - t
    t = time.perf_counter()
    res = actors(big)
    t_act_big = time.perf_counter() - t
    print(f"one long document ({len(long_text):,} characters, {len(res.mentions)} mentions): nlp {t_nlp_big:.2f} s, "
          f"actors {t_act_big:.2f} s, ratio {t_act_big / t_nlp_big:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
