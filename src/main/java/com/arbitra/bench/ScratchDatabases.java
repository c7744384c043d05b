package com.arbitra.bench;

import com.arbitra.store.TeamDescriptor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Databases a benchmark makes on a PostgreSQL server for its team workspaces, one per workspace, and
 * drops with the server roles of their workspaces when it ends. The user needs CREATEDB and
 * CREATEROLE; the password comes from ARBITRA_DB_PASSWORD or ~/.pgpass, as for a team workspace.
 */
final class ScratchDatabases implements AutoCloseable {

    private final String server;
    private final String user;
    private final List<String> made = new ArrayList<>();

    /** {@code server} is jdbc:postgresql://HOST[:PORT], without a database. */
    ScratchDatabases(String server, String user) {
        if (!server.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--server is a jdbc:postgresql://HOST[:PORT] URL (was " + server + ")");
        }
        this.server = server.replaceAll("/+$", "");
        this.user = user;
    }

    /** A new empty database for the workspace called {@code label}, as a team descriptor. */
    TeamDescriptor create(String label) throws SQLException {
        String name = ("arbitra_bench_" + ProcessHandle.current().pid() + "_" + label)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        made.add(name);
        return new TeamDescriptor(server + "/" + name, user);
    }

    /** A plain connection to a database made here, for the floor. */
    Connection connect(TeamDescriptor db) throws SQLException {
        return DriverManager.getConnection(db.url(), user, password());
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(server + "/postgres", user, password());
    }

    private static String password() {
        return System.getenv("ARBITRA_DB_PASSWORD");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            for (String name : made) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                List<String> roles = new ArrayList<>();
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
}
