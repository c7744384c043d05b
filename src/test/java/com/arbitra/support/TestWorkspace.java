package com.arbitra.support;

import com.arbitra.domain.Actor;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Operator;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * A real workspace in a temporary folder: an H2 file database migrated by Flyway, with a clock the
 * test controls. Passwords use few iterations so that sign-ins stay fast.
 */
public final class TestWorkspace implements AutoCloseable {

    public static final char[] PASSWORD = "correct horse".toCharArray();

    /**
     * The engine tests use when they do not choose: H2, or PostgreSQL with
     * {@code -Darbitra.test.engine=postgres} (each workspace then gets a fresh server database).
     */
    public static final Workspace.Engine DEFAULT_ENGINE =
            "postgres".equalsIgnoreCase(System.getProperty("arbitra.test.engine")) ? Workspace.Engine.POSTGRES
                    : Workspace.Engine.H2;

    public final Path dir;
    public final MutableClock clock;
    public final Session session;
    private final PgDatabase server;

    private TestWorkspace(Path dir, MutableClock clock, Session session, PgDatabase server) {
        this.dir = dir;
        this.clock = clock;
        this.session = session;
        this.server = server;
    }

    /** The team database this workspace lives in; empty on an H2 workspace. */
    public java.util.Optional<PgDatabase> server() {
        return java.util.Optional.ofNullable(server);
    }

    public static TestWorkspace create(Path dir) throws WorkspaceException {
        return create(dir, WorkspaceKind.LIVE);
    }

    public static TestWorkspace create(Path dir, WorkspaceKind kind) throws WorkspaceException {
        return create(dir, kind, DEFAULT_ENGINE);
    }

    /** A new workspace on the engine: an H2 file in the folder, or a team workspace on a fresh database. */
    public static TestWorkspace create(Path dir, WorkspaceKind kind, Workspace.Engine engine)
            throws WorkspaceException {
        MutableClock clock = new MutableClock(SampleCases.T0);
        if (engine == Workspace.Engine.H2) {
            return new TestWorkspace(dir, clock, session(Workspace.create(dir, kind), clock), null);
        }
        PgDatabase db;
        try {
            db = PgDatabase.create();
        } catch (SQLException e) {
            throw new IllegalStateException("The test database cannot be created: " + e.getMessage(), e);
        }
        try {
            return new TestWorkspace(dir, clock, session(Workspace.createTeam(dir, db.descriptor(), kind), clock), db);
        } catch (WorkspaceException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the database is dropped with the server's next test run at the latest
            }
            throw e;
        }
    }

    /** Another session on the same folder, as a second window or process would have. */
    public Session openAgain() throws WorkspaceException {
        return session(Workspace.open(dir), clock);
    }

    private static Session session(Workspace ws, MutableClock clock) {
        return new Session(ws, clock, WorkflowSettings.defaults().withZone(ZoneId.of("Asia/Shanghai")),
                new Passwords(1_000));
    }

    /** Adds an operator: as the command line while there is no supervisor, then as the first supervisor. */
    public Operator addOperator(String name, Role role) {
        Actor by = session.operators().all().stream().filter(o -> o.role() == Role.SUPERVISOR).findFirst()
                .map(Operator::asActor).orElse(Actor.SYSTEM);
        return session.operators().add(by, name, name, role, PASSWORD.clone());
    }

    public DisputeCase insert(DisputeCase c) {
        return session.store().transaction(u -> u.cases().insert(c));
    }

    /** A plain JDBC connection to the H2 database of the workspace in {@code ws}, with its key. */
    public static Connection h2(Path ws) throws SQLException {
        Path abs = ws.toAbsolutePath();
        return DriverManager.getConnection("jdbc:h2:file:" + abs.resolve(Workspace.DB_NAME) + ";AUTO_SERVER=TRUE",
                "arbitra", com.arbitra.store.DatabaseKey.of(abs));
    }

    /** A plain JDBC connection to the same database, for tests that tamper with rows. */
    public Connection jdbc() throws SQLException {
        if (server != null) {
            return server.connect();
        }
        return h2(dir);
    }

    @Override
    public void close() {
        session.close();
        if (server != null) {
            try {
                server.close();
            } catch (SQLException e) {
                throw new IllegalStateException("The test database " + server.name + " cannot be dropped", e);
            }
        }
    }
}
