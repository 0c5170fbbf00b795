"""Publication dating against hidden true dates: TimeBank+AQUAINT DCTs and Timeline17 article dates.

For each document the true date is hidden (TBAQ: the <DCT> element, the file name and <EXTRAINFO> are not
shown; Timeline17: the ``time`` field), chronicler's dating infers an interval from the text alone, and we
report: containment (share of intervals that hold the true date; an open interval holds it trivially),
the share with a finite interval, containment among finite intervals, exact-day accuracy of the best day,
and the median width (open intervals count as infinitely wide).

Run: ``python eval/dating.py [--limit N] [--errors K] [--guess month_day] [--no-guess] [--page-recency 7] [--gaps] [--no-ceiling] [--corpus both|on|off] [--copies-s18[-errors|-measure]] [--back-s19[-errors|-measure]]``; prints "skipped: data absent" without ../shared.
"""

from __future__ import annotations

import argparse
import glob
import html
import json
import math
import os
import re
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicler.time.dating import infer_date  # noqa: E402
from chronicler.time.dating.relative import GUESS_KINDS  # noqa: E402

SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared")) / "eval"
TBAQ = SHARED / "tempeval3" / "TBAQ-cleaned"
T17 = SHARED / "timeline17"


def tbaq_docs() -> list[tuple[str, str, date]]:
    """(name, text, DCT) for every TimeBank and AQUAINT file: the text of <TEXT> with its tags stripped."""
    out = []
    for path in sorted(glob.glob(str(TBAQ / "*" / "*.tml"))):
        raw = Path(path).read_text(encoding="utf-8")
        dct = re.search(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d\d-\d\d)", raw)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if not dct or not body:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1)))
        out.append((f"{Path(path).parent.name}/{Path(path).name}", text, date.fromisoformat(dct.group(1))))
    return out


def t17_docs() -> list[tuple[str, str, date]]:
    """(topic#id, text, publication date) for every Timeline17 article."""
    out = []
    for path in sorted(glob.glob(str(T17 / "*" / "articles.jsonl"))):
        topic = Path(path).parent.name
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((f"{topic}#{r['id']}", r["text"], date.fromisoformat(r["time"][:10])))
    return out


def example_docs() -> list[tuple[str, str, date]]:
    """(file, text, gold date) for the example corpus reports without a metadata date (the cleaned body is dated)."""
    from chronicler.clean.stage import clean_document
    from chronicler.ingest.run import make_document
    from chronicler.ingest.sources import RawRecord, read_file
    from chronicler.time.dating.stage import dating_text

    folder = ROOT / "examples" / "alliance"
    gold = {g["file"]: g for g in json.loads((folder / "gold.json").read_text(encoding="utf-8"))["documents"]}
    out = []
    for path in sorted(folder.iterdir()):
        for r in read_file(path, 50 * 1024 * 1024):
            if not isinstance(r, RawRecord):
                continue
            key = Path(r.source).name if r.format == "jsonl" else path.name
            g = gold.get(key)
            doc = make_document(r)
            if g is None or g.get("broken") or doc.published is not None or doc.url:
                continue
            out.append((key, dating_text(clean_document(doc)), date.fromisoformat(g["published"])))
    return out


def _kb():
    try:
        from chronicler.actors.office_kb import default_kb
    except ImportError:
        return None
    return default_kb()


RECENCY: dict[str, int | None] | None = None  # None: the package default (chronicler.time.dating.infer)


def date_all(docs: list[tuple[str, str, date]], kb, corpus: bool) -> list:
    """Each document's interval from its own text; with ``corpus``, then the corpus step over each batch.

    A batch is what one ingest would hold: the documents of one Timeline17 topic, of one TBAQ source folder
    (the part of the id before '#' or '/').
    """
    first = [infer_date(text, kb=kb, recency=RECENCY).interval for _, text, _ in docs]
    if not corpus:
        return first
    from chronicler.time.dating.corpus import with_context

    out = list(first)
    batches: dict[str, list[int]] = {}
    for i, (doc_id, _, _) in enumerate(docs):
        batches.setdefault(re.split(r"[#/]", doc_id)[0], []).append(i)
    for idx in batches.values():
        res = with_context([docs[i][0] for i in idx], [docs[i][1] for i in idx], [first[i] for i in idx],
                           lambda k, ev: infer_date(docs[idx[k]][1], kb=kb, recency=RECENCY, extra=[ev]).interval)
        for k, (interval, _) in enumerate(res):
            out[idx[k]] = interval
    return out


def score(name: str, docs: list[tuple[str, str, date]], kb, show_errors: int, corpus: bool = False) -> dict[str, float]:
    """Date every document and print the figures for one data set."""
    started = time.perf_counter()
    contained = finite = finite_contained = exact = 0
    widths: list[float] = []
    misses = []
    intervals = date_all(docs, kb, corpus)
    for (doc_id, text, truth), interval in zip(docs, intervals):
        if interval is None:
            widths.append(math.inf)
            contained += 1
            continue
        ok = interval.contains(truth)
        contained += ok
        w = interval.width_days()
        widths.append(math.inf if w is None else w)
        if w is not None:
            finite += 1
            finite_contained += ok
        exact += interval.best == truth
        if not ok:
            misses.append((doc_id, truth, interval))
    n = len(docs)
    med = statistics.median(widths) if widths else math.inf
    res = {"docs": n, "containment": contained / n, "finite": finite / n,
           "finite_containment": finite_contained / finite if finite else 0.0, "exact_day": exact / n,
           "median_width_days": med, "seconds": time.perf_counter() - started, "intervals": intervals}
    name = f"{name} [corpus context {'on' if corpus else 'off'}]"
    print(f"{name}: {n} docs, containment {res['containment']:.1%}, exact day {res['exact_day']:.1%}, "
          f"median width {'inf' if math.isinf(med) else f'{med:g} days'}, finite interval {res['finite']:.1%} "
          f"(containment among finite {res['finite_containment']:.1%}), {res['seconds']:.1f} s")
    for doc_id, truth, interval in misses[:show_errors]:
        kinds = ", ".join(f"{e.kind}:{e.text!r}" for e in interval.evidence[:6])
        print(f"   miss {doc_id}: true {truth}, got {interval.earliest}..{interval.latest} [{kinds}]")
    return res


def gaps(name: str, docs: list[tuple[str, str, date]]) -> None:
    """Print how far the true date lies from single clues (percentiles in days), to size recency windows.

    past_day: true − latest full date spoken of in the past; past_year: true year − latest past-tense year
    (in days, from 1 January); month_day: true − nearest earlier occurrence of a yearless past-tense date;
    page_stamp: first page time stamp − true date.
    """
    from chronicler.time.dating.evidence import explicit_dates
    from chronicler.time.dating.patterns import DAY_MONTH, MONTH_DAY, MONTHS, tense_near, valid_date

    out: dict[str, list[int]] = {"past_day": [], "past_year": [], "month_day": [], "page_stamp": []}
    for _, text, truth in docs:
        ev = explicit_dates(text)
        days_ = [e.implies.earliest for e in ev if e.kind == "explicit_date" and e.implies.latest is None]
        years = [e.implies.earliest for e in ev if e.kind == "past_reference"]
        stamps = [e.implies.latest for e in ev if e.kind == "page_date" and e.implies.earliest is None]
        if days_:
            out["past_day"].append((truth - max(days_)).days)
        if years:
            out["past_year"].append((truth - max(years)).days)
        if stamps:
            out["page_stamp"].append((min(stamps) - truth).days)
        near = []
        for pattern in (MONTH_DAY, DAY_MONTH):
            for m in pattern.finditer(text):
                if m.group("year") or tense_near(text, m.start(), m.end()) != "past":
                    continue
                month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
                for y in (truth.year, truth.year - 1):
                    d = valid_date(y, month, day)
                    if d is not None and d <= truth:
                        near.append((truth - d).days)
                        break
        if near:
            out["month_day"].append(min(near))
    for key, xs in out.items():
        xs.sort()
        if xs:
            pct = ", ".join(f"p{p} {xs[min(len(xs) - 1, len(xs) * p // 100)]}" for p in (50, 80, 90, 95))
            print(f"  {name} {key}: {len(xs)} docs, {pct}")


def ceiling(name: str, docs: list[tuple[str, str, date]], intervals: list) -> None:
    """How narrow can dating from the text get? Two studies against the hidden true dates.

    anchors: the share of documents whose text names a calendar day within 7 / 31 days of the true date — full
    dates, and yearless "month day" placed in whichever year lies nearest the truth (generous: tense ignored, the
    year given for free). Without such an anchor, weekday and "yesterday"-style cues fix the day of the week but
    not the week, so this share bounds the week-level dating any method reading the text can do soundly.
    recency: our intervals with an assumed upper bound "within k days after the earliest possible day" (a guess,
    not evidence): containment and median width for each k, i.e. what buying width with such a guess costs.
    """
    from chronicler.time.dating.patterns import DAY_MONTH, ISO_DATE, MONTH_DAY, MONTHS, valid_date

    near = {7: 0, 31: 0}
    for _, text, truth in docs:
        best = math.inf
        for pattern in (MONTH_DAY, DAY_MONTH, ISO_DATE):
            for m in pattern.finditer(text):
                raw = m.group("month")
                month = int(raw) if raw.isdigit() else MONTHS[raw.lower().rstrip(".")]
                years = [int(m.group("year"))] if m.group("year") else [truth.year - 1, truth.year, truth.year + 1]
                for y in years:
                    d = valid_date(y, month, int(m.group("day")))
                    if d is not None:
                        best = min(best, abs((truth - d).days))
        for k in near:
            near[k] += best <= k
    n = len(docs)
    print(f"  {name} anchors: a day named within 7 days of the true date in {near[7] / n:.1%} of documents, "
          f"within 31 days in {near[31] / n:.1%} (generous ceiling for week/month-level dating from the text)")
    for k in (7, 14, 31, 92, 365):
        inside, widths = 0, []
        for (_, _, truth), interval in zip(docs, intervals):
            if interval is None or interval.earliest is None:
                inside += 1
                widths.append(math.inf)
                continue
            last = interval.earliest + timedelta(days=k)
            if interval.latest is not None:
                last = min(last, interval.latest)
            inside += interval.earliest <= truth <= last
            widths.append((last - interval.earliest).days + 1)
        med = statistics.median(widths)
        print(f"  {name} recency guess k={k}: containment {inside / n:.1%}, median width "
              f"{'inf' if math.isinf(med) else f'{med:g} days'}")


def main() -> int:
    """Score both data sets (each skipped when absent)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most this many documents per data set")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses per data set")
    ap.add_argument("--no-kb", action="store_true", help="date without the office-holder knowledge base")
    ap.add_argument("--guess", action="append", default=[], choices=sorted(GUESS_KINDS),
                    help="also place this kind of yearless clue in its latest fitting year (trade-off study)")
    ap.add_argument("--no-guess", action="store_true", help="no soft guesses at all")
    ap.add_argument("--gaps", action="store_true", help="also print true date vs single-clue gap percentiles")
    ap.add_argument("--no-ceiling", dest="ceiling", action="store_false",
                    help="skip the study of how narrow text-only dating can get (anchors near the truth, recency "
                         "trade-off), printed by default")
    ap.add_argument("--page-recency", type=int, default=None, metavar="DAYS",
                    help="assume a page's first time stamp follows the report within DAYS (trade-off study)")
    ap.add_argument("--corpus", choices=("both", "on", "off"), default="both",
                    help="corpus context (borrow the year from dated siblings of the same batch): figures with "
                         "and without it (both, the default), or only one")
    ap.add_argument("--copies-s18", action="store_true", help="the blind wire-copy set s18 alone (tune part)")
    ap.add_argument("--copies-s18-errors", action="store_true", help="... and list its tune misses")
    ap.add_argument("--copies-s18-measure", action="store_true", help="... then its measure part's aggregate")
    ap.add_argument("--back-s19", action="store_true", help="set s18, undated copies ingested before dated ones")
    ap.add_argument("--back-s19-errors", action="store_true", help="... and list its tune misses")
    ap.add_argument("--back-s19-measure", action="store_true", help="... then its measure part's aggregate")
    ap.add_argument("--copies-t17", action="store_true",
                    help="Timeline17 with every other article's date given: what copies lend to the others")
    args = ap.parse_args()
    if args.back_s19 or args.back_s19_errors or args.back_s19_measure:
        sys.path.insert(0, str(ROOT / "eval"))  # eval/_dating_back_s19.py alone
        from _dating_back_s19 import score as back_score

        back_score("tune", args.back_s19_errors)
        if args.back_s19_measure:
            back_score("measure")
        return 0
    if args.copies_s18 or args.copies_s18_errors or args.copies_s18_measure or args.copies_t17:
        sys.path.insert(0, str(ROOT / "eval"))  # eval/_dating_copies_s18.py alone
        from _dating_copies_s18 import score as copies_score, t17_study

        if args.copies_t17:
            t17_study(t17_docs()[: args.limit])
            return 0
        copies_score("tune", args.copies_s18_errors)
        if args.copies_s18_measure:
            copies_score("measure")
        return 0
    if args.page_recency is not None:
        global RECENCY
        from chronicler.time.dating.infer import RECENCY_DAYS

        RECENCY = {**RECENCY_DAYS, "page": args.page_recency}
    for kind in GUESS_KINDS:
        GUESS_KINDS[kind] = (GUESS_KINDS[kind] or kind in args.guess) and not args.no_guess
    kb = None if args.no_kb else _kb()
    print(f"office-holder KB: {'yes' if kb is not None else 'not available'}")
    score("example corpus (no metadata date)", example_docs(), kb, args.errors)
    for name, loader, folder in (("TBAQ (TimeBank+AQUAINT)", tbaq_docs, TBAQ), ("Timeline17", t17_docs, T17)):
        if not folder.is_dir():
            print(f"{name}: skipped: data absent")
            continue
        docs = loader()[: args.limit]
        for corpus in ((False, True) if args.corpus == "both" else (args.corpus == "on",)):
            res = score(name, docs, kb, args.errors, corpus)
            if args.ceiling:
                ceiling(f"{name} [corpus context {'on' if corpus else 'off'}]", docs, res["intervals"])
        if args.gaps:
            gaps(name, docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
