"""TempEval-3 Task A (time expressions) scorer, and chronicler's figures on TimeBank + AQUAINT.

Definitions (UzZaman et al. 2013, TempEval-3): a system TIMEX3 matches a reference one *strictly* when both
spans are identical and *relaxed* when they overlap (each matched at most once). Span P = matches / |system|,
R = matches / |reference|, F1 their harmonic mean. For an attribute (type, value): the relaxed-matched pairs
whose attribute agrees, counted as P = agreeing / |system|, R = agreeing / |reference| (attribute F1), and
accuracy = agreeing / relaxed matches. The DCT (t0) is not scored: only TIMEX3s inside TEXT.

Split, fixed by file name so it never moves: a file is in the *test* half when the first byte of the MD5 of
its name (e.g. ``APW19980807.0261.tml``) is odd, otherwise in the *dev* half. Rules were developed on the dev
half only; the test half is reported, never tuned on.

The dev half is split again, by the second byte of the same MD5: *devA* (even) and *devB* (odd). From session 6
on, only devA errors are read (``--errors`` lists devA only); devB is a held-out of our own inside dev: a rule
change is kept only if devB value F1 does not drop and dev (devA + devB) rises.

Blind sets of our own (``eval/data/timex_blind.tsv``, listable with ``--blind-errors``, and
``eval/data/timex_blind_measure.tsv``, measure-only: its misses are never printed) are scored with ``--blind``
and need no ../shared: one sentence per line after its DCT, expected TIMEX3s marked ``[[extent|TYPE|VALUE]]``.
``--blind-half tune`` scores the first alone (no measure line printed). The session-12 wire set
(``eval/data/timex_blind_wire.tsv``, ``--wire``, same format) holds both parts in one file: data row i (0-based)
with i % 3 == 2 is measure-only (``--wire-half tune`` prints the tune part alone; ``--wire-errors`` lists tune
errors only).

Real news (``--news``, see ``eval/_t17_news.py``): a standoff gold of 318 Timeline17 sentences (char offsets,
no text, ``eval/data/t17_timex_gold.tsv``), halves ``tune`` (``--news-errors N`` lists its errors) and
``measure`` (scored only). Each article is tagged whole against its publication date.

Usage: python eval/tempeval3.py [--half dev|devA|devB|test|both] [--errors N] [--source [PREFIX]] [--parse|--pipeline]
       python eval/tempeval3.py --blind [--blind-errors] [--blind-half tune|measure|both]
       python eval/tempeval3.py --wire [--wire-errors] [--wire-half tune|measure|both]
       python eval/tempeval3.py --blind-s16 [--blind-s16-errors] [--blind-s16-half tune|measure]
       python eval/tempeval3.py --blind-s17 [--blind-s17-errors] [--blind-s17-half tune|measure]
       python eval/tempeval3.py --narrative-s18 [--narrative-s18-errors] [--narrative-s18-half tune|measure]
       python eval/tempeval3.py --kinds-s19 [--kinds-s19-errors] [--kinds-s19-half tune|measure]
       python eval/tempeval3.py --relative-s20 [--relative-s20-errors] [--relative-s20-half tune|measure]
       python eval/tempeval3.py --spans-s20 [--spans-s20-errors] [--spans-s20-half tune|measure]
       python eval/tempeval3.py --dateline-s22 [--dateline-s22-errors] [--dateline-s22-half tune|measure]
       python eval/tempeval3.py --anchor-s23 [--anchor-s23-errors] [--anchor-s23-half tune|measure]
       python eval/tempeval3.py --grain-s23 [--grain-s23-errors] [--grain-s23-half tune|measure]
       python eval/tempeval3.py --business-s24 [--business-s24-errors] [--business-s24-half tune|measure]
       python eval/tempeval3.py --broadcast-s25 [--broadcast-s25-errors] [--broadcast-s25-half tune|measure]
       python eval/tempeval3.py --news [--news-errors N] [--news-half tune|measure|both]
       python eval/tempeval3.py --value-kinds [--errors N --kind KIND]   (dev half only)
       python eval/tempeval3.py --census-s21   (TimeBank's value conventions, counted in the devA gold only)
The figures are those of the interface users run: each file is tagged by ``chronicler timex --timeml``'s own
code (``time.commands.tag_timeml``) and the TimeML it writes is read back and scored; the in-memory ``tag()``
figure is printed below it when it differs.
(``--errors`` lists devA errors; ``--source`` adds figures per news source on the dev half only, and with a
prefix such as ``APW`` or ``broadcast`` limits ``--errors`` to that source; ``--parse`` takes tense from the
spaCy parse, as the timex stage can; ``--pipeline`` scores what ``chronicler ingest`` tags: the clean, dating,
nlp and timex stages as configured, the DCT given as the publication date)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "eval" / "tempeval3" / "TBAQ-cleaned"


class Span(Protocol):
    start: int
    end: int
    type: str
    value: str


def half_of(name: str) -> str:
    """``dev`` or ``test``: the fixed half of a file, from the MD5 of its base name."""
    return "test" if hashlib.md5(name.encode("utf-8")).digest()[0] % 2 else "dev"


def dev_part(name: str) -> str | None:
    """``devA`` or ``devB`` for a dev-half file (second byte of the same MD5), None for a test-half file."""
    if half_of(name) != "dev":
        return None
    return "devB" if hashlib.md5(name.encode("utf-8")).digest()[1] % 2 else "devA"


BROADCAST = ("ABC", "CNN", "PRI", "VOA")


def source_of(name: str) -> str:
    """The news source of a file, from its name: ``APW``, ``NYT``, ``XIE``, ``WSJ``, ``AP`` or ``broadcast``."""
    m = re.match(r"[A-Za-z]+", name)
    prefix = m.group(0).upper() if m else "?"
    return "broadcast" if prefix in BROADCAST else prefix


def corpus_files(half: str, data: Path = DATA) -> list[Path]:
    """The ``.tml`` files of TimeBank and AQUAINT in one half or dev part (sorted by name)."""
    files = sorted(list((data / "TimeBank").glob("*.tml")) + list((data / "AQUAINT").glob("*.tml")),
                   key=lambda p: p.name)
    if half in ("devA", "devB"):
        return [p for p in files if dev_part(p.name) == half]
    return [p for p in files if half_of(p.name) == half]


@dataclass
class Counts:
    """Counts of TempEval-3 Task A for one or more documents."""

    system: int = 0
    reference: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        """Add another document's counts."""
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, float]:
        """Percentages: strict/relaxed P, R, F1; type and value F1 (P, R) and accuracy."""
        out: dict[str, float] = {}
        for name, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_ok),
                           ("value", self.value_ok)):
            p = hits / self.system if self.system else 0.0
            r = hits / self.reference if self.reference else 0.0
            out[f"{name}_P"] = 100 * p
            out[f"{name}_R"] = 100 * r
            out[f"{name}_F1"] = 100 * (2 * p * r / (p + r) if p + r else 0.0)
        out["type_accuracy"] = 100 * self.type_ok / self.relaxed if self.relaxed else 0.0
        out["value_accuracy"] = 100 * self.value_ok / self.relaxed if self.relaxed else 0.0
        return out


def match(reference: Sequence[Span], system: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Relaxed one-to-one matching: each system span to the free reference span it overlaps most."""
    pairs: list[tuple[Span, Span]] = []
    free = list(reference)
    for s in sorted(system, key=lambda x: (x.start, x.end)):
        best, best_overlap = None, 0
        for r in free:
            overlap = min(r.end, s.end) - max(r.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = r, overlap
        if best is not None:
            free.remove(best)
            pairs.append((best, s))
    return pairs


def score_document(reference: Sequence[Span], system: Sequence[Span]) -> Counts:
    """TempEval-3 Task A counts for one document."""
    pairs = match(reference, system)
    return Counts(
        system=len(system), reference=len(reference),
        strict=sum(1 for r, s in pairs if (r.start, r.end) == (s.start, s.end)),
        relaxed=len(pairs),
        type_ok=sum(1 for r, s in pairs if r.type == s.type),
        value_ok=sum(1 for r, s in pairs if r.value == s.value),
    )


def score(documents: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Counts:
    """Summed counts over ``(reference, system)`` pairs of documents."""
    total = Counts()
    for ref, sys_ in documents:
        total.add(score_document(ref, sys_))
    return total


def format_figures(label: str, counts: Counts) -> str:
    """One block of figures, as printed by this script."""
    f = counts.figures()
    return (f"{label}: {counts.reference} reference, {counts.system} system timexes\n"
            f"  strict  P {f['strict_P']:.2f}  R {f['strict_R']:.2f}  F1 {f['strict_F1']:.2f}\n"
            f"  relaxed P {f['relaxed_P']:.2f}  R {f['relaxed_R']:.2f}  F1 {f['relaxed_F1']:.2f}\n"
            f"  type    F1 {f['type_F1']:.2f}  accuracy {f['type_accuracy']:.2f}\n"
            f"  value   F1 {f['value_F1']:.2f}  accuracy {f['value_accuracy']:.2f}")


def run_half(half: str, errors: int = 0, parse: bool = False, source: str | None = None,
             kinds: dict[str, list] | None = None, kind: str | None = None, pipeline: bool = False) -> Counts:
    """Tag every file of a half with chronicler and score it; optionally print errors (dev half only).

    With ``parse``, tense comes from the spaCy parse when it can tell (as in the ``timex`` stage); with
    ``pipeline``, the timexes are those of the ingest pipeline's stages (``eval/_te3_pipeline.py``). With
    ``source`` (``"all"`` or one source), the dev half also gets figures per source and errors are limited
    to that source; per-source figures of the test half are never computed, so they cannot be tuned on.
    With ``kinds`` (a dict, dev half only), the relaxed-matched pairs of each dev part are collected into it;
    with ``kind``, the errors listed are the devA value errors of that kind only.
    """
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import read_tml

    nlp = None
    memory = Counts()  # the in-memory ``tag()`` figure, printed when the interface's differs
    if parse:
        from chronicler.nlp.stage import load_model
        from chronicler.time.parse_tense import spacy_tense_hint

        nlp = load_model()

    total = Counts()
    by_source: dict[str, Counts] = {}
    shown = 0
    t0 = time.perf_counter()
    files = corpus_files(half)
    staged = None
    if pipeline:
        sys.path.insert(0, str(ROOT / "eval"))
        from _te3_pipeline import pipeline_timexes

        staged = pipeline_timexes([read_tml(p) for p in files])
    for path in files:
        doc = read_tml(path)
        if staged is not None:
            system: Sequence[Span] = next(staged)
        elif nlp is not None:  # the timex stage's parse: no TimeML interface takes it
            system = tag(doc.plain, doc.dct, spacy_tense_hint(nlp(doc.plain)))
        else:
            system = interface_timexes(doc)
            memory.add(score_document(doc.timexes, tag(doc.plain, doc.dct)))
        counts = score_document(doc.timexes, system)
        total.add(counts)
        if half not in ("dev", "devA", "devB"):
            continue
        src = source_of(path.name)
        if kinds is not None:
            kinds.setdefault(dev_part(path.name) or "?", []).extend(match(doc.timexes, system))
        if source:
            by_source.setdefault(src, Counts()).add(counts)
        if errors and shown < errors and source in (None, "all", src) and dev_part(path.name) == "devA":
            shown += _print_errors(doc, system, kind)
    secs = time.perf_counter() - t0
    how = ", tense from the spaCy parse" if parse else ", as `chronicler timex --timeml` writes it"
    if pipeline:
        how = ", the ingest pipeline's clean, dating, nlp and timex stages"
    label = f"{half} half ({len(files)} files, {secs:.1f} s{how})"
    print(format_figures(label, total))
    if not parse and not pipeline and vars(memory) != vars(total):
        f = memory.figures()
        print(f"  (tag() in memory, before the TimeML writer: value F1 {f['value_F1']:.2f}, strict F1 "
              f"{f['strict_F1']:.2f}, relaxed F1 {f['relaxed_F1']:.2f})")
    if by_source:
        print("  per source (dev half): value F1 / strict F1 / relaxed F1")
        for src, c in sorted(by_source.items(), key=lambda kv: -kv[1].reference):
            f = c.figures()
            print(f"    {src:<10} {c.reference:4d} ref  value {f['value_F1']:6.2f}  strict {f['strict_F1']:6.2f}"
                  f"  relaxed {f['relaxed_F1']:6.2f}")
    return total


def interface_timexes(doc) -> Sequence[Span]:  # type: ignore[no-untyped-def]
    """Our TIMEX3s of a parsed TimeML file as ``chronicler timex --timeml`` writes them, read back from its
    output (a timex the writer skips, one crossing another tag, is lost here as it is for a user)."""
    from chronicler.time.commands import tag_timeml
    from chronicler.time.timeml import parse_tml

    written, _ = tag_timeml(doc)
    return parse_tml(written, doc.name).timexes


def _print_errors(doc, system, kind: str | None = None) -> int:
    pairs = match(doc.timexes, system)
    if kind is not None:  # only the value errors of one kind of reference timex
        from _value_kinds import kind_of

        for r, s in pairs:
            if r.value != s.value and kind_of(r.text, r.type, r.value) == kind:
                print(f"{doc.name} {doc.dct} VALUE gold {r.text!r} {r.value} | ours {s.text!r} {s.value} :: "
                      + doc.plain[max(0, r.start - 100):r.start].replace("\n", " ") + "[" + r.text + "]"
                      + doc.plain[r.end:r.end + 40].replace("\n", " "))
        return sum(1 for r, s in pairs if r.value != s.value and kind_of(r.text, r.type, r.value) == kind)
    n = 0
    matched_r = {id(r) for r, _ in pairs}
    matched_s = {id(s) for _, s in pairs}
    ctx = lambda a, b: doc.plain[max(0, a - 40):a].replace("\n", " ") + "[" + doc.plain[a:b] + "]" + doc.plain[b:b + 30].replace("\n", " ")
    for r, s in pairs:
        if (r.start, r.end) != (s.start, s.end) or r.value != s.value or r.type != s.type:
            print(f"{doc.name} {doc.dct} MISMATCH gold {r.text!r} {r.type} {r.value} | ours {s.text!r} {s.type} {s.value} :: {ctx(r.start, r.end)}")
            n += 1
    for r in doc.timexes:
        if id(r) not in matched_r:
            print(f"{doc.name} {doc.dct} MISSED {r.text!r} {r.type} {r.value} :: {ctx(r.start, r.end)}")
            n += 1
    for s in system:
        if id(s) not in matched_s:
            print(f"{doc.name} {doc.dct} SPURIOUS {s.text!r} {s.type} {s.value} :: {ctx(s.start, s.end)}")
            n += 1
    return n


BLIND = ROOT / "eval" / "data" / "timex_blind.tsv"
BLIND_MEASURE = ROOT / "eval" / "data" / "timex_blind_measure.tsv"
WIRE = ROOT / "eval" / "data" / "timex_blind_wire.tsv"
S13 = ROOT / "eval" / "data" / "timex_blind_s13.tsv"
S16 = ROOT / "eval" / "data" / "timex_blind_s16.tsv"
S17 = ROOT / "eval" / "data" / "timex_blind_s17.tsv"
S18 = ROOT / "eval" / "data" / "timex_narrative_blind_s18.tsv"
_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")  # optional 4th field: the TimeML mod


@dataclass(frozen=True)
class BlindTimex:
    """An expected TIMEX3 of a blind-set sentence (offsets into the unmarked sentence)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None  # the TimeML mod, when the set's mark gives one (``[[extent|TYPE|VALUE|MOD]]``)


def parse_blind_line(line: str) -> tuple[str, str, list[BlindTimex]] | None:
    """``(dct, plain sentence, expected timexes)`` of one blind-set line; None for comments and blanks."""
    if not line.strip() or line.startswith("#"):
        return None
    dct, marked = line.rstrip("\n").split("\t", 1)
    plain: list[str] = []
    gold: list[BlindTimex] = []
    pos = 0
    for m in _MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        start = sum(len(p) for p in plain)
        plain.append(m.group(1))
        gold.append(BlindTimex(start, start + len(m.group(1)), m.group(1), m.group(2), m.group(3), m.group(4)))
        pos = m.end()
    plain.append(marked[pos:])
    return dct, "".join(plain), gold


def wire_part(row: int) -> str:
    """The part of data row ``row`` (0-based, comments and blanks not counted) of the session-12 wire set:
    every third row (``row % 3 == 2``) is measure-only, the rest tune."""
    return "measure" if row % 3 == 2 else "tune"


def blind_rows(path: Path, part: str | None = None) -> Iterable[tuple[str, str, list[BlindTimex]]]:
    """The ``(dct, plain sentence, expected timexes)`` of a blind set's data rows of ``part`` (by ``wire_part``
    over the data rows, comments and blanks not counted); every row when ``part`` is None."""
    row = -1
    for line in path.read_text(encoding="utf-8").splitlines():
        parsed = parse_blind_line(line)
        if parsed is None:
            continue
        row += 1
        if part is None or wire_part(row) == part:
            yield parsed


def run_blind(path: Path, list_errors: bool = False, part: str | None = None) -> Counts:
    """Score the tagger on one blind set; list its errors only when asked (never for the measure-only set).

    ``part`` (``tune`` or ``measure``) scores only the data rows of that part by ``wire_part``; None every row."""
    from datetime import date

    from chronicler.time.tagger import tag

    if part == "measure" and list_errors:
        raise ValueError("the measure part's errors are never listed")
    total = Counts()
    n = 0
    for dct, plain, gold in blind_rows(path, part):
        system = tag(plain, date.fromisoformat(dct))
        total.add(score_document(gold, system))
        n += 1
        if list_errors:
            pairs = match(gold, system)
            bad = [(r, s) for r, s in pairs if (r.start, r.end, r.type, r.value) != (s.start, s.end, s.type, s.value)]
            missed = [r for r in gold if all(r is not g for g, _ in pairs)]
            spurious = [s for s in system if all(s is not t for _, t in pairs)]
            for r, s in bad:
                print(f"  {dct} MISMATCH gold {r.text!r} {r.type} {r.value} | ours {s.text!r} {s.type} {s.value} :: {plain}")
            for r in missed:
                print(f"  {dct} MISSED {r.text!r} {r.type} {r.value} :: {plain}")
            for s in spurious:
                print(f"  {dct} SPURIOUS {s.text!r} {s.type} {s.value} :: {plain}")
    label = f"blind set {path.name}" + (f", {part} part" if part else "")
    print(format_figures(f"{label} ({n} sentences)", total))
    return total


def run_news_section(errors: int = 0, half: str = "both") -> int:
    """``--news``: the Timeline17 standoff gold, scored with this file's Task A definitions."""
    news_data = SHARED / "eval" / "timeline17"
    if not news_data.is_dir():
        print("skipped: data absent")
        return 0
    sys.path.insert(0, str(ROOT / "eval"))
    from _t17_news import run_news

    run_news(news_data, score_document, match, Counts, format_figures, errors=errors,
             halves=("tune", "measure") if half == "both" else (half,))
    return 0


#: Own TIMEX3 sets in the layout of the kinds s19 set, scored by ``eval/_kinds_s19.py``: flag stem -> file under
#: ``eval/data``.
KINDS_LAYOUT_SETS = {
    "kinds_s19": "timex_kinds_blind_s19.tsv",
    "relative_s20": "timex_relative_blind_s20.tsv",
    "dateline_s22": "timex_dateline_blind_s22.tsv",
    "anchor_s23": "timex_anchor_blind_s23.tsv",
    "grain_s23": "timex_grain_blind_s23.tsv",
    "business_s24": "timex_business_blind_s24.tsv",
    "broadcast_s25": "timex_broadcast_blind_s25.tsv",
}


def main(argv: list[str] | None = None) -> int:
    """Print the figures of the chosen halves."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("dev", "devA", "devB", "test", "both"), default=None,
                    help="default: both halves; dev alone when --errors or --source asks for dev-only output")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of devA (never of devB or test)")
    ap.add_argument("--source", nargs="?", const="all", default=None,
                    help="figures per news source (dev half only); with a source, limit --errors to it")
    ap.add_argument("--parse", action="store_true", help="also take tense from the spaCy parse (as the stage can)")
    ap.add_argument("--pipeline", action="store_true",
                    help="score the ingest pipeline's timexes (clean, dating, nlp, timex stages; DCT as published)")
    ap.add_argument("--blind", action="store_true", help="score our own blind sets (no ../shared needed)")
    ap.add_argument("--blind-errors", action="store_true",
                    help="with --blind, list the errors of timex_blind.tsv (never of the measure-only set)")
    ap.add_argument("--blind-half", choices=("tune", "measure", "both"), default="both",
                    help="with --blind, score timex_blind.tsv (tune), timex_blind_measure.tsv (measure) or both")
    ap.add_argument("--wire", action="store_true",
                    help="score the session-12 wire set timex_blind_wire.tsv (tune and measure parts)")
    ap.add_argument("--wire-errors", action="store_true",
                    help="with --wire, list the errors of its tune part (never of the measure part)")
    ap.add_argument("--wire-half", choices=("tune", "measure", "both"), default="both",
                    help="with --wire, the part (or both) whose figures to print")
    ap.add_argument("--s13", action="store_true",
                    help="score the session-13 set timex_blind_s13.tsv (tune and measure parts, split as --wire)")
    ap.add_argument("--s13-errors", action="store_true",
                    help="with --s13, list the errors of its tune part (never of the measure part)")
    ap.add_argument("--s13-half", choices=("tune", "measure", "both"), default="both",
                    help="with --s13, the part (or both) whose figures to print")
    for stem, what in (("blind-s16", "the session-16 set timex_blind_s16.tsv"),
                       ("blind-s17", "the session-17 business-wire set timex_blind_s17.tsv"),
                       ("narrative-s18", "the session-18 narrative-time set"),
                       ("kinds-s19", "the session-19 set of less common kinds"),
                       ("relative-s20", "the session-20 set of relative values in wire text"),
                       ("spans-s20", "the session-20 set of extents, decoys and times of day"),
                       ("dateline-s22", "the session-22 set of agency copy with dated datelines"),
                       ("anchor-s23", "the session-23 set of reference times and directions"),
                       ("grain-s23", "the session-23 set of value precision and type"),
                       ("business-s24", "the session-24 set of business and agency copy"),
                       ("broadcast-s25", "the session-25 set of broadcast transcripts and agency copy")):
        ap.add_argument(f"--{stem}", action="store_true", help=f"score {what}")
        ap.add_argument(f"--{stem}-errors", action="store_true", help=f"with --{stem}, list its tune part's errors")
        ap.add_argument(f"--{stem}-half", choices=("tune", "measure"), default="tune",
                        help=f"with --{stem}, the part to score (measure: aggregate only)")
    ap.add_argument("--news", action="store_true",
                    help="score the standoff TIMEX3 gold on Timeline17 sentences (tune and measure halves)")
    ap.add_argument("--news-errors", type=int, default=0, metavar="N",
                    help="with --news, list up to N errors of the tune half (never of the measure half)")
    ap.add_argument("--news-half", choices=("tune", "measure", "both"), default="both",
                    help="with --news, the half (or both) whose figures to print")
    ap.add_argument("--value-kinds", action="store_true",
                    help="value accuracy per kind of reference timex on devA and devB (never on the test half)")
    ap.add_argument("--kind", default=None, help="with --errors, list only devA value errors of this kind")
    ap.add_argument("--census-s21", action="store_true", help="count TimeBank's value forms per shape (devA gold)")
    args = ap.parse_args(argv)
    given = {a.split("=")[0] for a in (sys.argv[1:] if argv is None else argv)}
    for name in ("blind", "wire", "s13", "blind_s16", "blind_s17", "narrative_s18", "kinds_s19", "relative_s20",
                 "spans_s20", "dateline_s22", "anchor_s23", "grain_s23", "business_s24", "broadcast_s25", "news"):
        if f"--{name.replace('_', '-')}-half" in given:  # a part of a set asks for that set, not the default run
            setattr(args, name, True)
    if args.value_kinds or args.kind:
        if args.half == "test":
            ap.error("--value-kinds and --kind are for the dev half only")
        if not DATA.is_dir():
            print("skipped: data absent")
            return 0
        sys.path.insert(0, str(ROOT / "eval"))
        from _value_kinds import value_kinds

        pairs: dict[str, list] = {}
        run_half("dev", args.errors, args.parse, None, kinds=pairs, kind=args.kind)
        value_kinds({p: v for p, v in pairs.items() if p in ("devA", "devB")})
        return 0
    if args.census_s21:
        sys.path.insert(0, str(ROOT / "eval"))
        from _census_s21 import run_census

        return run_census()
    if args.news or args.news_errors:
        return run_news_section(args.news_errors, args.news_half)
    if args.blind_s16 or args.blind_s16_errors:
        run_blind(S16, list_errors=args.blind_s16_errors, part=args.blind_s16_half)
        return 0
    if args.blind_s17 or args.blind_s17_errors:
        run_blind(S17, list_errors=args.blind_s17_errors, part=args.blind_s17_half)
        return 0
    if args.narrative_s18 or args.narrative_s18_errors:
        run_blind(S18, list_errors=args.narrative_s18_errors, part=args.narrative_s18_half)
        return 0
    for name, path in KINDS_LAYOUT_SETS.items():  # the sets in the kinds s19 layout, scored by its scorer
        if getattr(args, name) or getattr(args, f"{name}_errors"):
            sys.path.insert(0, str(ROOT / "eval"))
            from _kinds_s19 import run_kinds

            run_kinds(getattr(args, f"{name}_half"), getattr(args, f"{name}_errors"), ROOT / "eval" / "data" / path)
            return 0
    if args.spans_s20 or args.spans_s20_errors:
        sys.path.insert(0, str(ROOT / "eval"))
        from _spans_s20 import run_spans

        run_spans(args.spans_s20_half, list_errors=args.spans_s20_errors)
        return 0
    if args.s13 or args.s13_errors:
        for part in (("tune", "measure") if args.s13_half == "both" else (args.s13_half,)):
            run_blind(S13, list_errors=args.s13_errors and part == "tune", part=part)
        return 0
    if args.wire or args.wire_errors:
        for part in (("tune", "measure") if args.wire_half == "both" else (args.wire_half,)):
            run_blind(WIRE, list_errors=args.wire_errors and part == "tune", part=part)
        return 0
    if args.blind or args.blind_errors:
        if args.blind_half in ("tune", "both"):
            run_blind(BLIND, list_errors=args.blind_errors)
        if args.blind_half in ("measure", "both"):
            run_blind(BLIND_MEASURE)
        return 0
    if not DATA.is_dir():
        print("skipped: data absent")
        return 0
    everything = args.half is None and not (args.errors or args.source)  # the plain run of `make eval`
    if args.half is None:  # a dev-only question must not print the test half as a side effect
        args.half = "dev" if args.errors or args.source else "both"
    for half in (("dev", "test") if args.half == "both" else (args.half,)):
        run_half(half, args.errors, args.parse, args.source, pipeline=args.pipeline)
    if everything:
        run_news_section()
    return 0


if __name__ == "__main__":
    sys.exit(main())
