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
    """One lane per unordered actor pair (an unknown side shown as "?")."""
    names = [entry[k]["name"] if entry.get(k) else "?" for k in ("source", "target")]
    if all(n == "?" for n in names):
        return "(actors unknown)"
    known = sorted(n for n in names if n != "?")
    return " – ".join(known + ["?"] * (2 - len(known))) if len(set(names)) > 1 else f"{names[0]} (internal)"


def plot_timeline(entries: list[dict[str, Any]], out: str | Path, *, title: str = "Events by their own date",
                  max_lanes: int = 12, max_labels: int = 12) -> int:
    """Draw timeline entries (``build_timeline`` output) to ``out`` (.png or .svg); returns events drawn."""
    use_agg()
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    dated = [e for e in entries if e.get("day")]
    lane_of = _lane
    if len({_lane(e) for e in dated}) <= 2:  # one actor pair: lanes by event type read better
        lane_of = lambda e: e["type"].lower()  # noqa: E731
    lanes_count = Counter(lane_of(e) for e in dated)
    lanes = [name for name, _ in lanes_count.most_common(max_lanes)]
    other = len(lanes_count) > max_lanes
    if other:
        lanes.append("other actors")
    y_of = {name: i for i, name in enumerate(reversed(lanes))}
    n_keys = min(max_labels, len(dated))
    fig_h = max(3.2, 0.42 * len(lanes) + 1.8) + 0.17 * n_keys
    fig = plt.figure(figsize=(13, fig_h), dpi=120)
    key_h = (0.17 * n_keys + 0.35) / fig_h
    ax = fig.add_axes((0.17, key_h + 0.06, 0.64, 1 - key_h - 0.11))
    ax.set_facecolor("#fbfbfb")
    for y in y_of.values():
        ax.axhline(y, color="#e2e2e2", lw=0.8, zorder=0)
    drawn = 0
    labelled = sorted(dated, key=lambda e: -e["mentions"])[:max_labels]
    label_ids = {e["cluster"] for e in labelled}
    for e in dated:
        y = y_of.get(lane_of(e), y_of.get("other actors"))
        if y is None:
            continue
        d = date.fromisoformat(e["day"])
        iv = e.get("date") or {}
        colour = quad_colour(e.get("quad_class"))
        if iv.get("earliest") and iv.get("latest") and iv["earliest"] != iv["latest"]:
            lo, hi = date.fromisoformat(iv["earliest"]), date.fromisoformat(iv["latest"])
            ax.plot([lo, hi], [y, y], color=colour, lw=5, alpha=0.25, solid_capstyle="butt", zorder=1)
        marker, filled = STATUS_MARKERS.get(e.get("status"), ("o", True))
        size = 40 + 28 * min(e["mentions"], 12)
        ax.scatter([d], [y], s=size, marker=marker, facecolors=colour if filled else "white", edgecolors=colour,
                   linewidths=1.8, zorder=3)
        drawn += 1
    # The most reported events get a number next to their marker and a line in the key under the plot.
    key_lines = []
    last: dict[float, date] = {}
    flip = False
    for i, e in enumerate(sorted(labelled, key=lambda e: e["day"]), start=1):
        y = y_of.get(lane_of(e), y_of.get("other actors"))
        if y is None:
            continue
        d = date.fromisoformat(e["day"])
        # Numbers of events close together on one lane alternate above/below their markers.
        flip = not flip if y in last and (d - last[y]).days < 120 else False
        last[y] = d
        ax.annotate(str(i), (d, y), xytext=(0, -11 if flip else 9), textcoords="offset points", ha="center",
                    va="top" if flip else "bottom", fontsize=7.5, fontweight="bold", color="#222")
        text = textwrap.shorten(e.get("summary") or e["type"], 105, placeholder="…")
        key_lines.append(f"{i:>2}  {e['day']}  {e['type'].lower():9} ×{e['mentions']}  {text}")
    ax.set_yticks(list(y_of.values()), list(y_of.keys()), fontsize=8.5)
    ax.set_ylim(-0.8, len(lanes) - 0.2)
    if dated:
        days = [date.fromisoformat(e["day"]) for e in dated]
        span = max((max(days) - min(days)).days, 30)
        ax.set_xlim(min(days) - timedelta(days=span * 0.03 + 5), max(days) + timedelta(days=span * 0.03 + 5))
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
    ax.legend(handles=quad_handles + status_handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
              frameon=False, title="colour: quad class\nmarker: status", title_fontsize=8, alignment="left")
    if key_lines:
        fig.text(0.02, key_h - 0.01, "most reported events\n" + "\n".join(key_lines), fontsize=7.5, va="top",
                 ha="left", family="monospace", color="#333", linespacing=1.35)
    fig.savefig(out)
    plt.close(fig)
    return drawn
