"""Shared colours and markers: one colour per PLOVER quad class, one marker per event status."""

from __future__ import annotations

QUAD_COLOURS = {
    "verbal cooperation": "#4c9be8",
    "material cooperation": "#1a5fb4",
    "verbal conflict": "#f0a030",
    "material conflict": "#c01c28",
    None: "#8a8a8a",
}

STATUS_MARKERS = {
    "occurred": ("o", True), "ongoing": ("D", True), "planned": ("o", False), "proposed": ("s", False),
    "expected": ("^", False), "hypothetical": ("v", False), "negated": ("X", True),
}


def quad_colour(quad: str | None) -> str:
    """The colour of a quad class name (grey for none)."""
    return QUAD_COLOURS.get(quad, QUAD_COLOURS[None])


def use_agg() -> None:
    """Select the non-interactive Agg backend (no display needed)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
