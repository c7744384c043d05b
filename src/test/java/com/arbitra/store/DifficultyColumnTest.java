package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, point 10: the training queue shows each practice case's difficulty, from a column of its own. */
class DifficultyColumnTest {

    @TempDir
    Path dir;

    static Map<String, String> difficulties(Session s, TestWorkspace ws) {
        List<QueueRow> rows = new QueueQueries(s.workspace()).page(QueueFilter.all(), null, 100, ws.clock.instant(),
                ws.clock.instant().plus(Duration.ofDays(1)));
        return rows.stream().collect(Collectors.toMap(QueueRow::caseId, r -> String.valueOf(r.difficulty())));
    }

    @Test
    void theQueueRowsOfATrainingWorkspaceCarryTheirDifficultyAndV18FillsItForCasesStoredBefore() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"), WorkspaceKind.TRAINING)) {
            new Importer(ws.session.workspace(), ws.clock, Limits.defaults(), "tess").run(
                    Path.of("assets/samples/training"), Importer.Options.defaults(), (n, t) -> { });
            Map<String, String> imported = difficulties(ws.session, ws);
            assertThat(imported).containsEntry("TR-2026-0001", "EASY").containsEntry("TR-2026-0002", "HARD")
                    .containsEntry("TR-2026-0003", "MEDIUM");

            // as a workspace saved before V17 has it: the difficulty only in the case's body
            try (java.sql.Connection c = ws.jdbc(); java.sql.Statement st = c.createStatement()) {
                com.arbitra.support.Downgrade.toBefore(st, 17);
            }
            try (Session again = ws.openAgain()) {
                assertThat(difficulties(again, ws)).isEqualTo(imported);
            }
        }
    }
}
