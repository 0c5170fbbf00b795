"""The timeline picture: one lane per actor pair, each event at its own date, coloured by quad class,
marker by status (filled: occurred; hollow: planned/expected), size by mention count, interval bars for
events known only to a month or a year, and the most reported events labelled with their summary."""

from __future__ import annotations

import textwrap
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from chronicler.plot.style import QUAD_COLOURS, STATUS_MARKERS, quad_colour, use_agg


def _lane(entry: dict[str, Any]) -> str:
    names = [entry[k]["name"] if entry.get(k) else "?" for k in ("source", "target")]
    return " – ".join(names) if any(n != "?" for n in names) else "(actors unknown)"


def plot_timeline(entries: list[dict[str, Any]], out: str | Path, *, title: str = "Events by their own date",
                  max_lanes: int = 12, max_labels: int = 12) -> int:
    """Draw timeline entries (``build_timeline`` output) to ``out`` (.png or .svg); returns events drawn."""
    use_agg()
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    dated = [e for e in entries if e.get("date")]
    lanes_count = Counter(_lane(e) for e in dated)
    lanes = [name for name, _ in lanes_count.most_common(max_lanes)]
    other = len(lanes_count) > max_lanes
    if other:
        lanes.append("other actors")
    y_of = {name: i for i, name in enumerate(reversed(lanes))}
    fig_h = max(3.2, 0.55 * len(lanes) + 2.2)
    fig, ax = plt.subplots(figsize=(12, fig_h), dpi=120)
    ax.set_facecolor("#fbfbfb")
    for y in y_of.values():
        ax.axhline(y, color="#e2e2e2", lw=0.8, zorder=0)
    drawn = 0
    labelled = sorted(dated, key=lambda e: -e["mentions"])[:max_labels]
    label_ids = {e["cluster"] for e in labelled}
    for e in dated:
        lane = _lane(e)
        y = y_of.get(lane, y_of.get("other actors"))
        if y is None:
            continue
        d = date.fromisoformat(e["date"])
        iv = e.get("interval") or {}
        colour = quad_colour(e.get("quad_class"))
        if iv.get("earliest") and iv.get("latest") and iv["earliest"] != iv["latest"]:
            lo, hi = date.fromisoformat(iv["earliest"]), date.fromisoformat(iv["latest"])
            ax.plot([lo, hi], [y, y], color=colour, lw=5, alpha=0.25, solid_capstyle="butt", zorder=1)
        marker, filled = STATUS_MARKERS.get(e.get("status"), ("o", True))
        size = 40 + 28 * min(e["mentions"], 12)
        ax.scatter([d], [y], s=size, marker=marker, facecolors=colour if filled else "white", edgecolors=colour,
                   linewidths=1.8, zorder=3)
        drawn += 1
    # Labels: alternate above/below the lane so neighbours do not overwrite each other.
    for i, e in enumerate(sorted(labelled, key=lambda e: e["date"])):
        y = y_of.get(_lane(e), y_of.get("other actors"))
        if y is None:
            continue
        text = textwrap.shorten(e.get("summary") or e["type"], 70, placeholder="…")
        dy = 0.32 if i % 2 == 0 else -0.32
        ax.annotate(f"{e['date']}  {text}", (date.fromisoformat(e["date"]), y), xytext=(6, dy * 40),
                    textcoords="offset points", fontsize=7.2, color="#333",
                    va="bottom" if dy > 0 else "top", ha="left",
                    arrowprops={"arrowstyle": "-", "color": "#999", "lw": 0.6})
    ax.set_yticks(list(y_of.values()), list(y_of.keys()), fontsize=8.5)
    ax.set_ylim(-0.8, len(lanes) - 0.2)
    if dated:
        days = [date.fromisoformat(e["date"]) for e in dated]
        span = max((max(days) - min(days)).days, 30)
        ax.set_xlim(min(days) - timedelta(days=span * 0.03 + 5), max(days) + timedelta(days=span * 0.25 + 5))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    undated = len(entries) - len(dated)
    ax.set_xlabel(f"own date of the event (marker size: number of reports; bars: known only to a month/year)"
                  + (f"; {undated} undated events not shown" if undated else ""), fontsize=8, color="#555")
    quad_handles = [Line2D([], [], marker="o", ls="", color=c, markersize=8, label=q)
                    for q, c in QUAD_COLOURS.items() if q is not None]
    statuses = sorted({e.get("status") for e in dated if e.get("status") in STATUS_MARKERS})
    status_handles = [Line2D([], [], marker=STATUS_MARKERS[s][0], ls="", markersize=8, color="#555",
                             markerfacecolor="#555" if STATUS_MARKERS[s][1] else "white", label=s) for s in statuses]
    ax.legend(handles=quad_handles + status_handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
              frameon=False, title="quad class / status", title_fontsize=8)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return drawn
