package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.bench.BenchGenerator;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.PgDatabase;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import into a team server leaves the cases' statistics up to date (the test server, like
 * some in the field, runs without autovacuum); a small one leaves the work to autovacuum.
 */
class BulkLoadMaintenanceTest {

    @TempDir
    Path dir;

    @Test
    void aLargeImportVacuumsAndAnalysesTheCasesAndASmallOneDoesNot() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir, WorkspaceKind.LIVE, Workspace.Engine.POSTGRES)) {
            PgDatabase server = ws.server().orElseThrow();
            ws.insert(SampleCases.waiting("MP-1"));
            assertThat(analysed(server)).as("after a small import").containsEntry("dispute_case", false)
                    .containsEntry("case_search", false);

            new BenchGenerator(7, false).fill(ws.session.workspace(), Workspace.MAINTAIN_AFTER_CASES, n -> { });

            Map<String, Boolean> after = analysed(server);
            for (long waited = 0; after.containsValue(false) && waited < 5_000; waited += 100) {
                Thread.sleep(100); // the server's statistics reach other sessions a moment later
                after = analysed(server);
            }
            assertThat(after).containsEntry("dispute_case", true).containsEntry("case_search", true);
        }
    }

    /** Whether each table was vacuumed and analysed by hand (not by autovacuum). */
    private static Map<String, Boolean> analysed(PgDatabase server) throws Exception {
        Map<String, Boolean> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(server.url(), PgDatabase.USER, "");
             var rs = c.createStatement().executeQuery("SELECT relname, last_vacuum IS NOT NULL AND last_analyze IS "
                     + "NOT NULL FROM pg_stat_user_tables WHERE relname IN ('dispute_case', 'case_search')")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        return out;
    }
}
