"""The actor graph: actors as nodes, directed edges weighted by events and by PLOVER quad class."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from chronicler.merge.features import QUAD_CLASSES, QUAD_NAMES
from chronicler.model import EventCluster
from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.queries import _reader
from chronicler.timeline.build import load_clusters


def actor_graph(clusters: Iterable[EventCluster]) -> nx.DiGraph:
    """A directed graph source → target over clusters that have both actors.

    Nodes carry ``name, kind, country, sector, events``; edges carry ``events`` (clusters: real-world events),
    ``mentions`` (reports), one count per quad class (``verbal cooperation`` ...) and ``types`` (counts by type).
    """
    g = nx.DiGraph()
    for c in clusters:
        if c.source is None or c.target is None or c.source.id == c.target.id:
            continue
        for a in (c.source, c.target):
            if a.id not in g:
                g.add_node(a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, events=0)
            g.nodes[a.id]["events"] += 1
        if not g.has_edge(c.source.id, c.target.id):
            g.add_edge(c.source.id, c.target.id, events=0, mentions=0, types={}, **{q: 0 for q in QUAD_NAMES})
        e = g.edges[c.source.id, c.target.id]
        e["events"] += 1
        e["mentions"] += c.mention_count
        e["types"][c.type] = e["types"].get(c.type, 0) + 1
        quad = QUAD_CLASSES.get(c.type)
        if quad:
            e[quad[1]] += 1
    return g


def graph_json(g: nx.DiGraph) -> dict[str, Any]:
    """The JSON contract of the actor graph: ``{"nodes": [{id, name, ...}], "edges": [{source, target, ...}]}``."""
    nodes = [{"id": n, **attrs} for n, attrs in sorted(g.nodes(data=True), key=lambda x: -x[1]["events"])]
    edges = [{"source": u, "target": v, **attrs, "types": dict(sorted(attrs["types"].items()))}
             for u, v, attrs in sorted(g.edges(data=True), key=lambda x: (-x[2]["events"], x[0], x[1]))]
    return {"nodes": nodes, "edges": edges}


def build_graph(db: str | Path = DEFAULT_DB, *, store: Store | None = None, min_events: int = 1) -> nx.DiGraph:
    """The actor graph of a store's clusters (edges with fewer than ``min_events`` events dropped)."""
    with _reader(db, store) as st:
        g = actor_graph(load_clusters(st))
    weak = [(u, v) for u, v, d in g.edges(data=True) if d["events"] < min_events]
    g.remove_edges_from(weak)
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    return g
