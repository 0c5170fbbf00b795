"""Pictures for reports: the event timeline and the actor graph (matplotlib, Agg backend)."""
