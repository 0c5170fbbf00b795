"""The in-memory merger: blocking index plus greedy best-match assignment of events to clusters.

Each event is compared only with the open clusters of its block — type family × unordered pair of actor
sides (country code, else actor id) × month bucket of its own date, with the neighbouring months and the
coarse/undated bucket — so the work per event is bounded and the pass is linear in the number of events.
Clusters can be closed (handed to ``on_close`` and forgotten) to keep memory bounded on long streams.
"""

from __future__ import annotations

import itertools
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chronicler.merge.features import SYMMETRIC_TYPES, event_words, family, jaccard, month_bucket, side, type_score
from chronicler.model import Actor, DateInterval, Event

#: Weights of the parts of the match score and the score an event needs to join a cluster.
DEFAULTS: dict[str, float] = {
    "w_actor": 0.30, "w_type": 0.15, "w_date": 0.20, "w_text": 0.35,
    "threshold": 0.60, "candidates_per_bucket": 50, "recent_per_family": 256, "top_words": 40,
    "target_date_text": 0.6, "target_date_days": 180,
}

#: Statuses of events that have not happened yet: their date is a target ("by 2014").
FUTURE_STATUSES = frozenset({"planned", "proposed", "expected"})

#: Statuses of events reported as having taken place.
REALISED_STATUSES = frozenset({"occurred", "ongoing"})


@dataclass
class ClusterState:
    """What the merger keeps of a cluster: enough to score a new event against it."""

    id: str
    type: str
    source: str | None = None
    target: str | None = None
    source_side: str = ""
    target_side: str = ""
    date: DateInterval | None = None
    loc_country: str | None = None
    loc_name: str | None = None
    words: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    key: tuple[Any, ...] | None = None
    _top: frozenset[str] | None = None

    @property
    def family(self) -> str:
        return family(self.type)

    def top_words(self, n: int) -> frozenset[str]:
        """The ``n`` most frequent content words of the members (cached until the next member)."""
        if self._top is None:
            self._top = frozenset(w for w, _ in self.words.most_common(n))
        return self._top

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready snapshot (persisted by the store layer between ingest runs)."""
        d = self.date
        return {"id": self.id, "type": self.type, "source": self.source, "target": self.target,
                "source_side": self.source_side, "target_side": self.target_side,
                "date": None if d is None else [_iso(d.earliest), _iso(d.latest), _iso(d.best), d.granularity],
                "loc_country": self.loc_country, "loc_name": self.loc_name, "words": dict(self.words),
                "types": dict(self.types), "members": list(self.members), "statuses": dict(self.statuses)}

    @staticmethod
    def from_json(data: dict[str, Any]) -> "ClusterState":
        """Rebuild a snapshot made by :meth:`to_json`."""
        d = data.get("date")
        interval = None if d is None else DateInterval(_day(d[0]), _day(d[1]), _day(d[2]), d[3])
        return ClusterState(data["id"], data["type"], data.get("source"), data.get("target"),
                            data.get("source_side", ""), data.get("target_side", ""), interval,
                            data.get("loc_country"), data.get("loc_name"), Counter(data.get("words", {})),
                            Counter(data.get("types", {})), list(data.get("members", [])),
                            Counter(data.get("statuses", {})))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def pair_of(a: str, b: str) -> tuple[str, str]:
    """The unordered pair of two actor sides."""
    return (a, b) if a <= b else (b, a)


class Merger:
    """Assigns events to clusters one at a time; see the module docstring for the blocking scheme."""

    def __init__(self, config: dict[str, Any] | None = None, *, max_open: int | None = None,
                 on_close: Callable[[ClusterState], None] | None = None,
                 new_id: Callable[[Event], str] | None = None):
        self.cfg = {**DEFAULTS, **(config or {})}
        self.max_open = max_open
        self.on_close = on_close
        self.new_id = new_id or (lambda e: f"c-{e.id}")
        self.clusters: OrderedDict[str, ClusterState] = OrderedDict()
        self.blocks: dict[tuple[str, tuple[str, str]], dict[int | None, dict[str, None]]] = {}
        self.pairs_by_side: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self.recent: dict[str, OrderedDict[str, None]] = {}
        self.changed: set[str] = set()
        self.compared = 0

    # ------------------------------------------------------------------------------------------ public

    def load(self, states: Iterable[ClusterState]) -> None:
        """Open existing clusters (from the store) so that new events can join them."""
        for c in states:
            if c.id not in self.clusters:
                self.clusters[c.id] = c
                self._index(c)

    def add(self, event: Event, published: date | None = None) -> str:
        """Put ``event`` into its best matching open cluster (or a new one) and return the cluster id.

        ``published`` (the report's date) lets a shared far-future target date count as evidence.
        """
        words = event_words(event)
        best, best_score = None, self.cfg["threshold"]
        for c in self.candidates(event):
            self.compared += 1
            s = self.score(event, words, c, published)
            if s is not None and s >= best_score:
                best, best_score = c, s
        if best is None:
            best = ClusterState(self.new_id(event), event.type)
            self.clusters[best.id] = best
        else:
            self._unindex(best)
            self.clusters.move_to_end(best.id)
        self._absorb(best, event, words)
        self._index(best)
        self.changed.add(best.id)
        if self.max_open is not None and len(self.clusters) > self.max_open:
            self._close_oldest(len(self.clusters) - self.max_open)
        return best.id

    def candidates(self, event: Event) -> list[ClusterState]:
        """The open clusters of the event's block and its neighbours (bounded in number)."""
        fam = family(event.type)
        a, b = side(event.source), side(event.target)
        bucket = month_bucket(event.date)
        if a and b:
            pairs = {pair_of(a, b), pair_of("", a), pair_of("", b)}
        elif a or b:
            known = a or b
            pairs = {pair_of("", known)} | self.pairs_by_side.get((fam, known), set())
        else:
            pairs = {("", "")}
        n = int(self.cfg["candidates_per_bucket"])
        seen: dict[str, ClusterState] = {}
        for p in pairs:
            by_bucket = self.blocks.get((fam, p))
            if not by_bucket:
                continue
            keys = [bucket - 1, bucket, bucket + 1, None] if bucket is not None else list(by_bucket)
            for k in keys:
                ids = by_bucket.get(k)
                if ids:
                    for cid in itertools.islice(reversed(ids), n):
                        seen.setdefault(cid, self.clusters[cid])
        if not (a or b):  # no actors: compare with the family's most recent clusters (text and date must carry it)
            for cid in itertools.islice(reversed(self.recent.get(fam, {})), int(self.cfg["recent_per_family"])):
                seen.setdefault(cid, self.clusters[cid])
        return list(seen.values())

    def score(self, event: Event, words: frozenset[str], c: ClusterState, published: date | None = None) -> float | None:
        """How well ``event`` fits cluster ``c`` (None when they cannot denote the same event).

        A plan's target date stated explicitly and far ahead of the report ("completed by 2014" in a 2006
        report), equal to the cluster's, stands in for text similarity (``target_date_text``): reports of one
        plan word it differently but repeat its deadline.
        """
        ts = type_score(event.type, c.type)
        if ts == 0.0:
            return None
        actor = _actor_score(event, c)
        if actor is None:
            return None
        if not status_fits(event.status, c.statuses) or _new_plan_after(event, c, published):
            return None
        date_s = _date_score(event.date, c.date)
        if date_s is None:
            return None
        loc = event.location
        if loc is not None and loc.country and c.loc_country and loc.country != c.loc_country:
            return None
        text = jaccard(words, c.top_words(int(self.cfg["top_words"])))
        if self._target_date(event, c, published):
            text = max(text, self.cfg["target_date_text"])
        if not (event.source or event.target or c.source or c.target) and text < 0.2:
            return None  # nothing but type and date in common: not enough to call it one event
        cfg = self.cfg
        return cfg["w_actor"] * actor + cfg["w_type"] * ts + cfg["w_date"] * date_s + cfg["w_text"] * text

    def _target_date(self, e: Event, c: ClusterState, published: date | None) -> bool:
        d, cd = e.date, c.date
        if published is None or d is None or cd is None or e.status not in FUTURE_STATUSES:
            return False
        if d.earliest is None or d.latest is None or (d.earliest, d.latest) != (cd.earliest, cd.latest):
            return False
        return (d.earliest - published).days > self.cfg["target_date_days"]

    def close_all(self) -> None:
        """Close every open cluster (each handed to ``on_close``)."""
        self._close_oldest(len(self.clusters))

    # ------------------------------------------------------------------------------------------ internals

    def _absorb(self, c: ClusterState, e: Event, words: frozenset[str]) -> None:
        c.members.append(e.id)
        c.statuses[e.status or "occurred"] += 1
        c.types[e.type] += 1
        c.type = c.types.most_common(1)[0][0]
        swapped = _swapped(e, c)
        src, tgt = (e.target, e.source) if swapped else (e.source, e.target)
        if c.source is None and src is not None:
            c.source, c.source_side = src.id, side(src)
        elif src is not None and c.source.startswith("country:") and not src.id.startswith("country:"):
            c.source = src.id  # a named actor is more specific than its country
        if c.target is None and tgt is not None:
            c.target, c.target_side = tgt.id, side(tgt)
        elif tgt is not None and c.target.startswith("country:") and not tgt.id.startswith("country:"):
            c.target = tgt.id
        if e.date is not None:
            if c.date is None:
                c.date = DateInterval(e.date.earliest, e.date.latest, e.date.best, e.date.granularity)
            else:
                inter = c.date.intersect(e.date)
                if inter is not None:
                    c.date = DateInterval(inter.earliest, inter.latest, inter.best, inter.granularity)
        if e.location is not None:
            c.loc_country = c.loc_country or e.location.country
            c.loc_name = c.loc_name or e.location.name
        c.words.update(words)
        c._top = None

    def _key(self, c: ClusterState) -> tuple[Any, ...]:
        return (c.family, pair_of(c.source_side, c.target_side), month_bucket(c.date))

    def _index(self, c: ClusterState) -> None:
        fam, pair, bucket = c.key = self._key(c)
        self.blocks.setdefault((fam, pair), {}).setdefault(bucket, {})[c.id] = None
        for s in pair:
            if s:
                self.pairs_by_side.setdefault((fam, s), set()).add(pair)
        recent = self.recent.setdefault(fam, OrderedDict())
        recent[c.id] = None
        recent.move_to_end(c.id)
        if len(recent) > 4 * int(self.cfg["recent_per_family"]):
            for _ in range(len(recent) - int(self.cfg["recent_per_family"])):
                recent.popitem(last=False)

    def _unindex(self, c: ClusterState) -> None:
        if c.key is None:
            return
        fam, pair, bucket = c.key
        by_bucket = self.blocks.get((fam, pair), {})
        ids = by_bucket.get(bucket, {})
        ids.pop(c.id, None)
        if not ids:
            by_bucket.pop(bucket, None)
        if not by_bucket:
            self.blocks.pop((fam, pair), None)
            for s in pair:
                if s:
                    pairs = self.pairs_by_side.get((fam, s))
                    if pairs is not None:
                        pairs.discard(pair)
                        if not pairs:
                            del self.pairs_by_side[(fam, s)]
        self.recent.get(fam, {}).pop(c.id, None)
        c.key = None

    def _close_oldest(self, n: int) -> None:
        for _ in range(n):
            _, c = self.clusters.popitem(last=False)
            self._unindex(c)
            self.changed.discard(c.id)
            if self.on_close is not None:
                self.on_close(c)


def status_fits(status: str | None, statuses: Counter) -> bool:
    """Whether an event of ``status`` can be one happening with a cluster whose members have ``statuses``.

    A threat or possibility ("would cut gas if ...") is never the happening it threatens: hypothetical events
    only join hypothetical clusters. A negation joins only plans or negations (a plan called off), never a
    cluster of what took place ("did not hold a news conference" after "met"), and what took place never joins
    a negation (the talks called off are not the brief encounter of the same two that month). A cluster stored
    before statuses were kept (empty counter) accepts anything.
    """
    if not statuses:
        return True
    status = status or "occurred"
    have = set(statuses)
    if (status == "hypothetical") != ("hypothetical" in have):
        return False
    if status == "negated":
        return not have & REALISED_STATUSES
    if status in REALISED_STATUSES and "negated" in have:
        return False
    return True


def _new_plan_after(e: Event, c: ClusterState, published: date | None) -> bool:
    """A plan still ahead of its report ("later this month") is not a cluster whose date ended before the report."""
    d, cd = e.date, c.date
    if published is None or e.status not in FUTURE_STATUSES or d is None or cd is None:
        return False
    return d.latest is not None and d.latest >= published and cd.latest is not None and cd.latest < published


def _same(a: Actor | None, cid: str | None, cside: str) -> float | None:
    """1 same actor, 0.8 same country where one side is the country itself, 0.5 unknown, None different."""
    if a is None or cid is None:
        return 0.5
    if a.id == cid:
        return 1.0
    if side(a) == cside and (a.id.startswith("country:") or cid.startswith("country:")):
        return 0.8
    return None


def _pair_score(src: Actor | None, tgt: Actor | None, c: ClusterState) -> float | None:
    s = _same(src, c.source, c.source_side)
    t = _same(tgt, c.target, c.target_side)
    if s is None or t is None:
        return None
    return (s + t) / 2


def _actor_score(e: Event, c: ClusterState) -> float | None:
    straight = _pair_score(e.source, e.target, c)
    if e.type in SYMMETRIC_TYPES or c.type in SYMMETRIC_TYPES:
        crossed = _pair_score(e.target, e.source, c)
        if crossed is not None and (straight is None or crossed > straight):
            return crossed
    return straight


def _swapped(e: Event, c: ClusterState) -> bool:
    if not (e.type in SYMMETRIC_TYPES or c.type in SYMMETRIC_TYPES):
        return False
    straight = _pair_score(e.source, e.target, c)
    crossed = _pair_score(e.target, e.source, c)
    return crossed is not None and (straight is None or crossed > straight)


def _date_score(a: DateInterval | None, b: DateInterval | None) -> float | None:
    if a is None or b is None or (a.earliest is None and a.latest is None) or (b.earliest is None and b.latest is None):
        return 0.5
    if a.granularity == "day" and b.granularity == "day" and a.best and b.best and a.best != b.best:
        return None  # two different known days are two events
    inter = a.intersect(b)
    if inter is None:
        return None
    width = inter.width_days()
    if width is not None and width <= 1:
        return 1.0
    if width is not None and width <= 31:
        return 0.8
    return 0.6
