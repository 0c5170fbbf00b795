"""Exports of the stored events: JSONL, CSV, Parquet (via DuckDB) and GDELT 2.0 event TSV."""
