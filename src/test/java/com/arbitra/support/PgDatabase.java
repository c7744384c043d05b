package com.arbitra.support;

import com.arbitra.store.TeamDescriptor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the test PostgreSQL server, dropped again on close. The server is the one these
 * machines start at 127.0.0.1:5432 (trust authentication, superuser {@code postgres}); another is named
 * with {@code -Darbitra.test.pg=jdbc:postgresql://HOST:PORT} and {@code -Darbitra.test.pgUser=NAME}.
 * Without a server the PostgreSQL side is skipped, said once in one line; with
 * {@code -Darbitra.test.pgRequired=true} or {@code ARBITRA_TEST_PG_REQUIRED=1} (as {@code .ci/run} sets) a
 * missing server fails instead.
 */
public final class PgDatabase implements AutoCloseable {

    public static final String SERVER = System.getProperty("arbitra.test.pg", "jdbc:postgresql://127.0.0.1:5432");
    public static final String USER = System.getProperty("arbitra.test.pgUser", "postgres");
    private static volatile Boolean available;

    public final String name;

    private PgDatabase(String name) {
        this.name = name;
    }

    /** A new empty database; skips (or fails, when required) the calling test if no server answers. */
    public static PgDatabase create() throws SQLException {
        requireServer();
        String name = "arbitra_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return new PgDatabase(name);
    }

    /** Skips the test (or fails it when the server is required) if no server answers. */
    public static void requireServer() {
        if (available == null) {
            try (Connection c = admin()) {
                available = c.isValid(5);
            } catch (SQLException e) {
                available = false;
                System.err.println("*** PostgreSQL side SKIPPED: no server answers at " + SERVER + " ("
                        + e.getMessage() + "). Start one (README, Development) and run ./mvnw -B verify again, "
                        + "or name another with -Darbitra.test.pg=jdbc:postgresql://HOST:PORT. ***");
            }
        }
        boolean required = Boolean.getBoolean("arbitra.test.pgRequired")
                || "1".equals(System.getenv("ARBITRA_TEST_PG_REQUIRED"));
        if (!available && required) {
            throw new IllegalStateException("No PostgreSQL server answers at " + SERVER
                    + " and arbitra.test.pgRequired is set.");
        }
        Assumptions.assumeTrue(available, "no PostgreSQL server at " + SERVER);
    }

    public String url() {
        return SERVER + "/" + name;
    }

    /** The descriptor of a team workspace on this database. */
    public TeamDescriptor descriptor() {
        return new TeamDescriptor(url(), USER);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /**
     * An outage as workstations see it: with {@code down} the database takes no new connection and
     * every one it had is dropped; without, it takes connections again.
     */
    public void outage(boolean down) throws SQLException {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !down);
            if (down) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER + "/postgres", USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            // the server's roles of the workspace (TeamRoles) live beside the databases: logins first
            java.util.List<String> roles = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + name
                    + "\\_%' ORDER BY rolcanlogin DESC")) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        }
    }
}
