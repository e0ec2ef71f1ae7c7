"""The database schema. Bump SCHEMA_VERSION with every change and add a migration to MIGRATIONS."""

SCHEMA_VERSION = 3

EVENT_COLUMNS = """
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
        record VARCHAR, reported DATE, date_rule VARCHAR"""

# The order events are read and exported in: by date, then where they are told; the id last, so that
# ties come out the same however DuckDB sorted them (a spilled sort may order them differently).
EVENT_ORDER = "date_start NULLS LAST, document_id, trigger_start, id"

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
        run_id VARCHAR, ingested_at TIMESTAMP, published_text VARCHAR, warnings VARCHAR)""",
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
    # one row per event a document reports (extraction output, never changed afterwards)
    f"""CREATE TABLE IF NOT EXISTS event_reports ({EVENT_COLUMNS})""",
    # one row per real-world event after cross-document resolution: same columns, canonical actors
    f"""CREATE TABLE IF NOT EXISTS events ({EVENT_COLUMNS})""",
    """CREATE TABLE IF NOT EXISTS event_members (
        report_id VARCHAR PRIMARY KEY, event_id VARCHAR, document_id VARCHAR, score DOUBLE, why VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS affiliations (
        id VARCHAR PRIMARY KEY, document_id VARCHAR, actor_id VARCHAR, relation VARCHAR, other VARCHAR,
        other_actor_id VARCHAR, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
        date_text VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR, date_rule VARCHAR,
        status VARCHAR, sector VARCHAR, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, rule VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS actor_registry (
        id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR,
        aliases VARCHAR, members INTEGER, mentions INTEGER, origin VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS actor_identity (
        local_id VARCHAR PRIMARY KEY, actor_id VARCHAR, confidence DOUBLE, reason VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS actor_aliases (actor_id VARCHAR, alias VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS user_actors (file VARCHAR, position INTEGER, record VARCHAR,
        PRIMARY KEY (file, position))""",
    """CREATE TABLE IF NOT EXISTS actor_overrides (action VARCHAR, a VARCHAR, b VARCHAR, made_at TIMESTAMP,
        PRIMARY KEY (action, a, b))""",
    """CREATE INDEX IF NOT EXISTS reports_document ON event_reports (document_id)""",
    """CREATE INDEX IF NOT EXISTS events_document ON events (document_id)""",
    """CREATE INDEX IF NOT EXISTS affiliations_actor ON affiliations (actor_id)""",
    """CREATE INDEX IF NOT EXISTS events_date ON events (date_start)""",
]

# version -> statements that bring a database of that version to the next one
MIGRATIONS = {
    1: ["ALTER TABLE events RENAME TO event_reports",
        "INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')"],
    # the publication date as written and ingest's warnings; each event's ``reported`` date and
    # the rule that dated it (events dated before this version keep their date, rule unknown)
    2: [TABLES[2],  # (a version 1 file may not hold documents yet)
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS published_text VARCHAR",
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS warnings VARCHAR",
        "ALTER TABLE event_reports ADD COLUMN IF NOT EXISTS reported DATE",
        "ALTER TABLE event_reports ADD COLUMN IF NOT EXISTS date_rule VARCHAR",
        "UPDATE event_reports SET reported = (SELECT d.published FROM documents d WHERE d.id = event_reports.document_id)",
        "UPDATE event_reports SET record = replace(record, '\"date\": {\"text\": null, \"start\": null, "
        "\"end\": null, \"precision\": null}', '\"date\": null') WHERE record IS NOT NULL",
        "UPDATE event_reports SET record = CASE WHEN reported IS NULL THEN left(record, length(record) - 1) || ', \"reported\": null}' "
        "ELSE json_merge_patch(record, json_object('reported', strftime(reported, '%Y-%m-%d'))) END "
        "WHERE record IS NOT NULL",
        "ALTER TABLE IF EXISTS events ADD COLUMN IF NOT EXISTS reported DATE",
        "ALTER TABLE IF EXISTS events ADD COLUMN IF NOT EXISTS date_rule VARCHAR",
        "INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')"],
}
