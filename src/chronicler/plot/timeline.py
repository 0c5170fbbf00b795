"""The timeline picture: events at their own date in lanes (country pairs, or event types for one pair),
coloured by quad class, marker by status (filled: occurred; hollow: planned/expected), size by number of
reports, bars for events known only to a month or a year, and a numbered key of the most reported events."""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.output import interval_text
from chronicler.plot.style import QUAD_COLOURS, STATUS_MARKERS, quad_colour, use_agg

#: Intervals wider than this are drawn as a faint marker at their start, without a bar (decades swamp a plot).
MAX_BAR_DAYS = 400


@lru_cache(maxsize=512)
def _country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    return getattr(c, "common_name", None) or (c.name if c else code)


def _side_name(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return _country_name(actor["country"]) if actor.get("country") else actor["name"]


def _lane(entry: dict[str, Any]) -> str:
    """One lane per unordered pair of countries (an actor without country: its name; a missing side dropped)."""
    names = sorted({n for n in (_side_name(entry.get("source")), _side_name(entry.get("target"))) if n})
    return " – ".join(names) if names else "(actors unknown)"


def _width(e: dict[str, Any]) -> int:
    iv = e.get("date") or {}
    if not (iv.get("earliest") and iv.get("latest")):
        return 10**6
    return (date.fromisoformat(iv["latest"]) - date.fromisoformat(iv["earliest"])).days + 1


def plot_timeline(entries: list[dict[str, Any]], out: str | Path, *, title: str = "Events by their own date",
                  max_lanes: int = 12, max_labels: int = 12) -> int:
    """Draw timeline entries (``build_timeline`` output) to ``out`` (.png, .svg, .pdf); returns events drawn."""
    use_agg()
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    dated = [e for e in entries if e.get("day")]
    lane_of = _lane
    if len({_lane(e) for e in dated}) <= 2:  # one pair of countries: lanes by event type read better
        lane_of = lambda e: e["type"].lower()  # noqa: E731
    lanes_count = Counter(lane_of(e) for e in dated)
    lanes = [name for name, _ in lanes_count.most_common(max_lanes)]
    if len(lanes_count) > max_lanes:
        lanes.append("other")
    y_of = {name: i for i, name in enumerate(reversed(lanes))}
    lane_y = lambda e: y_of.get(lane_of(e), y_of.get("other"))  # noqa: E731
    # The x range: the span of the events known to a year or better (far references like "in 1945" are cut).
    precise = [date.fromisoformat(e["day"]) for e in dated if _width(e) <= 366] or \
        [date.fromisoformat(e["day"]) for e in dated]
    precise.sort()
    # From the 5th percentile: a few references to the distant past ("since 1945") would squash the rest.
    lo, hi = (precise[len(precise) // 20], precise[-1]) if precise else (date(2000, 1, 1), date(2001, 1, 1))
    span = max((hi - lo).days, 30)
    x_lo, x_hi = lo - timedelta(days=span * 0.03 + 5), hi + timedelta(days=span * 0.03 + 5)
    shown = [e for e in dated if x_lo <= date.fromisoformat(e["day"]) <= x_hi]
    ranked = sorted(shown, key=lambda e: (_width(e) > MAX_BAR_DAYS, -e["mentions"], -e.get("source_count", 0),
                                          _width(e)))
    labelled = ranked[:max_labels]

    n_keys = len(labelled)
    fig_h = max(3.2, 0.42 * len(lanes) + 1.8) + 0.17 * n_keys
    fig = plt.figure(figsize=(13, fig_h), dpi=120)
    key_h = (0.17 * n_keys + 0.35) / fig_h
    ax = fig.add_axes((0.17, key_h + 0.06, 0.64, 1 - key_h - 0.11))
    ax.set_facecolor("#fbfbfb")
    for y in y_of.values():
        ax.axhline(y, color="#e2e2e2", lw=0.8, zorder=0)
    drawn = 0
    for e in shown:
        y = lane_y(e)
        if y is None:
            continue
        d = date.fromisoformat(e["day"])
        iv = e.get("date") or {}
        colour = quad_colour(e.get("quad_class"))
        coarse = _width(e) > MAX_BAR_DAYS
        if iv.get("earliest") and iv.get("latest") and 1 < _width(e) <= MAX_BAR_DAYS:
            ax.plot([date.fromisoformat(iv["earliest"]), date.fromisoformat(iv["latest"])], [y, y], color=colour,
                    lw=5, alpha=0.25, solid_capstyle="butt", zorder=1)
        marker, filled = STATUS_MARKERS.get(e.get("status"), ("o", True))
        size = 40 + 28 * min(e["mentions"], 12)
        ax.scatter([d], [y], s=size, marker=marker, facecolors=colour if filled and not coarse else "white",
                   edgecolors=colour, linewidths=1.8, zorder=3, alpha=0.35 if coarse else 1.0)
        drawn += 1
    # Numbers for the most reported events (events at one spot share one label), a key line for each.
    key_lines = []
    spots: dict[tuple[float, date], list[int]] = defaultdict(list)
    for i, e in enumerate(sorted(labelled, key=lambda e: (e["day"], -e["mentions"])), start=1):
        y = lane_y(e)
        if y is not None:
            spots[(y, date.fromisoformat(e["day"]))].append(i)
        text = textwrap.shorten(e.get("summary") or e["type"], 100, placeholder="…")
        when = interval_text(e["date"]) if e.get("date") else e["day"]
        key_lines.append(f"{i:>2}  {when[:23]:23}  {e['type'].lower():9} ×{e['mentions']}  {text}")
    last: dict[float, date] = {}
    flip = False
    for (y, d), numbers in sorted(spots.items(), key=lambda kv: kv[0][1]):
        flip = not flip if y in last and (d - last[y]).days < span / 25 else False
        last[y] = d
        ax.annotate(",".join(map(str, numbers)), (d, y), xytext=(0, -11 if flip else 9), textcoords="offset points",
                    ha="center", va="top" if flip else "bottom", fontsize=7.5, fontweight="bold", color="#222")
    ax.set_yticks(list(y_of.values()), list(y_of.keys()), fontsize=8.5)
    ax.set_ylim(-0.8, len(lanes) - 0.2)
    ax.set_xlim(x_lo, x_hi)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    hidden = len(entries) - len(shown)
    ax.set_xlabel("own date of the event · marker size: number of reports · bar: known to a month or year · "
                  "faint: known only to a decade or wider" + (f" · {hidden} undated or far-off events not shown"
                                                             if hidden else ""), fontsize=8, color="#555")
    quad_handles = [Line2D([], [], marker="o", ls="", color=c, markersize=8, label=q)
                    for q, c in QUAD_COLOURS.items() if q is not None]
    statuses = sorted({e.get("status") for e in shown if e.get("status") in STATUS_MARKERS})
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
