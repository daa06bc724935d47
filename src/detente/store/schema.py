"""The DuckDB schema, versioned: a store opened by a newer detente is migrated, never guessed."""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY, title VARCHAR, doc_date DATE, url VARCHAR, source VARCHAR,
        origin VARCHAR, text VARCHAR, text_sha1 VARCHAR, n_sentences INTEGER, n_events INTEGER,
        ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR, sent_index INTEGER, text VARCHAR, start_char INTEGER,
        PRIMARY KEY (doc_id, sent_index))""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, sent_index INTEGER,
        source VARCHAR, target VARCHAR, code VARCHAR, root VARCHAR, quad_class INTEGER,
        goldstein DOUBLE, plover VARCHAR, event_date VARCHAR, date_precision VARCHAR,
        period_start DATE, date_text VARCHAR,
        location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
        negated BOOLEAN, modality VARCHAR, pattern VARCHAR, pattern_origin VARCHAR, trigger VARCHAR,
        trigger_start INTEGER,
        source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_entry VARCHAR,
        source_antecedent VARCHAR,
        target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_entry VARCHAR,
        target_antecedent VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS unknown_actors (doc_id VARCHAR, name VARCHAR)""",
    """CREATE SEQUENCE IF NOT EXISTS error_seq""",
    """CREATE TABLE IF NOT EXISTS errors (
        error_id BIGINT DEFAULT nextval('error_seq'), item VARCHAR, line INTEGER, code VARCHAR,
        reason VARCHAR, failed_at TIMESTAMP)""",
]

INDEXES = [
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id)",
]
