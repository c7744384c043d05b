package com.arbitra.app;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.store.Backups;
import com.arbitra.store.Workspace;
import com.arbitra.domain.WorkspaceKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces made by other versions: an older one is backed up and migrated, a newer one refused. */
@Tag("slow")
class UpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceFromTheSchemaV2VersionIsBackedUpThenMigratedAndKeepsItsData() throws Exception {
        Path ws = com.arbitra.support.Fixtures.workspaceV2(dir.resolve("old"));
        String expected;
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/fixtures/workspace-v2.cases.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ProcessTest.Run cases = ProcessTest.arbitra("cases", "--workspace", ws.toString(), "--json");

        assertThat(cases.code()).as(cases.err()).isZero();
        assertThat(cases.out()).isEqualTo(expected);
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out().strip())
                .isEqualTo("OK 43 records");
        // the settings table came with the upgrade, with the defaults
        assertThat(ProcessTest.arbitra("settings", "get", "ruling.fourEyes", "--workspace", ws.toString()).out()
                .strip()).isEqualTo("false");
        // one backup, made before the upgrade: it holds the workspace as schema 2 had it
        var backups = Backups.automaticBackups(ws);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).endsWith("-before-upgrade.zip");
        Backups.Manifest m = Backups.inspect(backups.get(0));
        assertThat(m.schema()).isEqualTo("2");
        assertThat(m.cases()).isEqualTo(42);
        assertThat(m.auditRecords()).isEqualTo(43);
        // opening again migrates nothing and backs up nothing
        try (Workspace again = Workspace.open(ws)) {
            assertThat(again.appliedMigrations()).isZero();
        }
        assertThat(Backups.automaticBackups(ws)).hasSize(1);

        // the automatic backup restores to the old data, migrated again on the way in
        Path restored = dir.resolve("restored");
        assertThat(ProcessTest.arbitra("restore", backups.get(0).toString(), "--workspace", restored.toString())
                .code()).isZero();
        assertThat(ProcessTest.arbitra("cases", "--workspace", restored.toString(), "--json").out())
                .isEqualTo(expected);
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedWithExitThreeNamingTheVersionItNeeds() throws Exception {
        Path ws = dir.resolve("newer");
        Workspace.create(ws, WorkspaceKind.LIVE).close();
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (50, '50', 'from the future', 'SQL', 'V50__future.sql', 1, 'arbitra', 1, TRUE)");
            s.execute("UPDATE workspace_info SET migrated_by_version = '3.1.0'");
        }

        ProcessTest.Run r = ProcessTest.arbitra("cases", "--workspace", ws.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("arbitra: The workspace " + ws + " was made by a newer version of "
                + "Arbitra (schema 50; this is version ").endsWith("): open it with Arbitra 3.1.0 or newer.");
        assertThat(r.out()).isEmpty();
        assertThat(Backups.automaticBackups(ws)).isEmpty();
    }
}
