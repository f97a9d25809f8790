-- 0002: API keys for `vigil serve`. Only a SHA-256 hash of each key is kept; the key itself is shown once at creation.
-- A revoked key keeps its row (revoked_at set) so the server can answer 403 rather than 401 for it.

CREATE TABLE api_keys (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    key_hash   TEXT NOT NULL,                        -- SHA-256 hex of the key as the client sends it
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (key_hash);
-- One live key per name; a revoked name may be given to a new key.
CREATE UNIQUE INDEX ux_api_keys_live_name ON api_keys (name) WHERE revoked_at IS NULL;
