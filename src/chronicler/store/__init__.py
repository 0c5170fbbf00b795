"""The embedded DuckDB store: schema, migrations, writes in transactions, and queries."""
