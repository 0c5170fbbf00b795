"""Cleaning: outlet, credit line, dateline, title and boilerplate of a raw report."""
