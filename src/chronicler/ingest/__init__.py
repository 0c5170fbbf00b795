"""Ingest: reading files, folders and globs into documents, running the pipeline and storing the results."""
