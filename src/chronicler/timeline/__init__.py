"""The timeline: stored events in the order of their own dates."""
