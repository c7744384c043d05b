package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.arbitra.domain.StoreFullException;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a full disk is a sentence that says where and how much to free (exit 3), nothing is
 * half-written, and the workspace works again once there is space. On a real small filesystem where
 * the test may mount one; at the storage boundary otherwise.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Path mounted;


    Result run(String... args) {
        return CliRun.in(dir).run(args);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** A 24 MB tmpfs, when this process may mount one (as root with the capability); else null. */
    private Path smallFilesystem() throws Exception {
        Path at = Files.createDirectories(dir.resolve("small"));
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", at.toString())
                    .redirectErrorStream(true).start();
            if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
                mounted = at;
                return at;
            }
        } catch (IOException e) {
            // no mount command
        }
        return null;
    }

    private static void fill(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream os = Files.newOutputStream(file)) {
            while (true) {
                os.write(chunk);
            }
        } catch (IOException e) {
            assertThat(DiskFull.in(e)).as(e.toString()).isTrue();
        }
    }

    @Test
    void onAFullDiskCommandsSaySoChangeNothingAndWorkAgainOnceThereIsSpace() throws Exception {
        Path fs = smallFilesystem();
        assumeThat(fs).as("this machine lets the test mount a small filesystem").isNotNull();
        String ws = fs.resolve("ws").toString();
        assertThat(run("init", ws).code()).isZero();
        Path filler = fs.resolve("filler");
        fill(filler);

        Result imported = run("import", "--workspace", ws, "assets/samples/live");
        Path export = fs.resolve("out.json");
        Result exported = run("export", "--workspace", ws, "--full", "--out", export.toString());

        assertThat(imported.code()).as(imported.err()).isEqualTo(3);
        assertThat(imported.err().strip()).isEqualTo("arbitra: The disk holding the workspace " + ws + " is full: "
                + "free at least 100 MB there, then try again. Nothing was changed.");
        assertThat(exported.code()).as(exported.err()).isEqualTo(3);
        // the workspace, on the same disk, may be the first to find it full
        assertThat(exported.err()).contains(" is full: free at least 100 MB there, then try again. Nothing was ");
        try (var files = Files.list(fs)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ws", "filler");
        }

        Files.delete(filler);
        assertThat(run("cases", "--workspace", ws).out()).isEmpty();
        assertThat(run("audit", "verify", "--workspace", ws).out().strip()).isEqualTo("OK 0 records");
        Result again = run("import", "--workspace", ws, "assets/samples/live");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(run("audit", "verify", "--workspace", ws).out()).startsWith("OK ");
    }

    @Test
    void aFullDiskAtTheStorageBoundaryIsTheSentenceNotAnInternalError() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.create(ws, WorkspaceKind.LIVE).close();
        org.jooq.ConnectionProvider full = new org.jooq.ConnectionProvider() {
            @Override
            public java.sql.Connection acquire() {
                throw new org.jooq.exception.DataAccessException("Error getting connection", new SQLException(
                        "IO Exception: \"java.io.IOException: No space left on device\"", "90028", 90028,
                        new IOException("No space left on device")));
            }

            @Override
            public void release(java.sql.Connection connection) {
                // never acquired
            }
        };
        JooqStore store = new JooqStore(DSL.using(full, SQLDialect.H2), WorkspaceKind.LIVE, (u, p) -> { }, ws);

        assertThatThrownBy(() -> store.transaction(u -> u.operators().count()))
                .isInstanceOfSatisfying(StoreFullException.class, e -> assertThat(e.freeAtLeastMegabytes())
                        .isEqualTo(100))
                .hasMessage("The disk holding the workspace " + ws + " is full: free at least 100 MB there, then try "
                        + "again. Nothing was changed.");

        Path out = dir.resolve("export.json");
        assertThatThrownBy(() -> AtomicFiles.write(out, os -> {
            os.write(new byte[3 * 1024 * 1024]);
            throw new IOException("No space left on device");
        })).isInstanceOf(StoreFullException.class).hasMessage("The disk holding " + dir + " is full: free at least "
                + "100 MB there, then try again. Nothing was written to " + out + ".");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ws");
        }
    }
}
