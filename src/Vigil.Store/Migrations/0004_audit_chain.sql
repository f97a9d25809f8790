-- 0004: chain the audit log. Each row's hash is SHA-256 over its id, time, action, detail and the previous row's hash
-- (see AuditLog.HashOf); editing, inserting or deleting a row breaks the chain from there on.
-- Rows written before this migration are sealed, in id order, by the next append (SQLite has no SHA-256).

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NULL;
ALTER TABLE audit_log ADD COLUMN hash TEXT NULL;

-- Still append-only: the one update allowed is sealing a row (setting prev_hash and hash once, nothing else).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action OR NEW.detail IS NOT OLD.detail
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
