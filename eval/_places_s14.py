"""Scorer of the blind places set of session 14 (`eval/data/places_blind_s14.tsv`), called by `eval/events.py
--places-s14` (tune part; `--places-s14-errors` lists its misses) and `--places-s14-measure` (tune, then the
measure part's aggregate line only: its rows are never listed).

Each row is one short report: an optional dateline, an optional lead sentence, then the sentence scored. The main
event among the events whose trigger lies in that sentence is scored for its location (place name, country, or no
location at all), and the row's actor span for its country (the coded actor overlapping the span, on the report's
date). Rows are numbered from 0 in file order; row i with i % 3 == 2 is the measure part.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Callable

import _tsv
from _codes import same_code
from _event_precision import actor_country as _actor_code
from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.events.main import main_event
from chronicler.model import DateInterval, Document

SET = Path(__file__).resolve().parent / "data" / "places_blind_s14.tsv"


def read_rows(path: Path = SET) -> list[tuple[str, ...]]:
    """The set's data rows (eight tab-separated fields each; # comments and blank lines skipped)."""
    return _tsv.read_rows(path, 8)


def report_text(dateline: str, lead: str, sentence: str) -> tuple[str, int]:
    """The report's text and the offset of the scored sentence in it."""
    head = f"{dateline} (AP) - " if dateline != "-" else ""
    head += f"{lead} " if lead != "-" else ""
    return head + sentence, len(head)


def _actor_ok(actor, expected: str) -> bool:
    """An actor's country against the expected alternatives ("-" = no country; "IGO" also for a body's sector)."""
    want = {None if x == "-" else same_code(x) for x in expected.split("|")}
    if actor is not None and actor.country and {"IGO", "NATO", "OPEC"} & set(expected.split("|")):
        if actor.sector == "IGO" or actor.country in ("IGO", "NATO", "OPEC"):
            return True
    return _actor_code(actor) in want


def score(annotate: Callable, place_matches: Callable, part: str, show_misses: bool = False) -> Counter:
    """Score one part ("tune" or "measure") of the set; print its line (and the tune part's misses when asked)."""
    rows = [(i, r) for i, r in enumerate(read_rows()) if _tsv.row_part(i) == part]
    docs, offsets = [], []
    for i, (day, line, lead, sentence, *_rest) in rows:
        text, off = report_text(line, lead, sentence)
        offsets.append((off, len(text)))
        docs.append(Document(id=f"places-s14-{i}", source="own", text=text,
                             published=DateInterval.day(date.fromisoformat(day))))
    annotated, _ = annotate(docs)
    c, misses = Counter(), []
    for (i, (day, line, lead, sentence, place, country, span, actor_country)), ad, (lo, hi) in zip(
            rows, annotated, offsets):
        mine = [e for e in ad.events
                if any(s.label == "trigger" and lo <= s.start < hi for s in e.provenance.spans)]
        ev = main_event(mine, ad.nlp)
        loc = ev.location if ev else None
        got = f"{loc.name}/{loc.country}" if loc else "none"
        c["rows"] += 1
        c["no_event"] += ev is None
        ok = True
        if place == "-" and country == "-":
            c["none_rows"] += 1
            ok = loc is None
            c["none_ok"] += ok
        else:
            ok_place = place == "-" or (loc is not None and place_matches(loc.name, place))
            ok_country = country == "-" or (
                loc is not None and loc.country in [same_code(x) for x in country.split("|")])
            c["place_rows"] += place != "-"
            c["place"] += place != "-" and ok_place
            c["country_rows"] += country != "-"
            c["country"] += country != "-" and ok_country
            ok = ok_place and ok_country
        got_actor = ""
        if span != "-":
            a = lo + sentence.find(span)
            actor = actor_at(ad, a, a + len(span), date.fromisoformat(day)) or place_as_actor(ad, a, a + len(span))
            ok_actor = _actor_ok(actor, actor_country)
            c["actor_rows"] += 1
            c["actor"] += ok_actor
            got_actor = f"; actor {span!r} want {actor_country}, ours {_actor_code(actor) or '-'}"
            ok = ok and ok_actor
        c["all"] += ok
        if not ok:
            misses.append(f"    [{i}] want {place}/{country}, ours {got} [{ev.trigger if ev else 'no event'}]"
                          f"{got_actor} | {line} | {sentence}")
    pct = lambda a, b: f"{c[a]}/{c[b]} = {c[a] / max(1, c[b]):.1%}"  # noqa: E731
    print(f"Places s14 {part} ({c['rows']} rows): all right {pct('all', 'rows')}; place {pct('place', 'place_rows')}, "
          f"country {pct('country', 'country_rows')}, no location where none applies {pct('none_ok', 'none_rows')}, "
          f"actor country {pct('actor', 'actor_rows')}; without an event {c['no_event']}")
    if show_misses and part == "tune":
        print("\n".join(misses))
    return c
