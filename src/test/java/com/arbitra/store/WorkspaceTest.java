package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.WorkspaceKind;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceKeepsTheKindItWasCreatedWith() throws Exception {
        Path training = dir.resolve("training");
        try (Workspace ws = Workspace.create(training, WorkspaceKind.TRAINING)) {
            assertThat(ws.kind()).isEqualTo(WorkspaceKind.TRAINING);
            assertThat(ws.appliedMigrations()).isPositive();
        }
        try (Workspace again = Workspace.open(training)) {
            assertThat(again.kind()).isEqualTo(WorkspaceKind.TRAINING);
            assertThat(again.appliedMigrations()).isZero();
        }
        assertThatThrownBy(() -> Workspace.create(training, WorkspaceKind.LIVE))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("already holds a workspace");
    }

    /** Commits are written at once again when the last of two overlapping bulk writes ends. */
    @Test
    void bulkWritesDelayCommitsOnlyWhileTheyRun() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("bulk"), WorkspaceKind.LIVE)) {
            assertThat(writeDelay(ws)).isEqualTo("0");
            Workspace.BulkWrites first = ws.bulkWrites();
            Workspace.BulkWrites second = ws.bulkWrites();
            assertThat(writeDelay(ws)).isEqualTo("500");
            first.close();
            assertThat(writeDelay(ws)).isEqualTo("500");
            second.close();
            assertThat(writeDelay(ws)).isEqualTo("0");
        }
    }

    /** An import that grew the file leaves it compacted when its workspace closes, and nothing is lost. */
    @Test
    void closingAfterBulkWritesThatGrewTheFileCompactsIt() throws Exception {
        Path ws = dir.resolve("grown");
        Path file = ws.resolve(Workspace.DB_NAME + ".mv.db");
        long grown;
        try (Workspace w = Workspace.create(ws, WorkspaceKind.LIVE)) {
            new com.arbitra.bench.BenchGenerator(5, false).fill(w, GROWING_CASES, n -> { });
            grown = Files.size(file);
            assertThat(grown).isGreaterThan(Workspace.COMPACT_AFTER_GROWTH_BYTES);
            assertThat(w.compactsOnClose()).isTrue();
        }
        long compacted = Files.size(file);
        assertThat(compacted).as("the file after the close").isLessThan(grown / 2);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(ws)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
        try (Workspace again = Workspace.open(ws)) {
            assertThat(again.db().fetchCount(com.arbitra.store.jooq.Tables.DISPUTE_CASE)).isEqualTo(GROWING_CASES);
            assertThat(again.databaseBytes()).as("as the workspace reports it").isLessThan(grown / 2);
        }
    }

    /** While another workspace object of this process is connected, the close leaves the file to it. */
    @Test
    void aGrownFileStaysWhileOthersAreConnected() throws Exception {
        Path ws = dir.resolve("shared");
        Path file = ws.resolve(Workspace.DB_NAME + ".mv.db");
        try (Workspace fresh = Workspace.create(ws, WorkspaceKind.LIVE)) {
            assertThat(fresh.compactsOnClose()).as("no bulk write yet").isFalse();
        }
        try (Workspace other = Workspace.open(ws)) {
            long grown;
            try (Workspace importing = Workspace.open(ws)) {
                new com.arbitra.bench.BenchGenerator(5, false).fill(importing, GROWING_CASES, n -> { });
                grown = Files.size(file);
            }
            assertThat(Files.size(file)).isGreaterThanOrEqualTo(grown * 3 / 4);
            assertThat(other.db().fetchCount(com.arbitra.store.jooq.Tables.DISPUTE_CASE)).isEqualTo(GROWING_CASES);
        }
    }

    /** Enough generated cases to grow a new file by more than {@link Workspace#COMPACT_AFTER_GROWTH_BYTES}. */
    private static final int GROWING_CASES = 4_000;

    private static String writeDelay(Workspace ws) {
        // H2 lists the setting twice (stored and in effect); both must say the same
        return String.join(",", ws.db().fetch("SELECT DISTINCT setting_value FROM information_schema.settings "
                + "WHERE setting_name = 'WRITE_DELAY'").getValues(0, String.class));
    }

    @Test
    void plainUseCreatesALiveWorkspace() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("plain"))) {
            assertThat(ws.kind()).isEqualTo(WorkspaceKind.LIVE);
        }
        assertThat(Workspace.exists(dir.resolve("plain"))).isTrue();
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedNamingTheSchemaItNeeds() throws Exception {
        Path ws = dir.resolve("newer");
        Workspace.create(ws, WorkspaceKind.LIVE).close();
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 1, 'arbitra', 1, TRUE)");
            s.execute("UPDATE workspace_info SET migrated_by_version = '7.2.0'");
        }

        assertThatThrownBy(() -> Workspace.open(ws))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(ws.toString())
                .hasMessageContaining("newer version of Arbitra (schema 99")
                .hasMessageContaining("open it with Arbitra 7.2.0 or newer")
                .hasMessageMatching("(?s).*this is version \\S+ with schema \\d+\\).*");
    }

    @Test
    void theDefaultFolderFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/lin");
        assertThat(Workspace.defaultDirectory(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/lin/.local/share/arbitra"));
        assertThat(Workspace.defaultDirectory(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/arbitra"));
        assertThat(Workspace.defaultDirectory(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/lin/Library/Application Support/Arbitra"));
        assertThat(Workspace.defaultDirectory(Map.of("APPDATA", "/c/Users/lin/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/lin/AppData/Roaming/Arbitra"));
        assertThat(Workspace.defaultDirectory(Map.of("ARBITRA_WORKSPACE", "/srv/ws", "XDG_DATA_HOME", "/data"),
                "Linux", home)).isEqualTo(Path.of("/srv/ws"));
    }
}
