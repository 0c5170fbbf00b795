"""Time: document dating and time expressions (TIMEX3)."""
