-- PostgreSQL only (a team workspace): every move of the audit chain's head, whoever makes it (a
-- command, an import, a deadline sweep, on any workstation), tells the listening consoles at commit.
CREATE OR REPLACE FUNCTION arbitra_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('arbitra_changes', NEW.seq::text);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_head_changed ON audit_head;
CREATE TRIGGER audit_head_changed AFTER UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION arbitra_notify_change();
