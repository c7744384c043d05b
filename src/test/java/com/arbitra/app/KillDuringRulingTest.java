package com.arbitra.app;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while it issues rulings leaves no half ruling: every case's state is
 * the state its last audit record says, the chain verifies, and the work can go on.
 */
@Tag("slow")
class KillDuringRulingTest {

    @TempDir
    Path dir;

    @Test
    void aKilledRulingLeavesEachCaseWholeAndTheChainIntact() throws Exception {
        Path ws = dir.resolve("ws");
        Path bundle = dir.resolve("waiting.json");
        assertThat(ProcessTest.arbitra("init", ws.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("bench", "generate", "--cases", "300", "--seed", "5", "--out",
                bundle.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("import", "--workspace", ws.toString(), bundle.toString()).code()).isZero();

        long[] before = closedAndClosingRecords(ws);
        Process ruling = ProcessTest.java(RulingLoop.class.getName(), ws.toString()).redirectErrorStream(true).start();
        ruling.getOutputStream().close();
        BufferedReader said = new BufferedReader(new InputStreamReader(ruling.getInputStream(), StandardCharsets.UTF_8));
        String first = said.readLine();
        assertThat(first).startsWith("waiting ");
        int printed = 0;
        while (printed < 25) {
            assertThat(said.readLine()).startsWith("ruled ");
            printed++;
        }
        // SIGKILL on Linux: no shutdown hooks, no H2 close; mid-transaction more often than not
        ruling.destroyForcibly();
        assertThat(ruling.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ruling.exitValue()).isEqualTo(137);

        ProcessTest.Run verify = ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("OK ");
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement st = c.createStatement()) {
            // no case whose row and audit disagree: the ruling, its audit record and its outbox action went together
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dispute_case d WHERE d.state <> "
                    + "(SELECT a.after_state FROM audit_record a WHERE a.case_id = d.case_id ORDER BY a.seq DESC "
                    + "LIMIT 1)")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
        long[] after = closedAndClosingRecords(ws);
        long ruled = after[0] - before[0];
        assertThat(after[1] - before[1]).isEqualTo(ruled);
        assertThat(ruled).isBetween((long) printed, printed + 1L);

        // the work goes on where it stopped
        Process again = ProcessTest.java(RulingLoop.class.getName(), ws.toString()).redirectErrorStream(true).start();
        again.getOutputStream().close();
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(out).endsWith("done\n");
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out()).startsWith("OK ");
    }

    /** Closed cases, and audit records that closed a case. */
    private static long[] closedAndClosingRecords(Path ws) throws Exception {
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM dispute_case WHERE state = 'CLOSED'), "
                     + "(SELECT COUNT(*) FROM audit_record WHERE after_state = 'CLOSED')")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
