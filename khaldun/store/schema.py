"""The database schema. Bump SCHEMA_VERSION with every change and add a migration."""

SCHEMA_VERSION = 1

TABLES = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS runs (
        id VARCHAR PRIMARY KEY, command VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
        khaldun_version VARCHAR, model VARCHAR, model_version VARCHAR, lexicon_version VARCHAR,
        config VARCHAR, inputs VARCHAR, documents_added INTEGER, documents_skipped INTEGER,
        rejected INTEGER, events_added INTEGER, status VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY, title VARCHAR, subtitle VARCHAR, url VARCHAR, author VARCHAR,
        outlet VARCHAR, published DATE, language VARCHAR, text VARCHAR, source VARCHAR,
        run_id VARCHAR, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS rejections (
        id VARCHAR PRIMARY KEY, source VARCHAR, code VARCHAR, reason VARCHAR, stage VARCHAR,
        run_id VARCHAR, rejected_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS actors (
        id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS mentions (
        document_id VARCHAR, start_char INTEGER, end_char INTEGER, actor_id VARCHAR, text VARCHAR,
        sector VARCHAR, PRIMARY KEY (document_id, start_char, end_char))""",
    """CREATE TABLE IF NOT EXISTS places (
        document_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, name VARCHAR,
        country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, precision VARCHAR, geonameid BIGINT,
        PRIMARY KEY (document_id, start_char, end_char))""",
    """CREATE TABLE IF NOT EXISTS times (
        document_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, date_start DATE,
        date_end DATE, precision VARCHAR, rule VARCHAR, PRIMARY KEY (document_id, start_char, end_char))""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, document_id VARCHAR, sentence VARCHAR, sent_start INTEGER,
        sent_end INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        type VARCHAR, mode VARCHAR, cameo VARCHAR, acled_event_type VARCHAR,
        acled_sub_event_type VARCHAR,
        source_id VARCHAR, source_text VARCHAR, source_name VARCHAR, source_kind VARCHAR,
        source_country VARCHAR, source_sector VARCHAR,
        target_id VARCHAR, target_text VARCHAR, target_name VARCHAR, target_kind VARCHAR,
        target_country VARCHAR, target_sector VARCHAR,
        date_text VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR,
        location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
        location_admin1 VARCHAR, lat DOUBLE, lon DOUBLE, location_precision VARCHAR,
        certainty VARCHAR, confidence DOUBLE, sources INTEGER, rule VARCHAR, run_id VARCHAR,
        record VARCHAR)""",
    """CREATE INDEX IF NOT EXISTS events_document ON events (document_id)""",
    """CREATE INDEX IF NOT EXISTS events_date ON events (date_start)""",
]
