package com.arbitra.store;

import com.arbitra.domain.WorkspaceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a team workspace's PostgreSQL database: the password comes from {@code ARBITRA_DB_PASSWORD},
 * else from the {@code .pgpass} file the driver reads itself, else from the prompt a terminal gives
 * ({@link #promptWith}); never from arguments, never written by us. The database is migrated by
 * Flyway from the same scripts as H2 ({@link PostgresMigrations}); jOOQ runs with PostgreSQL's dialect
 * and lower-case names (the generated classes come from the H2 schema, whose names are upper case).
 * No H2-only statement reaches the server: {@link Workspace#bulkWrites} does nothing here, and
 * automatic backups before an upgrade are left to the server's own backups.
 */
public final class TeamServer {

    /** The environment variable that may hold the database password. */
    public static final String PASSWORD_VARIABLE = "ARBITRA_DB_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(TeamServer.class);
    private static volatile java.util.function.BiFunction<String, String, char[]> prompt;

    private TeamServer() {
    }

    /**
     * How to ask for the password when neither the variable nor {@code .pgpass} gives one: set by the
     * command line when a terminal is attached, and by the console (a dialog); without either nobody is
     * asked (nothing hangs a script). {@code ask} is given whose password it is (the database user and
     * the server's URL) and answers null when the person cancels.
     */
    public static void promptWith(java.util.function.BiFunction<String, String, char[]> ask) {
        prompt = ask;
    }

    static Workspace open(Path dir, TeamDescriptor server, WorkspaceKind kindIfNew) throws WorkspaceException {
        char[] password = password(System.getenv(PASSWORD_VARIABLE));
        PGConnectionPoolDataSource source = source(server, password);
        JdbcConnectionPool pool = pool(source);
        try {
            try {
                probe(pool, server);
            } catch (SQLException e) {
                if (password == null && isMissingPassword(e) && prompt != null) {
                    pool.dispose();
                    String user = server.user() == null ? System.getProperty("user.name") : server.user();
                    char[] typed = prompt.apply(user, server.url());
                    if (typed == null) {
                        throw new WorkspaceException("No password was given for the database user " + user + " at "
                                + server.url() + "; nothing was opened.", e);
                    }
                    source = source(server, typed);
                    pool = pool(source);
                    probe(pool, server);
                } else {
                    throw e;
                }
            }
            Path scripts = Files.createTempDirectory("arbitra-pg-migrations");
            int applied;
            try {
                applied = Workspace.migrate(pool, dir, Flyway.configure().dataSource(pool)
                        .locations("filesystem:" + PostgresMigrations.translatedInto(scripts), "classpath:db/postgresql")
                        .javaMigrations(new db.migration.V10__fill_ruling_columns(),
                                new db.migration.V13__fill_proposal_columns(),
                                new db.migration.V15__split_blobs(),
                                new db.migration.V18__fill_difficulty()), false);
            } finally {
                deleteAll(scripts);
            }
            ServerLogins logins = new ServerLogins(server, source, pool);
            DSLContext db = DSL.using(logins, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false)
                    .withRenderNameCase(RenderNameCase.LOWER));
            WorkspaceKind kind = Workspace.ensureInfo(db, kindIfNew, false, dir);
            if (applied > 0) {
                CaseSearchTokens.fillIfMissing(db);
                TeamRoles.install(db);
            }
            return Workspace.team(dir, pool, logins, db, kind, applied, new ChangeFeed(source));
        } catch (SQLException e) {
            pool.dispose();
            throw translate(server, e);
        } catch (IOException e) {
            pool.dispose();
            throw new WorkspaceException("The migrations for " + server.url() + " cannot be prepared: "
                    + e.getMessage(), e);
        } catch (WorkspaceException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static char[] password(String variable) {
        return variable == null || variable.isEmpty() ? null : variable.toCharArray();
    }

    static PGConnectionPoolDataSource source(TeamDescriptor server, char[] password) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(server.url());
        if (server.user() != null) {
            ds.setUser(server.user());
        }
        if (password != null) {
            ds.setPassword(new String(password));
        }
        ds.setApplicationName("arbitra");
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    static JdbcConnectionPool pool(PGConnectionPoolDataSource ds) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(8);
        return pool;
    }

    private static void probe(JdbcConnectionPool pool, TeamDescriptor server) throws SQLException {
        try (Connection c = pool.getConnection()) {
            LOG.info("Opened team workspace on {} as {} (PostgreSQL {})", server.url(), c.getMetaData().getUserName(),
                    c.getMetaData().getDatabaseProductVersion());
        }
    }

    /** The server asked for a password that was not given (08004), or refused the one given (28P01). */
    private static boolean isMissingPassword(SQLException e) {
        return "08004".equals(e.getSQLState()) || "28P01".equals(e.getSQLState())
                || String.valueOf(e.getMessage()).contains("no password was provided");
    }

    /**
     * The server cannot be reached or dropped the connection: connection exceptions (class 08), an
     * administrator's or the server's shutdown (57P01 to 57P03), a database not accepting connections.
     */
    static boolean isUnreachable(SQLException e) {
        String state = Objects.toString(e.getSQLState(), "");
        return state.startsWith("08") && !state.equals("08004") || state.startsWith("57P")
                || state.equals("55000") && Objects.toString(e.getMessage(), "").contains("accepting connections");
    }

    static WorkspaceException translate(TeamDescriptor server, SQLException e) {
        String state = Objects.toString(e.getSQLState(), "");
        String who = server.user() == null ? "this user" : "user " + server.user();
        if (state.startsWith("08") && !state.equals("08004")) {
            return new WorkspaceException("The team server " + server.url() + " does not answer (" + e.getMessage()
                    + "); is it running, and does it accept connections from this machine?", e);
        }
        if (state.equals("28P01") || state.equals("08004") || state.equals("28000")) {
            return new WorkspaceException("The team server " + server.url() + " refused " + who + " ("
                    + e.getMessage() + "). Give the password in " + PASSWORD_VARIABLE + " or ~/.pgpass.", e);
        }
        if (state.equals("3D000")) {
            return new WorkspaceException("The team server has no database named in " + server.url()
                    + "; ask its administrator to create it (CREATE DATABASE ...).", e);
        }
        return new WorkspaceException("The team workspace on " + server.url() + " cannot be opened ("
                + e.getMessage() + ").", e);
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not remove {}", dir, e);
        }
    }
}
