-- 0001: list versions, their entities, the active version per source, and the audit log.
-- Dates and times are ISO 8601 text: published_on 'YYYY-MM-DD', loaded_at/at UTC 'YYYY-MM-DDTHH:MM:SS.fffZ'.

CREATE TABLE list_versions (
    id                  INTEGER PRIMARY KEY,
    source              TEXT    NOT NULL,
    content_hash        TEXT    NOT NULL,            -- SHA-256 hex over the list's file names and bytes
    published_on        TEXT    NULL,
    loaded_at           TEXT    NOT NULL,
    entity_count        INTEGER NOT NULL,
    person_count        INTEGER NOT NULL,
    organization_count  INTEGER NOT NULL,
    vessel_count        INTEGER NOT NULL,
    aircraft_count      INTEGER NOT NULL,
    unknown_count       INTEGER NOT NULL,
    warning_count       INTEGER NOT NULL,
    warnings            TEXT    NOT NULL,            -- JSON array of parse warnings
    previous_version_id INTEGER NULL REFERENCES list_versions (id)
);

CREATE INDEX ix_list_versions_source ON list_versions (source, id);

-- One row per source: the version screening uses. The primary key makes "one active version per source" hold.
CREATE TABLE active_versions (
    source     TEXT    PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES list_versions (id)
);

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES list_versions (id),
    source_id    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    name         TEXT    NOT NULL,                   -- primary name as written
    content_hash TEXT    NOT NULL,                   -- SHA-256 hex of json
    json         TEXT    NOT NULL                    -- the entity as written by EntityJson
);

CREATE UNIQUE INDEX ux_entities_version_source_id ON entities (version_id, source_id);
-- (version_id, id) order: reading a whole version in list order needs no sort.
CREATE INDEX ix_entities_version ON entities (version_id);

-- Append-only; nothing updates or deletes rows here.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL                             -- JSON object
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
