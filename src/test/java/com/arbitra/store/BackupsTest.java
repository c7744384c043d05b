package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceKeepsItsFiveNewestAutomaticBackups() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestWorkspace.DEFAULT_ENGINE == Workspace.Engine.H2,
                "automatic backups are H2's BACKUP TO: a team's server is backed up by its own tools");
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            Path first = null;
            for (int i = 0; i < 7; i++) {
                Path made = Backups.automatic(ws.session.workspace().dataSource(), ws.dir.toAbsolutePath(), "test");
                first = first == null ? made : first;
                Thread.sleep(2); // the names sort by the time they were made, to the millisecond
            }
            var kept = Backups.automaticBackups(ws.dir.toAbsolutePath());
            assertThat(kept).hasSize(Backups.KEEP_AUTOMATIC).doesNotContain(first);
            for (Path p : kept) {
                assertThat(Backups.inspect(p).schema()).isNotEqualTo("?");
            }
        }
    }
}
