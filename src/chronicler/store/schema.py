"""The store's schema as numbered migrations; ``schema_version`` records which have been applied.

To change the schema, append a migration: never edit one that has shipped. JSON columns are VARCHAR
holding ``model.to_dict`` output, so a row can always be turned back into its dataclass.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            url VARCHAR,
            outlet VARCHAR,
            dateline VARCHAR,
            title VARCHAR,
            language VARCHAR,
            published_earliest DATE,
            published_latest DATE,
            published_best DATE,
            published_granularity VARCHAR,
            duplicate_of VARCHAR,
            data VARCHAR NOT NULL,
            run_id INTEGER,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE TABLE sentences (
            document_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR,
            country VARCHAR,
            sector VARCHAR,
            role VARCHAR,
            kb_id VARCHAR,
            aliases VARCHAR NOT NULL DEFAULT '[]',
            data VARCHAR NOT NULL
        );
        CREATE TABLE mentions (
            document_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            actor_id VARCHAR,
            kind VARCHAR,
            sentence INTEGER,
            role VARCHAR,
            confidence DOUBLE,
            PRIMARY KEY (document_id, start_char, end_char)
        );
        CREATE TABLE timexes (
            document_id VARCHAR NOT NULL,
            tid VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR NOT NULL,
            sentence INTEGER,
            earliest DATE,
            latest DATE,
            granularity VARCHAR,
            data VARCHAR NOT NULL,
            PRIMARY KEY (document_id, tid)
        );
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            document_id VARCHAR NOT NULL,
            sentence INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            goldstein DOUBLE,
            source_id VARCHAR,
            target_id VARCHAR,
            source_country VARCHAR,
            target_country VARCHAR,
            location VARCHAR,
            date_earliest DATE,
            date_latest DATE,
            date_best DATE,
            date_granularity VARCHAR,
            date_source VARCHAR,
            status VARCHAR NOT NULL,
            confidence DOUBLE,
            cluster_id VARCHAR,
            data VARCHAR NOT NULL
        );
        CREATE INDEX events_document ON events (document_id);
        CREATE INDEX events_date ON events (date_best);
        CREATE TABLE clusters (
            id VARCHAR PRIMARY KEY,
            type VARCHAR NOT NULL,
            source_id VARCHAR,
            target_id VARCHAR,
            date_earliest DATE,
            date_latest DATE,
            date_best DATE,
            date_granularity VARCHAR,
            status VARCHAR,
            mention_count INTEGER NOT NULL,
            source_count INTEGER NOT NULL,
            first_reported DATE,
            last_reported DATE,
            summary VARCHAR,
            data VARCHAR NOT NULL
        );
        CREATE TABLE errors (
            source VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            first_run INTEGER,
            last_run INTEGER,
            seen INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (source, reason)
        );
        CREATE TABLE ingest_runs (
            id INTEGER PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            status VARCHAR NOT NULL,
            args VARCHAR,
            added INTEGER DEFAULT 0,
            unchanged INTEGER DEFAULT 0,
            failed INTEGER DEFAULT 0
        );
        """,
    ),
    (
        2,
        "near-duplicate signatures (MinHash) for wire-copy clustering across ingest runs",
        """
        CREATE TABLE doc_signatures (
            document_id VARCHAR PRIMARY KEY,
            signature BLOB NOT NULL,
            canonical VARCHAR
        );
        CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
        """,
    ),
    (
        3,
        "merge: per-cluster blocking state for incremental merging",
        """
        CREATE TABLE cluster_state (
            cluster_id VARCHAR PRIMARY KEY,
            family VARCHAR NOT NULL,
            side_a VARCHAR NOT NULL,
            side_b VARCHAR NOT NULL,
            bucket INTEGER,
            touched BIGINT NOT NULL,
            state VARCHAR NOT NULL
        );
        """,
    ),
    (
        6,
        "index events by cluster (the API's cluster and event detail)",
        """
        CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
        """,
    ),
    (
        7,
        "learned boilerplate: per-outlet counts of documents containing each short line",
        """
        CREATE TABLE outlet_lines (
            outlet VARCHAR NOT NULL,
            line_key VARCHAR NOT NULL,
            docs INTEGER NOT NULL,
            PRIMARY KEY (outlet, line_key)
        );
        """,
    ),
]

MIGRATIONS.append((
    5,
    "ingest runs: the process that ran them (to mark killed runs interrupted) and a note",
    """
    ALTER TABLE ingest_runs ADD COLUMN pid INTEGER;
    ALTER TABLE ingest_runs ADD COLUMN host VARCHAR;
    ALTER TABLE ingest_runs ADD COLUMN process VARCHAR;
    ALTER TABLE ingest_runs ADD COLUMN note VARCHAR;
    """,
))

LATEST_VERSION = max(v for v, _, _ in MIGRATIONS)
