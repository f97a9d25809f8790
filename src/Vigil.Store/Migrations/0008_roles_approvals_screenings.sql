-- 0008: roles on API keys, four-eyes proposals on alerts, and proof of screening.

-- Each key has one role; a role implies the ones below it (viewer < screener < analyst < admin). Keys made before roles
-- existed become admin, so every caller keeps the access it had.
ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'admin' CHECK (role IN ('viewer', 'screener', 'analyst', 'admin'));

-- A closing decision (true_match, false_positive) proposed under four-eyes review. status: 'pending' until a second
-- reviewer (not the proposer) approves it (the decision is then applied) or rejects it (the alert stays as it was).
CREATE TABLE alert_proposals (
    id           INTEGER PRIMARY KEY,
    alert_id     INTEGER NOT NULL REFERENCES alerts (id),
    state        TEXT    NOT NULL CHECK (state IN ('true_match', 'false_positive')),
    proposer     TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    proposed_at  TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewer     TEXT    NULL,
    review_note  TEXT    NULL,
    reviewed_at  TEXT    NULL,
    CHECK (reviewer IS NULL OR reviewer <> proposer)
);

-- At most one pending proposal per alert.
CREATE UNIQUE INDEX ux_alert_proposals_pending ON alert_proposals (alert_id) WHERE status = 'pending';
CREATE INDEX ix_alert_proposals_status ON alert_proposals (status, id);

-- One row per screened record or call: who screened what (a hash of the input), against which list versions, with
-- which engine and profile, and what came out. Each write of rows appends one audit entry holding the rows' id range
-- and the SHA-256 over their canonical lines, so the chain vouches for them; purging old rows (retention) leaves the
-- audit entries, and the chain, intact.
CREATE TABLE screening_records (
    id             INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor          TEXT    NOT NULL,                 -- the API key's name, or the OS user of the CLI, or 'vigil' for register jobs
    channel        TEXT    NOT NULL,                 -- cli.search, cli.screen, cli.text, api.search, api.screen, api.text, job, ...
    ref            TEXT    NULL,                     -- the caller's record id or the customer id, when there is one
    input_sha256   TEXT    NOT NULL,
    input_size     INTEGER NOT NULL,                 -- bytes of the canonical input
    input          TEXT    NULL,                     -- the canonical input itself, only with audit.store_screening_input
    list_versions  TEXT    NOT NULL,                 -- JSON array of {"source", "version" (number), "id"}
    engine_version TEXT    NOT NULL,
    profile        TEXT    NOT NULL,                 -- name@version
    hits           INTEGER NOT NULL,
    alerts         INTEGER NOT NULL,
    audit_id       INTEGER NULL                      -- the audit entry that seals this row's batch
);

CREATE INDEX ix_screening_records_at ON screening_records (at);
CREATE INDEX ix_screening_records_ref ON screening_records (ref) WHERE ref IS NOT NULL;
