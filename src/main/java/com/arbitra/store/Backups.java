package com.arbitra.store;

import com.arbitra.domain.WorkspaceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a workspace: one ZIP holding a manifest and the H2 database, which holds everything the
 * workspace needs (cases, attachments, operators, audit, settings). H2's {@code BACKUP TO} copies the
 * database online and consistently (MVStore snapshots), so the console and other processes may keep
 * the workspace open and keep writing while it runs; in mixed mode the serving process writes the copy.
 * A team workspace is backed up in the same format: its tables are read from one snapshot of the
 * server (others keep working) into a local database beside the file, which is then written as above;
 * such a backup restores into a local folder or, table by table, into a team database.
 */
public final class Backups {

    public static final String MANIFEST = "arbitra-backup.properties";
    public static final String DATABASE = Workspace.DB_NAME + ".mv.db";
    /** How many automatic backups (before schema upgrades) a workspace keeps in {@code backups/}. */
    public static final int KEEP_AUTOMATIC = 5;
    static final String FORMAT = "1";
    private static final long MAX_DATABASE_BYTES = 64L << 30;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** A file that is not a backup this build can restore; the message says what is wrong. */
    public static final class NotABackupException extends Exception {
        private static final long serialVersionUID = 1L;

        NotABackupException(String message) {
            super(message);
        }
    }

    /**
     * What a restore did: the backup's manifest, and where the workspace it replaced was kept (a
     * backup in the workspace's {@code backups/} folder), or null when it replaced nothing.
     */
    public record Restored(Manifest manifest, Path replacedKeptAs) {
    }

    /** What a backup holds, from its manifest. */
    public record Manifest(String appVersion, String schema, WorkspaceKind kind, Instant madeAt, long cases,
                           long auditRecords, String auditHeadHash) {

        /** What the backup saw of the audit chain (only its length for a backup from before witnesses). */
        public com.arbitra.domain.AuditChain.Witness witness(Path file) {
            return new com.arbitra.domain.AuditChain.Witness(auditRecords, auditHeadHash, "the backup " + file
                    + " (made " + madeAt + ")");
        }
    }

    private Backups() {
    }

    /** Backs up an open workspace to {@code out} (written under a temporary name, then renamed). */
    public static Manifest backup(Workspace ws, Path out) throws IOException, WorkspaceException {
        if (ws.engine() == Workspace.Engine.H2) {
            return write(ws.dataSource(), ws.dir(), out);
        }
        Path abs = out.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        String mine = "." + abs.getFileName() + ".team-";
        AtomicFiles.sweep(abs.getParent(), name -> name.startsWith(mine));
        Path staging = Files.createTempDirectory(abs.getParent(), mine);
        try {
            try (Workspace copy = Workspace.create(staging, ws.kind())) {
                WorkspaceMove.copy(ws, copy);
                return write(copy.dataSource(), copy.dir(), out);
            }
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Writes {@code dir/backups/auto-TIME-REASON.zip} and keeps the newest {@link #KEEP_AUTOMATIC}.
     */
    static Path automatic(DataSource ds, Path dir, String reason) throws WorkspaceException {
        Path folder = dir.resolve("backups");
        Path out = folder.resolve("auto-" + STAMP.format(Instant.now()) + "-" + reason + ".zip");
        try {
            Files.createDirectories(folder);
            write(ds, dir, out);
            prune(folder);
        } catch (IOException | UncheckedIOException e) {
            throw new WorkspaceException("The workspace " + dir + " needs a schema upgrade, and the backup made "
                    + "before it could not be written to " + out + " (" + e.getMessage() + "); nothing was changed.",
                    e);
        }
        LOG.info("Backed up {} to {} before a schema upgrade", dir, out);
        return out;
    }

    /** The automatic backups in a workspace's {@code backups/} folder, oldest first. */
    public static List<Path> automaticBackups(Path dir) throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("auto-")
                    && p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    private static void prune(Path folder) throws IOException {
        List<Path> all = automaticBackups(folder.getParent());
        for (int i = 0; i < all.size() - KEEP_AUTOMATIC; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** Writes the backup of {@code ds}, the database of the workspace in {@code dir}, with its key. */
    private static Manifest write(DataSource ds, Path dir, Path out) throws IOException {
        String key = DatabaseKey.of(dir);
        byte[] fileKeys = FileKeys.bytes(dir);
        Path abs = out.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path raw = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".h2.part");
        try {
            Manifest m;
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                Files.delete(raw);
                st.execute("BACKUP TO '" + raw.toString().replace("'", "''") + "'");
                m = describe(c);
            } catch (SQLException e) {
                if (DiskFull.in(e)) {
                    throw DiskFull.ofFile(out, Files.exists(raw) ? Files.size(raw) : 0, e);
                }
                throw new IOException("the database could not be copied: " + e.getMessage(), e);
            }
            Properties p = new Properties();
            p.setProperty("format", FORMAT);
            p.setProperty("appVersion", m.appVersion());
            p.setProperty("schema", m.schema());
            p.setProperty("kind", m.kind().name());
            p.setProperty("madeAt", m.madeAt().toString());
            p.setProperty("cases", Long.toString(m.cases()));
            p.setProperty("auditRecords", Long.toString(m.auditRecords()));
            p.setProperty("auditHeadHash", m.auditHeadHash());
            AtomicFiles.write(abs, os -> {
                ZipOutputStream zip = new ZipOutputStream(os);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                p.store(zip, "Arbitra workspace backup");
                zip.closeEntry();
                if (!key.isEmpty()) {
                    // the database opens with it: the backup is as private as the workspace (0600)
                    zip.putNextEntry(new ZipEntry(DatabaseKey.FILE));
                    zip.write(key.getBytes(StandardCharsets.US_ASCII));
                    zip.closeEntry();
                }
                if (fileKeys != null) {
                    // the file key, wrapped per operator: the backup opens only with one of their passwords
                    zip.putNextEntry(new ZipEntry(FileKeys.FILE));
                    zip.write(fileKeys);
                    zip.closeEntry();
                }
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(raw))) {
                    boolean found = false;
                    for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                        if (e.getName().equals(DATABASE)) {
                            zip.putNextEntry(new ZipEntry(DATABASE));
                            in.transferTo(zip);
                            zip.closeEntry();
                            found = true;
                        }
                    }
                    if (!found) {
                        throw new IOException("the database copy holds no " + DATABASE);
                    }
                }
                zip.finish();
            });
            return m;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static Manifest describe(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            String kind;
            try (ResultSet rs = st.executeQuery("SELECT kind FROM workspace_info WHERE id = 1")) {
                kind = rs.next() ? rs.getString(1) : WorkspaceKind.LIVE.name();
            }
            String schema = "?";
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
                int best = -1;
                while (rs.next()) {
                    try {
                        best = Math.max(best, Integer.parseInt(rs.getString(1)));
                    } catch (NumberFormatException ignored) {
                        // not one of ours
                    }
                }
                schema = best < 0 ? "?" : Integer.toString(best);
            }
            long cases = count(st, "SELECT COUNT(*) FROM dispute_case");
            long audit;
            String hash;
            try (ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
                rs.next();
                audit = rs.getLong(1);
                hash = rs.getString(2);
            }
            return new Manifest(AppVersion.current(), schema, WorkspaceKind.valueOf(kind), Instant.now(), cases, audit,
                    hash);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Reads and checks a backup's manifest; a sentence says what is wrong with a bad or foreign file. */
    public static Manifest inspect(Path zipFile) throws NotABackupException {
        if (!Files.isRegularFile(zipFile)) {
            throw new NotABackupException("There is no file " + zipFile + ".");
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry manifest = zip.getEntry(MANIFEST);
            ZipEntry db = zip.getEntry(DATABASE);
            if (manifest == null || db == null) {
                throw new NotABackupException(zipFile + " is not an Arbitra backup: it holds no "
                        + (manifest == null ? MANIFEST : DATABASE) + ".");
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(manifest)) {
                p.load(in);
            }
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new NotABackupException(zipFile + " is a backup in format " + p.getProperty("format")
                        + ", which this version of Arbitra (" + AppVersion.current() + ") cannot read; restore it "
                        + "with the version that made it (" + p.getProperty("appVersion") + ").");
            }
            try {
                return new Manifest(p.getProperty("appVersion"), p.getProperty("schema"),
                        WorkspaceKind.valueOf(p.getProperty("kind")), Instant.parse(p.getProperty("madeAt")),
                        Long.parseLong(p.getProperty("cases")), Long.parseLong(p.getProperty("auditRecords")),
                        hashOrNull(p.getProperty("auditHeadHash")));
            } catch (RuntimeException e) {
                throw new NotABackupException(zipFile + " is not an Arbitra backup: its manifest is damaged ("
                        + e.getMessage() + ").");
            }
        } catch (ZipException e) {
            throw new NotABackupException(zipFile + " is not an Arbitra backup: it is not a readable ZIP file ("
                    + e.getMessage() + ").");
        } catch (IOException e) {
            throw new NotABackupException(zipFile + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /**
     * Restores a backup into {@code dir}. A folder that is not empty is refused unless {@code force};
     * with it, the workspace there is replaced, which is refused while any program has it open. The
     * backup is unpacked and opened (migrated if it is older, refused if newer) in a folder beside
     * {@code dir}, and only then renamed into place: a failure leaves {@code dir} as it was. The
     * replaced workspace is kept as a backup in the restored one's {@code backups/} folder, with its
     * own backups; a folder that holds files but no workspace is never replaced.
     */
    public static Restored restore(Path zipFile, Path dir, boolean force)
            throws NotABackupException, WorkspaceException, IOException {
        Manifest m = inspect(zipFile);
        Path target = dir.toAbsolutePath().normalize();
        if (TeamDescriptor.in(target)) {
            return new Restored(m, restoreIntoTeam(zipFile, target, force));
        }
        boolean occupied = Files.isDirectory(target) && !isEmpty(target);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotABackupException(target + " is a file, not a folder; nothing was changed.");
        }
        if (occupied && !force) {
            throw new NotABackupException("The folder " + target + " is not empty"
                    + (Workspace.exists(target) ? " (it holds a workspace)" : "")
                    + "; restore into an empty folder, or add --force to replace what is there. Nothing was changed.");
        }
        if (occupied && !Workspace.exists(target)) {
            // --force replaces a workspace, never somebody's other files
            throw new NotABackupException("The folder " + target + " is not empty and holds no workspace; restore "
                    + "into an empty folder. Nothing was changed.");
        }
        if (occupied) {
            refuseIfOpen(target);
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        sweepRestores(parent, target);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".restore-");
        try {
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                ZipEntry db = zip.getEntry(DATABASE);
                try (InputStream in = zip.getInputStream(db)) {
                    long copied = copyBounded(in, staging.resolve(DATABASE));
                    LOG.info("Unpacked {} bytes of {} into {}", copied, zipFile, staging);
                }
                unpackKey(zip, staging);
            }
            // opening proves the copy is a database this build can use (and migrates an older one)
            Workspace.open(staging).close();
            Files.deleteIfExists(staging.resolve("open.lock"));
            Path kept = null;
            if (occupied) {
                kept = staging.resolve("backups").resolve(replacedName());
                write(plain(target), target, kept);
                carryOver(target.resolve("backups"), kept.getParent());
                LOG.info("Kept the workspace {} replaced by {} as {}", target, zipFile, target.resolve("backups")
                        .resolve(kept.getFileName()));
                Path aside = parent.resolve("." + target.getFileName() + ".replaced-" + STAMP.format(Instant.now()));
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(aside);
            } else {
                Files.deleteIfExists(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Restored(m, kept == null ? null : target.resolve("backups").resolve(kept.getFileName()));
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /** The unpacked backups and replaced workspaces beside {@code target} that a killed restore left. */
    static void sweepRestores(Path parent, Path target) {
        String mine = "." + target.getFileName();
        AtomicFiles.sweep(parent, name -> name.startsWith(mine + ".restore-") || name.startsWith(mine + ".replaced-"));
    }

    /**
     * Restores into the team database {@code dir} points at: the backup is unpacked and opened beside
     * it, then its tables replace the server's in one transaction (workstations see the old workspace
     * or the new one, never a mixture). A database that holds cases, operators or audit records is
     * replaced only with {@code force}.
     */
    private static Path restoreIntoTeam(Path zipFile, Path dir, boolean force)
            throws NotABackupException, WorkspaceException, IOException {
        sweepRestores(dir.getParent(), dir);
        Path staging = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".restore-");
        try {
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                try (InputStream in = zip.getInputStream(zip.getEntry(DATABASE))) {
                    copyBounded(in, staging.resolve(DATABASE));
                }
                unpackKey(zip, staging);
            }
            try (Workspace backup = Workspace.open(staging); Workspace team = Workspace.open(dir)) {
                long held = held(team);
                if (held > 0 && !force) {
                    throw new NotABackupException("The team database of " + dir + " is not empty (" + held
                            + " cases, operators and audit records); add --force to replace it with the backup. "
                            + "Nothing was changed.");
                }
                Path kept = null;
                if (held > 0) {
                    kept = dir.resolve("backups").resolve(replacedName());
                    backup(team, kept);
                    LOG.info("Kept the team database replaced by {} as {}", zipFile, kept);
                }
                WorkspaceMove.copy(backup, team);
                LOG.info("Restored {} into the team database of {}", zipFile, dir);
                return kept;
            } catch (SQLException e) {
                throw Workspace.translate(dir, e);
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static long held(Workspace ws) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); Statement st = c.createStatement()) {
            return count(st, "SELECT COUNT(*) FROM dispute_case") + count(st, "SELECT COUNT(*) FROM operator")
                    + count(st, "SELECT COALESCE(MAX(seq), 0) FROM audit_head");
        }
    }

    private static long copyBounded(InputStream in, Path out) throws IOException, NotABackupException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream os = Files.newOutputStream(out)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_DATABASE_BYTES) {
                    throw new NotABackupException("The backup's database is larger than 64 GiB; it is refused.");
                }
                os.write(buf, 0, n);
            }
        }
        return total;
    }

    private static String hashOrNull(String hash) {
        if (hash == null) {
            return null;
        }
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("auditHeadHash is not a SHA-256 in hex");
        }
        return hash;
    }

    /** The database's key, when the backup has one (a backup from before keys opens without). */
    private static void unpackKey(ZipFile zip, Path staging) throws IOException, NotABackupException {
        ZipEntry entry = zip.getEntry(DatabaseKey.FILE);
        if (entry == null) {
            return;
        }
        byte[] key;
        try (InputStream in = zip.getInputStream(entry)) {
            key = in.readNBytes(1024);
        }
        if (key.length == 0 || key.length >= 1024 || !new String(key, StandardCharsets.US_ASCII)
                .matches("[A-Za-z0-9_-]+")) {
            throw new NotABackupException(zip.getName() + " is not an Arbitra backup: its " + DatabaseKey.FILE
                    + " is damaged.");
        }
        AtomicFiles.write(staging.resolve(DatabaseKey.FILE), os -> os.write(key));
        ZipEntry keys = zip.getEntry(FileKeys.FILE);
        if (keys != null) {
            byte[] bytes;
            try (InputStream in = zip.getInputStream(keys)) {
                bytes = in.readNBytes(1 << 20);
            }
            try {
                FileKeys.restore(bytes, staging);
            } catch (IOException e) {
                throw new NotABackupException(zip.getName() + " is not an Arbitra backup: " + e.getMessage() + ".");
            }
        }
    }

    /** The replaced workspace's own backups move with it into the restored folder. */
    private static void carryOver(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(f.getFileName());
                if (!Files.exists(dest)) {
                    Files.move(f, dest);
                }
            }
        }
    }

    private static String replacedName() {
        return "replaced-" + STAMP.format(Instant.now()) + ".zip";
    }

    /** The H2 database of a workspace that no program has open, without migrating it. */
    private static DataSource plain(Path dir) throws WorkspaceException {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve(Workspace.DB_NAME) + ";IFEXISTS=TRUE" + FileKeys.urlOptions(dir));
        ds.setUser(DatabaseKey.USER);
        ds.setPassword(FileKeys.password(dir, DatabaseKey.of(dir)));
        return ds;
    }

    /** A plain (unshared) connection succeeds only when no program has the database open. */
    private static void refuseIfOpen(Path dir) throws WorkspaceException {
        String url = "jdbc:h2:file:" + dir.resolve(Workspace.DB_NAME) + ";IFEXISTS=TRUE" + FileKeys.urlOptions(dir);
        try (Connection c = DriverManager.getConnection(url, DatabaseKey.USER, FileKeys.password(dir, DatabaseKey.of(dir)))) {
            LOG.debug("{} is not open elsewhere", dir);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceException("The workspace " + dir + " is open in Arbitra or another program; close "
                        + "it before replacing it with a backup. Nothing was changed.", e);
            }
            throw Workspace.translate(dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
