"""Linguistic annotation: sentences, tokens, parse and entities from the spaCy English pipeline."""
