package com.arbitra.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local workspace's database password: random, one per workspace, kept in {@code database.key}
 * for the folder's owner only, never empty. A workspace made before there were keys (or restored
 * from such a backup) opens with the empty password once and is given its key.
 */
public final class DatabaseKey {

    public static final String FILE = "database.key";
    static final String USER = "arbitra";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseKey.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseKey() {
    }

    /** The workspace's database password ("" for a workspace that has no key yet). */
    public static String of(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.US_ASCII).strip() : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The workspace's database key " + file + " cannot be read", e);
        }
    }

    /** The key, made and written (owner-only) when the folder has none. */
    static String ensure(Path dir) throws IOException {
        String key;
        try {
            key = of(dir);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (!key.isEmpty()) {
            return key;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AtomicFiles.write(dir.resolve(FILE), os -> os.write(made.getBytes(StandardCharsets.US_ASCII)));
        return made;
    }

    /**
     * Gives a database that still opens with the empty password its key; false when it does not
     * open with the empty password either (the key is then simply wrong).
     */
    static boolean adopt(String url, String key) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, "")) {
            try (Statement st = c.createStatement()) {
                // the key is base64url: nothing in it needs quoting
                st.execute("ALTER USER " + USER + " SET PASSWORD '" + key + "'");
            }
            LOG.info("Gave the workspace database {} its own password (it had none)", url);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Makes the workspace folder and what Arbitra keeps in it owner-only (0700 and 0600 on POSIX): the
     * database's files, the key, the descriptor, the logs and the backups. Nothing else in the folder
     * is touched.
     */
    static void secure(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> top = Files.list(dir)) {
                for (Path p : (Iterable<Path>) top::iterator) {
                    String name = p.getFileName().toString();
                    if (Files.isRegularFile(p) && (name.startsWith(Workspace.DB_NAME + ".") || name.equals(FILE)
                            || name.equals(FileKeys.FILE) || name.equals(TeamDescriptor.FILE))) {
                        AtomicFiles.ownerOnly(p);
                    } else if (Files.isDirectory(p) && (name.equals("logs") || name.equals("backups")
                            || name.equals(HeldDraftsFiles.FOLDER))) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                        try (Stream<Path> inner = Files.list(p)) {
                            for (Path f : (Iterable<Path>) inner::iterator) {
                                if (Files.isRegularFile(f)) {
                                    AtomicFiles.ownerOnly(f);
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not make {} owner-only: {}", dir, e.toString());
        }
    }
}
