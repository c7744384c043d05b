package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.WorkspaceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the database of a local workspace opens only with its own random key, kept for the
 * folder's owner; the folder and what Arbitra keeps in it are owner-only.
 */
class WorkspaceTrustTest {

    @TempDir
    Path dir;

    private static String url(Path ws) {
        return "jdbc:h2:file:" + ws.toAbsolutePath().resolve(Workspace.DB_NAME) + ";IFEXISTS=TRUE";
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewWorkspaceHasARandomKeyAndTheEmptyPasswordOpensNothing() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Workspace.create(a, WorkspaceKind.LIVE).close();
        Workspace.create(b, WorkspaceKind.LIVE).close();

        String key = DatabaseKey.of(a);
        assertThat(key).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(DatabaseKey.of(b));
        assertThatThrownBy(() -> DriverManager.getConnection(url(a), "arbitra", "").close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
        assertThatThrownBy(() -> DriverManager.getConnection(url(a), "arbitra", DatabaseKey.of(b)).close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url(a), "arbitra", key)) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void theFolderTheDatabaseTheKeyTheLogsAndTheBackupsAreOwnerOnly() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve("logs"));
        Files.writeString(ws.resolve("logs/arbitra.log"), "a line\n");
        Files.setPosixFilePermissions(ws, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(ws.resolve("logs/arbitra.log"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(ws.resolve("notes.txt"), "not ours");
        Files.setPosixFilePermissions(ws.resolve("notes.txt"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Workspace w = Workspace.open(ws)) {
            Backups.backup(w, ws.resolve("backups/manual.zip"));
        }
        try (Workspace again = Workspace.open(ws)) {
            assertThat(again.kind()).isEqualTo(WorkspaceKind.LIVE);
        }

        assertThat(mode(ws)).isEqualTo("rwx------");
        assertThat(mode(ws.resolve("arbitra.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(ws.resolve(DatabaseKey.FILE))).isEqualTo("rw-------");
        assertThat(mode(ws.resolve("logs"))).isEqualTo("rwx------");
        assertThat(mode(ws.resolve("logs/arbitra.log"))).isEqualTo("rw-------");
        assertThat(mode(ws.resolve("backups"))).isEqualTo("rwx------");
        assertThat(mode(ws.resolve("backups/manual.zip"))).isEqualTo("rw-------");
        assertThat(mode(ws.resolve("notes.txt"))).as("not Arbitra's file").isEqualTo("rw-r--r--");
    }

    @Test
    void aWorkspaceFromBeforeKeysOpensOnceWithTheEmptyPasswordAndGetsItsKey() throws Exception {
        Path ws = dir.resolve("old");
        Workspace.create(ws, WorkspaceKind.LIVE).close();
        try (Connection c = DriverManager.getConnection(url(ws), "arbitra", DatabaseKey.of(ws));
             Statement st = c.createStatement()) {
            st.execute("ALTER USER arbitra SET PASSWORD ''");
        }
        Files.delete(ws.resolve(DatabaseKey.FILE));

        Workspace.open(ws).close();

        String key = DatabaseKey.of(ws);
        assertThat(key).isNotEmpty();
        assertThatThrownBy(() -> DriverManager.getConnection(url(ws), "arbitra", "").close())
                .isInstanceOf(SQLException.class);
        DriverManager.getConnection(url(ws), "arbitra", key).close();
    }

    @Test
    void aKeyThatDoesNotFitIsRefusedInASentence() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.create(ws, WorkspaceKind.LIVE).close();
        Files.writeString(ws.resolve(DatabaseKey.FILE), "not-the-key");

        assertThatThrownBy(() -> Workspace.open(ws)).isInstanceOf(WorkspaceException.class)
                .hasMessage("The workspace database in " + ws.toAbsolutePath() + " does not accept the key in "
                        + ws.toAbsolutePath().resolve(DatabaseKey.FILE) + ": the key belongs to another workspace, "
                        + "or was changed.");
    }
}
