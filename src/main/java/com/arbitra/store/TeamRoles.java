package com.arbitra.store;

import com.arbitra.domain.Role;
import com.arbitra.domain.TransitionTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own hold on a team workspace: three group roles per database ({@code <db>_agent},
 * {@code <db>_supervisor}, {@code <db>_trainer}) with the grants of each, a login role per operator
 * ({@code <db>_<name>}, SCRAM password) in its group, and the moves of the state table each group may
 * make ({@code state_change}, checked by the trigger of {@code R__server_roles.sql}). Nobody but the
 * database's owner may UPDATE or DELETE audit records, change settings or add operators' roles.
 */
public final class TeamRoles {

    private static final Logger LOG = LoggerFactory.getLogger(TeamRoles.class);
    private static final int MAX_NAME = 63;

    /** Tables every operator's commands write, and how. */
    private static final List<String> OPERATOR_GRANTS = List.of(
            "UPDATE ON dispute_case",
            "INSERT, DELETE ON case_search",
            "INSERT, UPDATE ON case_state_count",
            "INSERT ON audit_record",
            "INSERT, UPDATE ON audit_head",
            "INSERT, UPDATE, DELETE ON outbox_action",
            "INSERT, UPDATE, DELETE ON draft",
            "INSERT, UPDATE, DELETE ON saved_view",
            "INSERT ON training_attempt",
            "INSERT ON blob",
            "INSERT ON blob_part",
            "UPDATE (failed_sign_ins, locked_until) ON operator");

    /** What a supervisor may write beyond that: imports (new cases), settings and operators. */
    private static final List<String> SUPERVISOR_GRANTS = List.of(
            "INSERT ON dispute_case",
            "INSERT, UPDATE ON imported_bundle",
            "INSERT, UPDATE, DELETE ON setting",
            "INSERT, UPDATE, DELETE ON training_setting",
            "INSERT, UPDATE ON operator");

    private TeamRoles() {
    }

    /** The server group of an operator role. */
    public static String group(String database, Role role) {
        return database + "_" + role.name().toLowerCase(Locale.ROOT);
    }

    /** The server login of an operator. */
    public static String login(String database, String username) {
        return database + "_" + username;
    }

    /**
     * Which server groups make the moves of a domain role: the platform's moves come through imports,
     * which a supervisor runs; the console's own (deadlines that pass) from any operator's console.
     */
    static Set<Role> groupsOf(Role role) {
        return switch (role) {
            case AGENT, SUPERVISOR, TRAINER -> EnumSet.of(role);
            case PLATFORM -> EnumSet.of(Role.SUPERVISOR);
            case SYSTEM -> EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.TRAINER);
        };
    }

    /**
     * Sets up the groups, their grants and the state table's moves; run by the database's owner after
     * a migration. A user who may not create roles gets a warning: operators then have no logins of
     * their own until the owner opens the workspace once.
     */
    static void install(DSLContext db) {
        db.connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(4242016)");
                String database = database(c);
                fillStateChanges(c);
                for (Role role : List.of(Role.AGENT, Role.SUPERVISOR, Role.TRAINER)) {
                    String g = quote(group(database, role));
                    if (!roleExists(c, group(database, role))) {
                        st.execute("CREATE ROLE " + g + " NOLOGIN");
                    }
                    st.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + g);
                    st.execute("GRANT USAGE ON SCHEMA " + quote(schema(c)) + " TO " + g);
                    st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quote(schema(c)) + " TO " + g);
                    st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema(c)) + " TO " + g);
                    for (String grant : OPERATOR_GRANTS) {
                        st.execute("GRANT " + grant + " TO " + g);
                    }
                    if (role == Role.SUPERVISOR) {
                        for (String grant : SUPERVISOR_GRANTS) {
                            st.execute("GRANT " + grant + " TO " + g);
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if ("42501".equals(e.getSQLState())) {
                    LOG.warn("The team server's roles are not set up: {} may not create roles ({})",
                            c.getMetaData().getUserName(), e.getMessage());
                } else {
                    throw e;
                }
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private static void fillStateChanges(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM state_change");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO state_change (from_state, to_state, server_group) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (TransitionTable.StateChange move : TransitionTable.stateChanges()) {
                for (Role domainRole : move.roles()) {
                    for (Role group : groupsOf(domainRole)) {
                        ps.setString(1, move.from().name());
                        ps.setString(2, move.to().name());
                        ps.setString(3, group.name().toLowerCase(Locale.ROOT));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Gives a new operator a login of their own in their role's group, its password sent as a SCRAM
     * verifier computed here (the server never sees the password itself). Runs in the transaction that
     * adds the operator, so a refused login leaves no operator either.
     */
    static void addLogin(DSLContext db, String username, Role role, char[] password) {
        db.connection(c -> {
            String database = database(c);
            String login = login(database, username);
            if (login.length() > MAX_NAME) {
                throw new StoreException("The operator name " + username + " is too long for this team server: its "
                        + "login " + login + " would pass PostgreSQL's " + MAX_NAME + " characters.", null);
            }
            try (Statement st = c.createStatement()) {
                if (roleExists(c, login)) {
                    st.execute("GRANT " + quote(group(database, role)) + " TO " + quote(login));
                } else {
                    st.execute("CREATE ROLE " + quote(login) + " LOGIN IN ROLE " + quote(group(database, role)));
                }
                c.unwrap(PGConnection.class).alterUserPassword(login, password.clone(), "scram-sha-256");
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    throw new StoreException("The team server does not let " + c.getMetaData().getUserName()
                            + " create the login of " + username + " (" + e.getMessage() + "); add operators from "
                            + "a workstation that connects as the database's owner.", e);
                }
                throw e;
            }
        });
    }

    private static boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String database(Connection c) throws SQLException {
        return single(c, "SELECT current_database()");
    }

    private static String schema(Connection c) throws SQLException {
        return single(c, "SELECT current_schema()");
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
