"""Actors: people, roles, organisations and countries, coded (PLOVER country + sector) and resolved."""
