"""Scorer of the blind set s18 of organisations and groups (issue 6): eval/data/actor_orgs_blind_s18.tsv.

Same layout, coding and split rule as the unlisted set s16 (``_sectors_s16``): each row's span is coded with
``actor_at`` after nlp + actors; data row i with i % 3 == 2 is MEASURE (one aggregate line, misses never listed).
Imported by eval/actors.py (``--orgs-s18``, ``--orgs-s18-errors``, ``--orgs-s18-measure``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from _sectors_s16 import rows
from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.model import Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

ORGS = Path(__file__).resolve().parent / "data" / "actor_orgs_blind_s18.tsv"


def score(part: str = "tune", errors: bool = False, path: Path = ORGS) -> dict[str, int]:
    """Print and return the counts of ``part`` ("tune" or "measure"): rows, right country, right sector, right
    both, per family right both; with ``errors`` (tune only) list the misses."""
    if part != "tune":
        errors = False  # the measure part is never listed
    data = rows(part, path)
    pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    docs = [AnnotatedDocument(Document(id=f"s18o{i}", source=f"s18o{i}", text=r[0])) for i, r in enumerate(data)]
    c: Counter = Counter()
    fam_n: Counter = Counter()
    fam_ok: Counter = Counter()
    misses = []
    for adoc, (text, span, country, sector, _when, family) in zip(pipe.pipe(docs, batch_size=64), data):
        a = text.find(span)
        if a < 0:
            raise ValueError(f"{path.name}: span {span!r} not in {text!r}")
        pred = actor_at(adoc, a, a + len(span)) or place_as_actor(adoc, a, a + len(span))
        pc, ps = (pred.country, pred.sector) if pred else (None, None)
        ok_c = pc == (None if country == "-" else country)
        ok_s = ps == (None if sector == "-" else sector)
        c["n"] += 1
        c["country"] += ok_c
        c["sector"] += ok_s
        c["both"] += ok_c and ok_s
        fam_n[family] += 1
        fam_ok[family] += ok_c and ok_s
        if not (ok_c and ok_s):
            misses.append(f"  {span!r} in {text!r}: gold {country}/{sector} got {pc}/{ps}")
    n = c["n"] or 1
    print(f"orgs set s18 ({part}, our sentences): country {c['country']}/{c['n']} = "
          f"{100 * c['country'] / n:.1f}%, sector {c['sector']}/{c['n']} = {100 * c['sector'] / n:.1f}%, "
          f"country+sector {c['both']}/{c['n']} = {100 * c['both'] / n:.1f}%")
    print("  " + "; ".join(f"{f} {fam_ok[f]}/{fam_n[f]}" for f in sorted(fam_n)))
    if errors:
        print("\n".join(misses))
    return dict(c)
