"""Events on REAL news sentences: our two standoff golds of Timeline17 sentences (run by ``make eval``).

Golds: set A ``eval/data/t17_events_gold.tsv`` (260 sentences, EgyptianProtest_cnn and haiti_bbc; session 7) and
set B ``eval/data/t17_events_gold_b.tsv`` (180 sentences of the six other topics; session 14), format in their
headers, samples drawn by ``eval/_t17_sample.py [--set b]``: every event each sentence states in PLOVER terms, with
accepted source/target codes and statuses; optional events are neither misses nor false hits. The articles are run WHOLE through the default pipeline (their publication day as
the report date); an event of ours belongs to a gold sentence when its trigger starts inside the sentence's span.

Per part (TUNE: its misses may be listed with ``--misses``; MEASURE: scored only, never listed), with the one-to-one
matching of ``_event_precision.match``: precision and recall by type in the sentence, and with source and target
countries; status right among the type matches; per-type counts for the tune part only.

    python eval/events_news.py [--set a|b] [--misses] [--part tune|measure]   (default: both sets, each printed)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))
SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
GOLD = ROOT / "eval" / "data" / "t17_events_gold.tsv"
GOLDS = {"a": GOLD, "b": ROOT / "eval" / "data" / "t17_events_gold_b.tsv"}

from _event_precision import actor_country, match  # noqa: E402
from _t17_sample import part_of, sentence_hash  # noqa: E402
from _t17 import articles_by_key  # noqa: E402


@dataclass(frozen=True)
class GoldRow:
    """One gold sentence: where it is, and its events (dicts: ``type`` "A|B", ``source``/``target`` accepted codes
    (None = no actor, "*" = any), ``status`` accepted statuses, ``optional``)."""

    topic: str
    article: str
    start: int
    end: int
    digest: str
    events: tuple[dict, ...]

    @property
    def part(self) -> str:
        return part_of(self.topic, self.article)


def _codes(field: str) -> list[str | None]:
    return [None if c == "-" else c for c in field.split(",") if c]


def parse_events(field: str) -> tuple[dict, ...]:
    """The events column: "none" or "; "-separated ``TYPE[|TYPE][?]:SRC>TGT:STATUS[|STATUS]``."""
    if field.strip() == "none":
        return ()
    out = []
    for item in field.split(";"):
        typ, roles, status = item.strip().split(":")
        src, tgt = roles.split(">")
        out.append({"type": typ.rstrip("?"), "optional": typ.endswith("?"), "source": _codes(src),
                    "target": _codes(tgt), "status": status.split("|")})
    return tuple(out)


def read_gold(path: Path = GOLD) -> list[GoldRow]:
    """The gold rows of a standoff file (comment lines start with "#")."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            raise ValueError(f"{path.name}:{n}: 6 tab-separated columns expected")
        topic, art, a, b, digest, events = cols
        rows.append(GoldRow(topic, art, int(a), int(b), digest, parse_events(events)))
    return rows


def check_drift(rows: list[GoldRow], texts: dict[tuple[str, str], str]) -> None:
    """Raise when a gold sentence's text no longer hashes to its recorded digest (the corpus changed)."""
    for r in rows:
        got = sentence_hash(texts[(r.topic, r.article)][r.start:r.end])
        if got != r.digest:
            raise ValueError(f"{r.topic}/{r.article} {r.start}-{r.end}: sentence hash {got} != gold {r.digest}")


def _role_ok(codes: list, actor) -> bool:
    return "*" in codes or actor_country(actor) in codes


def ok_type(ge: dict, event) -> bool:
    """Our event has one of the gold event's types."""
    return event.type in ge["type"].split("|")


def ok_strict(ge: dict, event) -> bool:
    """Type, source and target country right (a meeting or a reciprocal act may stand either way round)."""
    if not ok_type(ge, event):
        return False
    if _role_ok(ge["source"], event.source) and _role_ok(ge["target"], event.target):
        return True
    either = event.type == "CONSULT" or "reciprocal" in event.context
    return either and _role_ok(ge["target"], event.source) and _role_ok(ge["source"], event.target)


def trigger_start(event) -> int:
    """Where an event's trigger starts in the document text."""
    return next((s.start for s in event.provenance.spans if s.label == "trigger"), -1)


def score(rows: list[GoldRow], ours: list[list]) -> tuple[Counter, list[tuple[str, GoldRow, object]]]:
    """Counts (``ours``, ``req``, ``tp_type``, ``rec_type``, ``tp_strict``, ``rec_strict``, ``status``, per-type
    ``gold:T``/``found:T``/``pred:T``/``fp:T``) over gold rows and our events of each row, and the errors:
    ("miss", row, gold event), ("fp", row, our event), ("roles", row, our event matched on type only),
    ("status", row, our event)."""
    c: Counter = Counter()
    errors: list[tuple[str, GoldRow, object]] = []
    for row, evs in zip(rows, ours):
        gold = list(row.events)
        c["ours"] += len(evs)
        c["req"] += sum(1 for g in gold if not g["optional"])
        m_type = match(gold, evs, ok_type)
        m_strict = match(gold, evs, ok_strict)
        for key, m in (("type", m_type), ("strict", m_strict)):
            c[f"tp_{key}"] += len(m)
            c[f"rec_{key}"] += sum(1 for gi in m if not gold[gi]["optional"])
        for gi, oi in m_type.items():
            c["status_n"] += 1
            if evs[oi].status in gold[gi]["status"]:
                c["status"] += 1
            else:
                errors.append(("status", row, evs[oi]))
            if gi not in m_strict:
                errors.append(("roles", row, evs[oi]))
        for gi, g in enumerate(gold):
            if not g["optional"]:
                c[f"gold:{g['type']}"] += 1
                if gi in m_type:
                    c[f"found:{g['type']}"] += 1
                else:
                    errors.append(("miss", row, g))
        used = set(m_type.values())
        for oi, e in enumerate(evs):
            c[f"pred:{e.type}"] += 1
            if oi not in used:
                c[f"fp:{e.type}"] += 1
                errors.append(("fp", row, e))
    return c, errors


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.1%}" if b else f"{a}/0"


def report(part: str, rows: list[GoldRow], c: Counter) -> list[str]:
    """The figure lines of one part."""
    n_art = len({(r.topic, r.article) for r in rows})
    return [f"  {part} ({len(rows)} sentences, {n_art} articles): ours {c['ours']}, gold {c['req']} required; "
            f"type in sentence: precision {_pct(c['tp_type'], c['ours'])}, recall {_pct(c['rec_type'], c['req'])}; "
            f"with source+target countries: precision {_pct(c['tp_strict'], c['ours'])}, recall "
            f"{_pct(c['rec_strict'], c['req'])}; status right among type matches {_pct(c['status'], c['status_n'])}"]


def per_type(c: Counter) -> list[str]:
    """Per-type counts: required gold, found, ours, our false hits."""
    types = sorted({k.split(":", 1)[1] for k in c if ":" in k})
    return ["  tune per type (gold found/required, ours, false hits): " + ", ".join(
        f"{t} {c[f'found:{t}']}/{c[f'gold:{t}']} {c[f'pred:{t}']} {c[f'fp:{t}']}" for t in types)]


def _codes_text(codes: list) -> str:
    return ",".join("-" if x is None else x for x in codes)


def _fmt_gold(g: dict) -> str:
    opt = "?" if g["optional"] else ""
    return f"{g['type']}{opt}:{_codes_text(g['source'])}>{_codes_text(g['target'])}:{'|'.join(g['status'])}"


def _fmt_event(e, text: str) -> str:
    trig = next((text[s.start:s.end] for s in e.provenance.spans if s.label == "trigger"), e.trigger)
    return f"{e.type}/{e.status} [{trig}] {actor_country(e.source)}->{actor_country(e.target)}"


def annotate(rows: list[GoldRow], arts: dict[tuple[str, str], dict]):
    """Run the default pipeline over the gold rows' articles; our events per row."""
    from chronicler.model import DateInterval, Document
    from chronicler.pipeline import AnnotatedDocument, Pipeline

    keys = sorted({(r.topic, r.article) for r in rows})
    docs = []
    for topic, art in keys:
        a = arts[(topic, art)]
        pub = DateInterval.day(date.fromisoformat(a["time"])) if a.get("time") else None
        docs.append(AnnotatedDocument(Document(id=f"{topic}/{art}", source=topic, text=a["text"], published=pub)))
    done = {}
    for ad in Pipeline.default().pipe(docs, batch_size=16):
        topic, art = ad.document.id.split("/", 1)
        if ad.document.text != arts[(topic, art)]["text"]:
            raise ValueError(f"{ad.document.id}: the pipeline changed the document text; offsets would not hold")
        done[(topic, art)] = ad
    return [[e for e in done[(r.topic, r.article)].events if r.start <= trigger_start(e) < r.end] for r in rows]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: unknown flags are an error, so a typo or ``--help`` never scores the measure part."""
    ap = argparse.ArgumentParser(description="Events on real news: our standoff Timeline17 gold (tune and measure parts).")
    ap.add_argument("--part", choices=("tune", "measure"), default=None,
                    help="score one part only (the measure part is scored, never listed)")
    ap.add_argument("--misses", action="store_true", help="list the tune part's misses and false hits")
    ap.add_argument("--set", choices=tuple(GOLDS), default=None, dest="gold_set",
                    help="score one gold set only (default: both, each printed)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    t17 = SHARED / "eval" / "timeline17"
    if not t17.exists():
        print("skipped: data absent")
        return 0
    for name, path in GOLDS.items():
        if args.gold_set in (None, name):
            score_set(name, path, t17, args)
    return 0


def score_set(name: str, path: Path, t17: Path, args: argparse.Namespace) -> None:
    """Run and print one gold set's parts (tune first; the measure part scored only, never listed)."""
    rows = read_gold(path)
    arts = articles_by_key({r.topic for r in rows}, t17)
    check_drift(rows, {k: a["text"] for k, a in arts.items()})
    ours = annotate(rows, arts)
    print(f"Timeline17 events, set {name.upper()} ({path.name}: {len(rows)} real news sentences, our standoff gold; "
          "tune = listed with --misses, measure = scored only)")
    only = args.part
    for part in ("tune", "measure"):
        if only and part != only:
            continue
        idx = [i for i, r in enumerate(rows) if r.part == part]
        c, errors = score([rows[i] for i in idx], [ours[i] for i in idx])
        print("\n".join(report(part, [rows[i] for i in idx], c)))
        if part != "tune":
            continue
        print("\n".join(per_type(c)))
        if args.misses:
            for kind, row, x in errors:
                text = arts[(row.topic, row.article)]["text"]
                what = _fmt_gold(x) if kind == "miss" else _fmt_event(x, text)
                gold = "; ".join(_fmt_gold(g) for g in row.events) or "none"
                print(f"    {kind:6} {row.topic[:5]}/{row.article}: {what} (gold: {gold}) | "
                      f"{' '.join(text[row.start:row.end].split())}")


if __name__ == "__main__":
    sys.exit(main())
