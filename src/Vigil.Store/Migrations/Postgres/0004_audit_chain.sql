-- 0004: chain the audit log. Each row's hash is SHA-256 over its id, time, action, detail and the previous row's hash
-- (see AuditLog.HashOf); editing, inserting or deleting a row breaks the chain from there on.
-- Rows written before this migration are sealed, in id order, by the next append (as on SQLite).

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT COLLATE "C" NULL;
ALTER TABLE audit_log ADD COLUMN hash TEXT COLLATE "C" NULL;

-- Still append-only: the one update allowed is sealing a row (setting prev_hash and hash once, nothing else).
DROP TRIGGER audit_log_no_update ON audit_log;

CREATE FUNCTION vigil_audit_log_seal_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF OLD.hash IS NOT NULL
       OR NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
       OR NEW.action IS DISTINCT FROM OLD.action OR NEW.detail IS DISTINCT FROM OLD.detail THEN
        RAISE EXCEPTION 'audit_log is append-only';
    END IF;
    RETURN NEW;
END
$fn$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION vigil_audit_log_seal_only();
