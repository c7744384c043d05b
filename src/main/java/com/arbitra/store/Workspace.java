package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.WORKSPACE_INFO;

import com.arbitra.domain.Store;
import com.arbitra.domain.WorkspaceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace folder: the H2 database (migrated by Flyway on open), its logs and attachment files.
 * Several processes may use one workspace at once: H2's automatic mixed mode lets the first process
 * serve the others over a local socket.
 */
public final class Workspace implements AutoCloseable {

    public static final String DB_NAME = "arbitra";
    static final java.time.Duration OPEN_PATIENCE = java.time.Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    /** Where a workspace keeps its data: an H2 file in its folder, or a team's PostgreSQL server. */
    public enum Engine { H2, POSTGRES }

    private final Path dir;
    private final JdbcConnectionPool pool;
    private final DSLContext db;
    private final WorkspaceKind kind;
    private final int appliedMigrations;
    private final Engine engine;
    /** A team workspace's live changes (null on H2, which is polled). */
    private final ChangeFeed feed;
    /** A team workspace's connections, as the signed-in operator's own login (null on H2). */
    private ServerLogins logins;

    private Workspace(Path dir, Engine engine, JdbcConnectionPool pool, DSLContext db, WorkspaceKind kind,
                      int appliedMigrations, ChangeFeed feed) {
        this.dir = dir;
        this.engine = engine;
        this.feed = feed;
        this.pool = pool;
        this.db = db;
        this.kind = kind;
        this.appliedMigrations = appliedMigrations;
    }

    /**
     * The workspace used when none is named: {@code ARBITRA_WORKSPACE}, else the platform's place for
     * application data.
     */
    public static Path defaultDirectory(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("ARBITRA_WORKSPACE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Arbitra") : home.resolve("AppData/Roaming/Arbitra");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Arbitra");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("arbitra");
    }

    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Whether the folder already holds a workspace: an H2 database, or a team descriptor. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_NAME + ".mv.db")) || TeamDescriptor.in(dir);
    }

    /** Opens a workspace, creating a live one if the folder holds none. */
    public static Workspace open(Path dir) throws WorkspaceException {
        return open(dir, WorkspaceKind.LIVE, false);
    }

    /**
     * Creates a new workspace of the given kind; refused when the folder already holds one.
     */
    public static Workspace create(Path dir, WorkspaceKind kind) throws WorkspaceException {
        if (exists(dir)) {
            throw new WorkspaceException("The folder " + dir + " already holds a workspace.");
        }
        return open(dir, kind, true);
    }

    /**
     * Makes the folder a team workspace on the server: migrates the server database (a new one
     * becomes a workspace of the kind given; one that holds a workspace already is joined, keeping its
     * kind) and only then writes the descriptor. Refused when the folder holds a workspace already.
     */
    public static Workspace createTeam(Path dir, TeamDescriptor server, WorkspaceKind kindIfNew)
            throws WorkspaceException {
        Path abs = dir.toAbsolutePath().normalize();
        if (exists(abs)) {
            throw new WorkspaceException("The folder " + abs + " already holds a workspace.");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException("The workspace folder " + abs + " cannot be created: " + e.getMessage(), e);
        }
        Workspace ws = TeamServer.open(abs, server, kindIfNew);
        try {
            server.write(abs);
            DatabaseKey.secure(abs);
        } catch (IOException e) {
            ws.close();
            throw new WorkspaceException("The team descriptor cannot be written in " + abs + ": " + e.getMessage(), e);
        }
        return ws;
    }

    /** Wraps an open team database (see {@link TeamServer}). */
    static Workspace team(Path dir, JdbcConnectionPool pool, ServerLogins logins, DSLContext db,
                          WorkspaceKind kind, int applied, ChangeFeed feed) {
        Workspace w = new Workspace(dir, Engine.POSTGRES, pool, db, kind, applied, feed);
        w.logins = logins;
        return w;
    }

    private static Workspace open(Path dir, WorkspaceKind kindIfNew, boolean mustBeNew) throws WorkspaceException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!mustBeNew && TeamDescriptor.in(abs)) {
            Workspace team = TeamServer.open(abs, TeamDescriptor.read(abs), kindIfNew);
            DatabaseKey.secure(abs);
            return team;
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException("The workspace folder " + abs + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(abs) || !Files.isReadable(abs)) {
            throw new WorkspaceException("The workspace folder " + abs + " cannot be read and written by this user.");
        }
        Path dbFile = abs.resolve(DB_NAME + ".mv.db");
        if (Files.exists(dbFile) && (!Files.isReadable(dbFile) || !Files.isWritable(dbFile))) {
            throw new WorkspaceException("The workspace database " + dbFile + " cannot be read and written by this user.");
        }
        try {
            return OpenGate.through(abs, () -> openGated(abs, kindIfNew, mustBeNew));
        } catch (IOException e) {
            throw new WorkspaceException("The workspace folder " + abs + " cannot be locked: " + e.getMessage(), e);
        }
    }

    private static Workspace openGated(Path abs, WorkspaceKind kindIfNew, boolean mustBeNew)
            throws WorkspaceException {
        // WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to half a second later,
        // and a process killed in that time loses rulings it had reported as done (KillDuringRulingTest).
        // COMPRESS: pages stored compressed, a third of the bytes (issue 19)
        String url = "jdbc:h2:file:" + abs.resolve(DB_NAME) + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0"
                + ";COMPRESS=TRUE" + FileKeys.urlOptions(abs);
        String key;
        try {
            key = DatabaseKey.ensure(abs);
        } catch (IOException e) {
            throw new WorkspaceException("The workspace's database key " + abs.resolve(DatabaseKey.FILE)
                    + " cannot be read or written: " + e.getMessage(), e);
        }
        String password = FileKeys.password(abs, key);
        long deadline = System.nanoTime() + OPEN_PATIENCE.toNanos();
        boolean adopted = false;
        while (true) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, DatabaseKey.USER, password);
            pool.setMaxConnections(8);
            try {
                try (Connection probe = pool.getConnection()) {
                    LOG.info("Opened workspace {} ({})", abs, probe.getMetaData().getDatabaseProductVersion());
                }
                DatabaseKey.secure(abs);
                sweepLeftovers(abs);
                int applied = migrate(pool, abs, Flyway.configure().dataSource(pool).locations("classpath:db/migration"),
                        true);
                DSLContext db = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
                WorkspaceKind kind = ensureInfo(db, kindIfNew, mustBeNew, abs);
                if (applied > 0) {
                    CaseSearchTokens.fillIfMissing(db);
                }
                Workspace ws = new Workspace(abs, Engine.H2, pool, db, kind, applied, null);
                ws.h2Login = new String[] {url, password};
                return ws;
            } catch (SQLException | WorkspaceException | RuntimeException e) {
                pool.dispose();
                if (e.getCause() instanceof WorkspaceException inner) {
                    throw inner;
                }
                if (e instanceof WorkspaceException w) {
                    throw w;
                }
                SQLException sql = findSql(e);
                if (sql == null) {
                    throw (RuntimeException) e;
                }
                if (sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                    throw new WorkspaceException("The database of the encrypted workspace " + abs + " does not open "
                            + "with the key in " + abs.resolve(FileKeys.FILE) + ": the key file belongs to another "
                            + "workspace, or the database was replaced.", sql);
                }
                if (sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD && !adopted && !FileKeys.encrypted(abs)) {
                    adopted = adoptKey(abs, url, key, sql);
                    continue;
                }
                if (!isPassing(sql) || System.nanoTime() > deadline) {
                    throw translate(abs, sql);
                }
                LOG.info("The workspace is being opened or closed by another process; trying again ({})",
                        sql.getErrorCode());
                pauseBeforeRetry(sql);
            }
        }
    }

    /**
     * What an interrupted backup, restore or write left in and beside the workspace folder: removed at
     * the next start (each in the log), once an hour old.
     */
    private static void sweepLeftovers(Path abs) {
        AtomicFiles.sweep(abs, name -> name.startsWith(".") && name.endsWith(".part"));
        if (Files.isDirectory(abs.resolve("backups"))) {
            AtomicFiles.sweep(abs.resolve("backups"), name -> name.startsWith(".") && name.endsWith(".part"));
        }
        if (abs.getParent() != null) {
            Backups.sweepRestores(abs.getParent(), abs);
        }
    }

    /** A workspace from before database keys opens with the empty password once, and gets its key. */
    private static boolean adoptKey(Path abs, String url, String key, SQLException refused) throws WorkspaceException {
        try {
            if (DatabaseKey.adopt(url, key)) {
                return true;
            }
        } catch (SQLException e) {
            throw translate(abs, e);
        }
        throw new WorkspaceException("The workspace database in " + abs + " does not accept the key in "
                + abs.resolve(DatabaseKey.FILE) + ": the key belongs to another workspace, or was changed.", refused);
    }

    /**
     * Arbitra processes open and close through {@link OpenGate}, but a client whose serving process
     * just exited may be reconnecting on its own, and H2 then answers "already in use", "lock file
     * recently modified" or "closed" for a moment. A program that really holds the database
     * without sharing it still answers so after {@link #OPEN_PATIENCE}.
     */
    /** A lock wait that ran out: another process is writing; say so in a sentence. */
    static void throwIfBusy(RuntimeException e) {
        SQLException sql = findSql(e);
        if (sql != null && (sql.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1
                || sql.getErrorCode() == ErrorCode.CONCURRENT_UPDATE_1)) {
            throw new WorkspaceBusyException("The workspace is busy: another process (an import, perhaps) is "
                    + "writing to it. Nothing was changed; try again in a moment.", e);
        }
    }

    static boolean isPassing(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.ERROR_OPENING_DATABASE_1
                || code == ErrorCode.CONNECTION_BROKEN_1 || code == ErrorCode.DATABASE_IS_CLOSED
                || code == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN;
    }

    private static void pauseBeforeRetry(SQLException cause) throws WorkspaceException {
        try {
            Thread.sleep(100 + (long) (Math.random() * 200));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Interrupted while waiting for the workspace.", cause);
        }
    }

    /**
     * Migrates the database; an upgrade of an H2 workspace is backed up first ({@code backupFirst}; a
     * team's server is backed up by its own tools).
     */
    static int migrate(JdbcConnectionPool pool, Path dir, org.flywaydb.core.api.configuration.FluentConfiguration how,
                       boolean backupFirst) throws WorkspaceException {
        Flyway flyway = how.ignoreMigrationPatterns("*:future").load();
        MigrationInfo[] applied = flyway.info().applied();
        Optional<MigrationInfo> future = Arrays.stream(applied)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS).findFirst();
        if (future.isPresent()) {
            MigrationVersion newest = Arrays.stream(applied).map(MigrationInfo::getVersion)
                    .max(MigrationVersion::compareTo).orElseThrow();
            String known = Arrays.stream(flyway.info().all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
                    .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).map(Object::toString).orElse("?");
            String needs = migratedBy(pool).map(v -> "open it with Arbitra " + v + " or newer.")
                    .orElse("open it with that newer version.");
            throw new WorkspaceException("The workspace " + dir + " was made by a newer version of Arbitra (schema "
                    + newest + "; this is version " + AppVersion.current() + " with schema " + known + "): "
                    + needs);
        }
        try {
            boolean upgrade = applied.length > 0 && flyway.info().pending().length > 0;
            if (upgrade && backupFirst) {
                Backups.automatic(pool, dir, "before-upgrade");
            }
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                recordMigratedBy(pool);
            }
            return result.migrationsExecuted;
        } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
            throw new WorkspaceException("The workspace " + dir + " has a schema that this version of Arbitra ("
                    + AppVersion.current() + ") does not recognise (it was made by a different build); open it "
                    + "with the build that made it.", e);
        }
    }

    /** Which version last migrated the workspace (recorded from schema 3 on). */
    private static Optional<String> migratedBy(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection();
             var st = c.prepareStatement("SELECT migrated_by_version FROM workspace_info WHERE id = 1");
             var rs = st.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void recordMigratedBy(JdbcConnectionPool pool) throws WorkspaceException {
        try (Connection c = pool.getConnection();
             var st = c.prepareStatement("UPDATE workspace_info SET migrated_by_version = ? WHERE id = 1")) {
            st.setString(1, AppVersion.current());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("The workspace's version could not be recorded: " + e.getMessage(), e);
        }
    }

    static WorkspaceKind ensureInfo(DSLContext db, WorkspaceKind kindIfNew, boolean mustBeNew, Path dir)
            throws WorkspaceException {
        // a workspace that has its kind is only read (an operator's login on a team server may not lock it)
        var known = db.select(WORKSPACE_INFO.KIND).from(WORKSPACE_INFO).where(WORKSPACE_INFO.ID.eq(1)).fetchOptional();
        if (known.isPresent() && !mustBeNew) {
            return WorkspaceKind.valueOf(known.get().value1());
        }
        return db.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var info = tx.selectFrom(WORKSPACE_INFO).where(WORKSPACE_INFO.ID.eq(1)).forUpdate().fetchOptional();
            if (info.isPresent()) {
                if (mustBeNew) {
                    throw new WorkspaceException("The folder " + dir + " already holds a workspace.");
                }
                return WorkspaceKind.valueOf(info.get().getKind());
            }
            tx.insertInto(WORKSPACE_INFO).set(WORKSPACE_INFO.ID, 1).set(WORKSPACE_INFO.KIND, kindIfNew.name())
                    .set(WORKSPACE_INFO.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .set(WORKSPACE_INFO.CREATED_BY_VERSION, AppVersion.current())
                    .set(WORKSPACE_INFO.MIGRATED_BY_VERSION, AppVersion.current()).execute();
            return kindIfNew;
        });
    }

    /** H2's errors as sentences naming the workspace. */
    static WorkspaceException translate(Path dir, SQLException e) {
        if (DiskFull.in(e)) {
            return new WorkspaceException(DiskFull.ofWorkspace(dir, e).getMessage(), e);
        }
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1
                || code == ErrorCode.CONNECTION_BROKEN_1) {
            return new WorkspaceException("The workspace " + dir + " is in use by another program that does not "
                    + "share it; close that program and try again.", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2) {
            return new WorkspaceException("The workspace " + dir + " cannot be read (" + firstLine(e) + ").", e);
        }
        return new WorkspaceException("The workspace " + dir + " cannot be opened (" + firstLine(e) + ").", e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        m = cut > 0 ? m.substring(0, cut) : m;
        int bracket = m.indexOf(" [");
        return bracket > 0 ? m.substring(0, bracket) : m;
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    public Path dir() {
        return dir;
    }

    public WorkspaceKind kind() {
        return kind;
    }

    /** H2 in the folder, or a team's PostgreSQL server. */
    public Engine engine() {
        return engine;
    }

    /** How many migrations this open applied (0 when the schema was already current). */
    public int appliedMigrations() {
        return appliedMigrations;
    }

    public DSLContext db() {
        return db;
    }

    /** How many bulk writes of this process are running ({@link #bulkWrites}). */
    private int bulkWriters;
    /** An H2 workspace's URL and password, for a connection outside the pool (see {@link #compactIfGrown}). */
    private String[] h2Login;
    /** The file's size before this process's first bulk write, or -1 before any. */
    private volatile long sizeBeforeBulk = -1;

    /**
     * Lets H2 write its pages in its background thread while a bulk write (an import, one transaction)
     * runs, and makes every commit durable at once again when the last one ends. The workspace opens
     * with WRITE_DELAY=0 so that a commit is on disk before it is reported; H2 then has no background
     * writer, and the importing thread itself serialised the pages of the growing transaction (a third
     * of an import's time, measured). The import commits once, so it loses nothing by the delay, and
     * it is on disk before this returns (CHECKPOINT). Commits of other sessions while an import runs
     * reach the disk within half a second instead of at once. Only where this process holds the
     * database itself: a client of another process's server leaves the server's setting alone (an
     * import killed there would leave it changed until the server reopens).
     */
    public BulkWrites bulkWrites() {
        if (engine != Engine.H2 || !embedded()) {
            return () -> { };
        }
        synchronized (this) {
            if (sizeBeforeBulk < 0) {
                sizeBeforeBulk = fileSize();
            }
            if (bulkWriters++ == 0) {
                db.execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
            }
        }
        return () -> {
            synchronized (this) {
                if (--bulkWriters == 0) {
                    db.execute("SET WRITE_DELAY 0");
                    db.execute("CHECKPOINT");
                }
            }
        };
    }

    private static final int BULK_WRITE_DELAY_MS = 500;

    /**
     * A file that bulk writes grew by more than half, and by this much at least, is compacted at close.
     * H2 writes a changed page anew and frees its old copy only later: an import of 100,000 cases left
     * a 1.48 GB file of which 155 MB was in use (measured, 2026-12-08). H2's own count of the space in
     * use is no guide at that moment: it said 100% at the import's close and 41% on reopening.
     */
    static final long COMPACT_AFTER_GROWTH_BYTES = 16L << 20;

    private long fileSize() {
        try {
            return Files.size(dbFile());
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether closing will compact the file, if nobody else is connected: bulk writes of this process grew it. */
    public boolean compactsOnClose() {
        long now = fileSize();
        return engine == Engine.H2 && sizeBeforeBulk >= 0 && now >= sizeBeforeBulk * 3 / 2
                && now - sizeBeforeBulk >= COMPACT_AFTER_GROWTH_BYTES;
    }

    /**
     * After bulk writes of this process that grew the file, rewrites it without its free space, as H2's
     * {@code SHUTDOWN COMPACT} does (a new file, then moved over the old one: a crash leaves one or the
     * other whole): 1.48 GB to 155 MB in 7.8 s after an import of 100,000 cases. Only where this
     * process holds the database and nobody else is connected to it (another process through this one,
     * or another workspace object of this process); otherwise the file stays as it is until a later
     * bulk write's close.
     */
    private void compactIfGrown() {
        if (!compactsOnClose()) {
            return;
        }
        long before = fileSize();
        // a connection of its own, which SHUTDOWN closes under it, and then no pooled one is open
        try (Connection c = java.sql.DriverManager.getConnection(h2Login[0], DatabaseKey.USER, h2Login[1]);
             var st = c.createStatement()) {
            pool.dispose();
            // an embedded session: this process holds the database (else it is another's to compact)
            if (!(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()
                    instanceof org.h2.engine.SessionLocal)) {
                return;
            }
            try (var others = st.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
                if (others.next() && others.getInt(1) > 0) {
                    LOG.info("The workspace file grew to {} MB, but others are connected to it: not compacted now",
                            before >> 20);
                    return;
                }
            }
            long started = System.nanoTime();
            st.execute("SHUTDOWN COMPACT");
            DatabaseKey.secure(dir);
            LOG.info("Compacted the workspace file from {} MB to {} MB in {} ms", before >> 20, fileSize() >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            LOG.warn("The workspace file could not be compacted; it stays as it was", e);
        }
    }

    /** The fewest cases an import adds before a team server's tables are vacuumed and analysed after it. */
    static final int MAINTAIN_AFTER_CASES = 10_000;

    /**
     * After a large import into a team server: its statistics and visibility map brought up to date
     * ({@code VACUUM (ANALYZE)}), as autovacuum would do some time later or, on a server where it is
     * off, never. Until then the planner takes the new rows for few (a search at a million cases read
     * each token's ids from the table rather than the index: p95 301 ms, 84 ms after). Tables this
     * login does not own are skipped by the server with a warning; a failure is logged, not thrown:
     * the import has committed.
     */
    void maintainAfterBulkLoad(int cases) {
        if (engine != Engine.POSTGRES || cases < MAINTAIN_AFTER_CASES) {
            return;
        }
        long started = System.nanoTime();
        try (Connection c = dataSource().getConnection(); var st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("VACUUM (ANALYZE) dispute_case, case_search");
            LOG.info("Vacuumed and analysed the cases after an import of {} in {} ms", cases,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            LOG.warn("Could not vacuum and analyse the cases after an import: {}", e.getMessage());
        }
    }

    /** The end of a bulk write. */
    public interface BulkWrites extends AutoCloseable {
        @Override
        void close();
    }

    private boolean embedded() {
        try (Connection c = pool.getConnection()) {
            return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The connections of this workspace: on a team, those of the login signed in (see {@link ServerLogins}). */
    javax.sql.DataSource dataSource() {
        return logins != null ? logins : pool;
    }

    public Store store() {
        return new JooqStore(db, kind, this::signedIn, dir);
    }

    /** On a team workspace, later work runs as the operator's own server login (see {@link ServerLogins}). */
    private void signedIn(String username, char[] password) {
        if (logins != null) {
            logins.signIn(username, password);
        }
    }

    /**
     * Calls {@code onChange} on another thread as soon as anyone commits a change to a team workspace;
     * an H2 workspace has no such feed (its change mark is polled) and never calls it.
     */
    public AutoCloseable onChange(Runnable onChange) {
        return feed == null ? () -> { } : feed.subscribe(onChange);
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    private Path dbFile() {
        return dir.resolve(DB_NAME + ".mv.db");
    }

    /** The bytes the workspace's data takes: its H2 file, or its team database on the server. */
    public long databaseBytes() throws IOException, SQLException {
        if (engine == Engine.H2) {
            return Files.size(dbFile());
        }
        try (Connection c = dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes this process's connections; if it served the database to others, one of them takes over. */
    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        if (logins != null) {
            logins.dispose();
        }
        try {
            OpenGate.through(dir, () -> {
                compactIfGrown();
                pool.dispose();
                return null;
            });
        } catch (IOException e) {
            LOG.warn("Could not take the open gate of {} to close it; closing anyway", dir, e);
            pool.dispose();
        }
    }
}
