-- 0003: the customer register, screening jobs, alerts and decisions, the webhook outbox and the sync state.
-- Times are UTC text 'YYYY-MM-DDTHH:MM:SS.fffZ' as in 0001.

-- The current record of each customer; every revision (the first included) is also in customer_history.
CREATE TABLE customers (
    id                 TEXT    PRIMARY KEY,
    name               TEXT    NOT NULL,
    type               TEXT    NOT NULL,             -- as imported: person, organization, vessel, aircraft or ''
    birth_date         TEXT    NOT NULL,             -- YYYY[-MM[-DD]] or ''
    country            TEXT    NOT NULL,
    id_numbers         TEXT    NOT NULL,             -- as imported, several separated by ';'
    fingerprint        TEXT    NOT NULL,             -- SHA-256 hex of the fields that matter (name, birth date, country, ids)
    revision           INTEGER NOT NULL,
    screened_revision  INTEGER NOT NULL DEFAULT 0,   -- the revision last screened against every active entry
    updated_at         TEXT    NOT NULL
);

CREATE TABLE customer_history (
    customer_id  TEXT    NOT NULL REFERENCES customers (id),
    revision     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    birth_date   TEXT    NOT NULL,
    country      TEXT    NOT NULL,
    id_numbers   TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    import_file  TEXT    NOT NULL,
    PRIMARY KEY (customer_id, revision)
);

-- A screening of the register: 'full' (all customers, all entries), 'lists' (all customers, the entries a list change
-- added or changed), 'customers' (new or changed customers, all entries). Batches commit with last_customer, so a
-- process killed mid-job leaves a consistent store and the next run resumes after last_customer.
CREATE TABLE screening_jobs (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('full', 'lists', 'customers')),
    list_key       TEXT    NOT NULL,                 -- the active versions it screens against ('ofac-sdn:3,un:4')
    targets        TEXT    NULL,                     -- JSON array of 'source:id' screened against; NULL = every entry
    removed        TEXT    NOT NULL,                 -- JSON array of 'source:id' removed by the list change
    from_versions  TEXT    NOT NULL,                 -- JSON object source → version the register was screened against
    engine_version TEXT    NOT NULL,
    last_customer  TEXT    NULL,
    customers_done INTEGER NOT NULL DEFAULT 0,
    raised         INTEGER NOT NULL DEFAULT 0,
    reopened       INTEGER NOT NULL DEFAULT 0,
    closed         INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT    NULL,
    outcome        TEXT    NULL                      -- 'done' or 'superseded'
);

-- Per source, the list version the whole register has been screened against.
CREATE TABLE screening_state (
    source     TEXT    PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES list_versions (id)
);

CREATE TABLE alerts (
    id                 INTEGER PRIMARY KEY,
    customer_id        TEXT    NOT NULL REFERENCES customers (id),
    source             TEXT    NOT NULL,
    source_id          TEXT    NOT NULL,
    score              REAL    NOT NULL,
    matched_name       TEXT    NOT NULL,
    explanation        TEXT    NOT NULL,             -- JSON object: matched name, aligned words, features
    list_version_id    INTEGER NOT NULL REFERENCES list_versions (id),
    engine_version     TEXT    NOT NULL,
    job_id             INTEGER NOT NULL REFERENCES screening_jobs (id),
    state              TEXT    NOT NULL CHECK (state IN ('open', 'true_match', 'false_positive', 'escalated', 'closed')),
    customer_fp        TEXT    NOT NULL,             -- fingerprints of the fields that matter when last screened
    entity_fp          TEXT    NOT NULL,
    raised_at          TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    closed_reason      TEXT    NULL
);

-- At most one live (not closed) alert per customer and entry.
CREATE UNIQUE INDEX ux_alerts_live ON alerts (customer_id, source, source_id) WHERE state <> 'closed';
CREATE INDEX ix_alerts_state ON alerts (state, id);
CREATE INDEX ix_alerts_entry ON alerts (source, source_id);

-- Pairs that scored just below the alert threshold (within the margin RegisterScreening.NearMissMargin) when last
-- screened. A list change moves word rarities and so every score a little; re-scoring these pairs and the live alerts
-- is what makes screening only the changed entries equal a full rescreen.
CREATE TABLE near_misses (
    customer_id TEXT    NOT NULL REFERENCES customers (id),
    source      TEXT    NOT NULL,
    source_id   TEXT    NOT NULL,
    score       REAL    NOT NULL,
    PRIMARY KEY (customer_id, source, source_id)
);

-- Every change of an alert's state: reviewers' decisions and the engine's own (re-applied, re-opened, closed).
CREATE TABLE alert_decisions (
    id          INTEGER PRIMARY KEY,
    alert_id    INTEGER NOT NULL REFERENCES alerts (id),
    state       TEXT    NOT NULL,
    reviewer    TEXT    NOT NULL,                    -- a person, or 'vigil' for the engine
    at          TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    customer_fp TEXT    NOT NULL,                    -- what the decision was about
    entity_fp   TEXT    NOT NULL
);

CREATE INDEX ix_alert_decisions_alert ON alert_decisions (alert_id, id);

-- Events to POST to webhooks, one row per event and URL, written in the transaction that raised the alert.
CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    event           TEXT    NOT NULL,                -- 'alert.raised', 'alert.reopened'
    payload         TEXT    NOT NULL,                -- the JSON body, signed as is
    created_at      TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    delivered_at    TEXT    NULL,
    last_error      TEXT    NULL
);

CREATE INDEX ix_webhook_outbox_pending ON webhook_outbox (delivered_at, next_attempt_at);

-- What the last successful download of each source's files returned, for conditional requests.
CREATE TABLE sync_state (
    source        TEXT NOT NULL,
    file          TEXT NOT NULL,
    url           TEXT NOT NULL,
    etag          TEXT NULL,
    last_modified TEXT NULL,
    sha256        TEXT NOT NULL,
    checked_at    TEXT NOT NULL,
    PRIMARY KEY (source, file)
);
