"""The actor-graph picture: actors sized by events, arrows source → target, width by event count,
colour by the dominant PLOVER quad class of the relation."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from chronicler.merge.features import QUAD_NAMES
from chronicler.plot.style import QUAD_COLOURS, quad_colour, use_agg


def plot_graph(g: nx.DiGraph, out: str | Path, *, title: str = "Who acts on whom", max_nodes: int = 40) -> int:
    """Draw the actor graph (``timeline.graph.build_graph``) to ``out``; returns the number of nodes drawn."""
    use_agg()
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: -g.nodes[n]["events"])[:max_nodes]
        g = g.subgraph(keep).copy()
    fig, ax = plt.subplots(figsize=(10, 8), dpi=120)
    ax.set_axis_off()
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events with two known actors yet", ha="center", va="center", color="#777")
    else:
        pos = nx.kamada_kawai_layout(g) if g.number_of_nodes() > 2 else nx.circular_layout(g)
        sizes = [300 + 220 * g.nodes[n]["events"] for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color="#eef2f7", edgecolors="#4a5568",
                               linewidths=1.2)
        edges = list(g.edges(data=True))
        colours = [quad_colour(max(QUAD_NAMES, key=lambda q: d[q]) if any(d[q] for q in QUAD_NAMES) else None)
                   for _, _, d in edges]
        widths = [1.2 + 1.4 * d["events"] for _, _, d in edges]
        nx.draw_networkx_edges(g, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], width=widths,
                               edge_color=colours, arrows=True, arrowsize=16, node_size=sizes,
                               connectionstyle="arc3,rad=0.12", alpha=0.85)
        nx.draw_networkx_labels(g, pos, ax=ax, labels={n: g.nodes[n]["name"] for n in g.nodes}, font_size=9)
        edge_labels = {(u, v): str(d["events"]) for u, v, d in edges if d["events"] > 1}
        nx.draw_networkx_edge_labels(g, pos, ax=ax, edge_labels=edge_labels, font_size=7, label_pos=0.4,
                                     connectionstyle="arc3,rad=0.12")
    handles = [Line2D([], [], color=c, lw=3, label=q) for q, c in QUAD_COLOURS.items() if q is not None]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False,
              title="dominant kind of relation (width: events)", title_fontsize=8)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return g.number_of_nodes()
