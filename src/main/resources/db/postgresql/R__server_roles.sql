-- PostgreSQL only (a team workspace): the server itself holds every operator to the state table.
-- state_change lists each move of a case's state the table makes and the server group whose
-- members may make it; Arbitra fills it from the domain's TransitionTable at each migration
-- (store.TeamRoles), so the rules are written once. The groups are <database>_agent,
-- <database>_supervisor and <database>_trainer; the database's owner (who migrates it) and
-- superusers are not held, as they can change the schema anyway.
CREATE TABLE IF NOT EXISTS state_change (
    from_state   VARCHAR(32) NOT NULL,
    to_state     VARCHAR(32) NOT NULL,
    server_group VARCHAR(16) NOT NULL,
    PRIMARY KEY (from_state, to_state, server_group)
);

CREATE OR REPLACE FUNCTION arbitra_is_owner() RETURNS boolean AS $$
    SELECT pg_has_role(current_user, c.relowner, 'MEMBER')
    FROM pg_class c WHERE c.oid = 'dispute_case'::regclass;
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION arbitra_check_state_change() RETURNS trigger AS $$
BEGIN
    IF NEW.state IS NOT DISTINCT FROM OLD.state OR arbitra_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM state_change s WHERE s.from_state = OLD.state AND s.to_state = NEW.state) THEN
        RAISE EXCEPTION 'arbitra: the state table has no move from % to % (case %)', OLD.state, NEW.state,
            OLD.case_id USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM state_change s WHERE s.from_state = OLD.state AND s.to_state = NEW.state
                   AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_database() || '_' || s.server_group
                               AND pg_has_role(current_user, r.oid, 'MEMBER'))) THEN
        RAISE EXCEPTION 'arbitra: % may not move case % from % to %: the state table gives that move to %',
            current_user, OLD.case_id, OLD.state, NEW.state,
            (SELECT string_agg(server_group, ' or ' ORDER BY server_group) FROM state_change s
             WHERE s.from_state = OLD.state AND s.to_state = NEW.state) USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS case_state_checked ON dispute_case;
CREATE TRIGGER case_state_checked BEFORE UPDATE OF state ON dispute_case FOR EACH ROW
    EXECUTE FUNCTION arbitra_check_state_change();
