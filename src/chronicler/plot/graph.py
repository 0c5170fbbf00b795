"""The actor-graph picture: actors sized by events, arrows source → target, width by event count,
colour by the dominant PLOVER quad class of the relation."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from chronicler.merge.features import QUAD_NAMES
from chronicler.plot.style import QUAD_COLOURS, quad_colour, use_agg


def _spread(pos: dict, min_dist: float = 0.32, rounds: int = 60) -> dict:
    """Push apart nodes closer than ``min_dist`` (layouts put small satellites on top of each other)."""
    import numpy as np

    names = list(pos)
    xy = np.array([pos[n] for n in names], dtype=float)
    for _ in range(rounds):
        moved = False
        for i in range(len(xy)):
            for j in range(i + 1, len(xy)):
                d = xy[j] - xy[i]
                dist = float(np.hypot(*d))
                if dist < min_dist:
                    step = (d / dist if dist > 1e-9 else np.array([1.0, 0.0])) * (min_dist - dist) / 2
                    xy[i] -= step
                    xy[j] += step
                    moved = True
        if not moved:
            break
    return {n: xy[k] for k, n in enumerate(names)}


def plot_graph(g: nx.DiGraph, out: str | Path, *, title: str = "Who acts on whom", max_nodes: int = 20,
               max_edges: int = 45) -> int:
    """Draw the actor graph (``timeline.graph.build_graph``) to ``out``; returns the number of nodes drawn.

    Only the ``max_nodes`` most active actors are drawn; when more than ``max_edges`` relations remain, the
    single-event ones are left out (the title says so). The JSON graph always has everything.
    """
    use_agg()
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    total = g.number_of_nodes()
    if total > max_nodes:
        keep = sorted(g.nodes, key=lambda n: -g.nodes[n]["events"])[:max_nodes]
        g = g.subgraph(keep).copy()
        title += f" (the {max_nodes} most active of {total} actors)"
    if g.number_of_edges() > max_edges:
        g.remove_edges_from([(u, v) for u, v, d in list(g.edges(data=True)) if d["events"] < 2])
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
        title += "; relations with one event not drawn"
    fig, ax = plt.subplots(figsize=(10, 8), dpi=120)
    ax.set_axis_off()
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events with two known actors yet", ha="center", va="center", color="#777")
    else:
        pos = _spread(nx.kamada_kawai_layout(g) if g.number_of_nodes() > 2 else nx.circular_layout(g))
        top = max(g.nodes[n]["events"] for n in g.nodes) or 1
        sizes = [350 + 2600 * (g.nodes[n]["events"] / top) ** 0.5 for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color="#eef2f7", edgecolors="#4a5568",
                               linewidths=1.2)
        ax.margins(0.12)
        edges = list(g.edges(data=True))
        colours = [quad_colour(max(QUAD_NAMES, key=lambda q: d[q]) if any(d[q] for q in QUAD_NAMES) else None)
                   for _, _, d in edges]
        most = max(d["events"] for _, _, d in edges) or 1
        widths = [1.0 + 7.0 * (d["events"] / most) ** 0.5 for _, _, d in edges]
        nx.draw_networkx_edges(g, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], width=widths,
                               edge_color=colours, arrows=True, arrowsize=16, node_size=sizes,
                               connectionstyle="arc3,rad=0.12", alpha=0.85)
        nx.draw_networkx_labels(g, pos, ax=ax, labels={n: g.nodes[n]["name"] for n in g.nodes}, font_size=9,
                                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
        edge_labels = {(u, v): str(d["events"]) for u, v, d in edges if d["events"] > 1 or len(edges) <= 20}
        nx.draw_networkx_edge_labels(g, pos, ax=ax, edge_labels=edge_labels, font_size=7, label_pos=0.4,
                                     connectionstyle="arc3,rad=0.12")
    handles = [Line2D([], [], color=c, lw=3, label=q) for q, c in QUAD_COLOURS.items() if q is not None]
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False,
               title="arrow: source → target · colour: dominant kind of relation · width and number: events (merged)",
               title_fontsize=8)
    fig.subplots_adjust(left=0.02, right=0.98, top=0.93, bottom=0.1)
    fig.savefig(out)
    plt.close(fig)
    return g.number_of_nodes()
