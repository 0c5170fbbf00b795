"""Scorer of the blind content set of session 16 (`eval/data/event_content_blind_s16.tsv`): what agreements,
promises, threats, demands, refusals, denials, plans and reported speech state, and which of their content acts
happened. Called by `eval/events.py --content-s16` (tune part; `--content-s16-errors` lists its misses and false
hits) and `--content-s16-measure` (tune, then the measure part's aggregate line only: never listed).

Each row lists every event its sentence states (see the file's header for the notation). Per sentence, our
events are matched one-to-one to the gold events on type + status (plain) and on type + status + source and
target countries (strict), required gold events first, then optional ones; a match with an optional event counts
nowhere. Precision = matched / (our events not matched to an optional one), recall = matched / required.
Row i (0-based, comments skipped) with i % 3 == 2 is the measure part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
import sys
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
import _tsv  # noqa: E402
from _matching import one_to_one  # noqa: E402
from chronicler.model import Document, Event  # noqa: E402

SET = Path(__file__).resolve().parent / "data" / "event_content_blind_s16.tsv"


@dataclass(frozen=True)
class Reading:
    """One accepted reading of a gold event: sets of types, statuses, sources and targets (None = any)."""

    types: frozenset[str]
    statuses: frozenset[str] | None
    sources: frozenset[str] | None
    targets: frozenset[str] | None


@dataclass(frozen=True)
class GoldEvent:
    """A gold event: its accepted readings and whether it is optional."""

    readings: tuple[Reading, ...]
    optional: bool
    text: str


def _field(value: str) -> frozenset[str] | None:
    return None if value == "*" else frozenset(value.split("|"))


def parse_gold(cell: str) -> list[GoldEvent]:
    """The gold events of one row's first column ("-" = none)."""
    if cell.strip() == "-":
        return []
    out = []
    for item in cell.split(" ; "):
        item = item.strip()
        optional = item.startswith("?")
        readings = []
        for alt in item.lstrip("?").split("||"):
            typ, status, src, tgt = alt.split("/")
            readings.append(Reading(frozenset(typ.split("|")), _field(status), _field(src), _field(tgt)))
        out.append(GoldEvent(tuple(readings), optional, item))
    return out


def read_rows(path: Path = SET) -> list[tuple[list[GoldEvent], str]]:
    """The set's rows: (gold events, text)."""
    return [(parse_gold(g), text) for g, text in _tsv.read_rows(path, 2)]


def country(actor) -> str:
    """An actor's country code as the set writes it: IGO for an international body, "-" for no actor."""
    if actor is None:
        return "-"
    if actor.country:
        return actor.country
    if actor.sector in ("IGO", "NGO") or actor.kind == "organization":
        return "IGO"
    return "?"


def _fits(r: Reading, ev: Event, strict: bool) -> bool:
    if ev.type not in r.types or (r.statuses is not None and ev.status not in r.statuses):
        return False
    if not strict:
        return True
    return ((r.sources is None or country(ev.source) in r.sources)
            and (r.targets is None or country(ev.target) in r.targets))


def fits(g: GoldEvent, ev: Event, strict: bool) -> bool:
    """Whether one of the gold event's readings accepts our event."""
    return any(_fits(r, ev, strict) for r in g.readings)


def _match(golds: list[GoldEvent], ours: list[Event], free: set[int], strict: bool) -> dict[int, int]:
    """Maximum one-to-one matching (gold index -> our index) among our events ``free`` (augmenting paths)."""
    return one_to_one(range(len(golds)), free, lambda gi, oi: fits(golds[gi], ours[oi], strict))


def match(golds: list[GoldEvent], ours: list[Event], strict: bool) -> tuple[dict[int, int], set[int]]:
    """Required gold events matched first, then optional ones on the rest: (required gold index -> our index,
    our indices taken by optional gold events)."""
    req = [i for i, g in enumerate(golds) if not g.optional]
    opt = [i for i, g in enumerate(golds) if g.optional]
    m_req = _match([golds[i] for i in req], ours, set(range(len(ours))), strict)
    left = set(range(len(ours))) - set(m_req.values())
    m_opt = _match([golds[i] for i in opt], ours, left, strict)
    return {req[g]: o for g, o in m_req.items()}, set(m_opt.values())


def describe(ev: Event, text: str) -> str:
    """Our event as a line prints it: TYPE/status/source/target [trigger]."""
    trig = next((text[s.start:s.end] for s in ev.provenance.spans if s.label == "trigger"), "")
    return f"{ev.type}/{ev.status}/{country(ev.source)}/{country(ev.target)} [{trig}]"


def score(annotate: Callable, part: str, show_errors: bool = False, path: Path = SET,
          name: str = "Content s16") -> Counter:
    """Score one part ("tune" or "measure") of the set at ``path``; print its line headed ``name`` (and the tune
    part's misses when asked)."""
    rows = [(i, r) for i, r in enumerate(read_rows(path)) if _tsv.row_part(i) == part]
    docs = [Document(id=f"{name.lower().replace(' ', '-')}-{i}", source="own", text=text) for i, (_g, text) in rows]
    annotated, _ = annotate(docs)
    c, lines = Counter(), []
    for (i, (golds, text)), ad in zip(rows, annotated):
        ours = list(ad.events)
        c["gold"] += sum(not g.optional for g in golds)
        for strict, key in ((False, "plain"), (True, "strict")):
            m_req, m_opt = match(golds, ours, strict)
            c[f"{key}_tp"] += len(m_req)
            c[f"{key}_ours"] += len(ours) - len(m_opt)
            if strict:
                continue
            missed = [g.text for gi, g in enumerate(golds) if not g.optional and gi not in m_req]
            extra = [describe(e, text) for oi, e in enumerate(ours) if oi not in m_req.values() and oi not in m_opt]
            if missed or extra:
                lines.append(f"    [{i}] missed: {'; '.join(missed) or '-'} | extra: {'; '.join(extra) or '-'}"
                             f"\n         ours: {'; '.join(describe(e, text) for e in ours) or '-'} | {text}")
    c["rows"] = len(rows)
    pr = lambda tp, n: tp / n if n else 0.0  # noqa: E731
    parts = []
    for key in ("plain", "strict"):
        p, r = pr(c[f"{key}_tp"], c[f"{key}_ours"]), pr(c[f"{key}_tp"], c["gold"])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        c[f"{key}_f1_x1000"] = round(f1 * 1000)
        parts.append(f"{key} P {c[f'{key}_tp']}/{c[f'{key}_ours']} = {p:.1%}, R {c[f'{key}_tp']}/{c['gold']} = "
                     f"{r:.1%}, F1 {f1:.3f}")
    print(f"{name} {part} ({len(rows)} rows, type + status): " + "; ".join(parts))
    if show_errors and part == "tune":
        print("\n".join(lines))
    return c
