-- 0006: list versions held for an operator, and version numbers per source.
-- number: the version's place within its source (un 1, 2, ...); id stays the key alerts, jobs and screening_state use.
-- status: 'loaded' (made active when loaded or accepted), 'pending' (held: it removes too many entries or is older than
-- the active version), 'dropped' (held, then discarded; its entities are deleted, the row stays for the record).
-- Existing versions were all activated when loaded: they are 'loaded', numbered per source in load order.
ALTER TABLE list_versions ADD COLUMN number INTEGER NULL;
ALTER TABLE list_versions ADD COLUMN status TEXT COLLATE "C" NOT NULL DEFAULT 'loaded' CHECK (status IN ('loaded', 'pending', 'dropped'));
ALTER TABLE list_versions ADD COLUMN held_reason TEXT COLLATE "C" NULL;
ALTER TABLE list_versions ADD COLUMN decided_by TEXT COLLATE "C" NULL;
ALTER TABLE list_versions ADD COLUMN decided_at TEXT COLLATE "C" NULL;

UPDATE list_versions SET number = (
    SELECT COUNT(*) FROM list_versions p WHERE p.source = list_versions.source AND p.id <= list_versions.id)
WHERE number IS NULL;

CREATE UNIQUE INDEX IF NOT EXISTS ux_list_versions_source_number ON list_versions (source, number);
CREATE INDEX IF NOT EXISTS ix_list_versions_pending ON list_versions (status) WHERE status = 'pending';
