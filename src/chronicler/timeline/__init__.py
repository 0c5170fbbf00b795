"""Timelines of event clusters, timeline summarisation, the actor graph."""
