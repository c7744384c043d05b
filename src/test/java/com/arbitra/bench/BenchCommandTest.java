package com.arbitra.bench;

import com.arbitra.cli.Cli;
import com.arbitra.cli.Exit;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspaces;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark commands with a tiny N, so that they keep working: scripts read their standard output,
 * which must hold the named figures and nothing else. No time is asserted.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    private List<String> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(dir.resolve("default")), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err), false, com.arbitra.app.Main.MORE_COMMANDS);
        assertThat(code).as(err.toString()).isEqualTo(Exit.DONE);
        return out.toString().lines().toList();
    }

    private static List<String> names(List<String> lines) {
        assertThat(lines).allMatch(l -> l.matches("[a-z_.0-9]+=[0-9.]+"), "only name=value lines");
        return lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList();
    }

    @Test
    void importPrintsItsFiguresOnly() {
        List<String> lines = run("bench", "import", "--cases", "40", "--seed", "3", "--dir", dir.toString());

        assertThat(names(lines)).containsExactly("import.cases", "import.seconds", "import.close_seconds",
                "import.cases_per_s", "import.floor_seconds", "import.ratio", "import.peak_heap_mb",
                "import.workspace_bytes", "import.bytes_per_case");
        assertThat(lines).contains("import.cases=40");
    }

    @Test
    void importRunsOnTeamWorkspacesAndDropsTheirDatabases() throws Exception {
        com.arbitra.support.PgDatabase.requireServer();
        List<String> lines = run("bench", "import", "--cases", "40", "--dir", dir.toString(), "--server",
                com.arbitra.support.PgDatabase.SERVER, "--db-user", com.arbitra.support.PgDatabase.USER);

        assertThat(names(lines)).containsExactly("import.cases", "import.seconds", "import.close_seconds",
                "import.cases_per_s", "import.floor_seconds", "import.ratio", "import.peak_heap_mb",
                "import.workspace_bytes", "import.bytes_per_case");
        assertThat(lines).contains("import.cases=40");
        try (var c = java.sql.DriverManager.getConnection(com.arbitra.support.PgDatabase.SERVER + "/postgres",
                com.arbitra.support.PgDatabase.USER, "");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE "
                     + "'arbitra_bench_" + ProcessHandle.current().pid() + "_%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the scratch databases are dropped").isZero();
        }
    }

    @Test
    void exportPrintsItsFiguresOnly() {
        List<String> lines = run("bench", "export", "--cases", "40", "--dir", dir.toString());

        assertThat(names(lines)).containsExactly("export.cases", "export.seconds", "export.floor_seconds",
                "export.ratio");
        assertThat(lines).contains("export.cases=40");
    }

    @Test
    void queuePrintsItsFiguresOnlyAndCanKeepItsWorkspace() {
        Path ws = dir.resolve("queue-ws");
        List<String> lines = run("bench", "queue", "--cases", "60", "--workspace", ws.toString());
        List<String> again = run("bench", "queue", "--cases", "60", "--workspace", ws.toString());

        assertThat(names(lines)).containsExactly("queue.cases", "queue.first_page_p50_ms", "queue.first_page_p95_ms",
                "queue.filtered_page_p95_ms", "queue.search_p95_ms", "queue.deep_page_p95_ms", "queue.counts_p95_ms",
                "queue.workspace_bytes", "queue.bytes_per_case");
        assertThat(lines).contains("queue.cases=60");
        assertThat(again).contains("queue.cases=60");
    }

    @Test
    void queueTimesTheSecondDayInAFreshJvmOnTheReopenedWorkspace() {
        Path ws = dir.resolve("second-day");
        List<String> lines = run("bench", "queue", "--cases", "100", "--workspace", ws.toString(), "--second-day",
                "--keep-page-cache");

        assertThat(BenchCommand.Queue.MAIN_CLASS).isEqualTo(com.arbitra.app.Main.class.getName());
        assertThat(lines).contains("queue.cases=100", "queue.reopened_cold=false", "queue.reopened_cases=102");
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList()).containsSubsequence(
                "queue.counts_p95_ms", "queue.reopened_cold", "queue.reopened_open_ms", "queue.reopened_overdue_cases",
                "queue.reopened_first_page_p95_ms", "queue.reopened_filtered_page_p95_ms", "queue.reopened_search_p95_ms",
                "queue.reopened_counts_p95_ms");
        assertThat(lines).anyMatch(l -> l.startsWith("queue.reopened_cold_search_transaction_prefix_ms="));

        List<String> night2 = run("bench", "queue", "--cases", "100", "--workspace", ws.toString(), "--second-day",
                "--keep-page-cache");
        assertThat(night2).as("another night brings new cases").contains("queue.cases=102",
                "queue.reopened_cases=104");
    }

    @Test
    void teamRunsItsClientsOnATeamWorkspaceAndChecksTheResult() throws Exception {
        try (com.arbitra.support.PgDatabase db = com.arbitra.support.PgDatabase.create()) {
            Path ws = dir.resolve("team");
            run("init", "--server", db.url(), "--db-user", com.arbitra.support.PgDatabase.USER, ws.toString());
            Path bundle = dir.resolve("cases.json");
            run("bench", "generate", "--cases", "200", "--seed", "4", "--out", bundle.toString());
            run("import", "--workspace", ws.toString(), bundle.toString());

            List<String> lines = run("bench", "team", "--workspace", ws.toString(), "--clients", "4", "--seconds", "2");

            assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList()).containsExactly(
                    "team.clients", "team.commands", "team.refused_stale", "team.refused_other", "team.double_claims",
                    "team.lost_updates", "team.audit_verify", "team.counts_match", "team.command_p95_ms",
                    "team.notify_p95_ms");
            assertThat(lines).contains("team.clients=4", "team.double_claims=0", "team.lost_updates=0",
                    "team.audit_verify=OK", "team.counts_match=true").noneMatch(l -> l.equals("team.commands=0"));
        }
    }

    @Test
    void teamRefusesASingleWorkstationWorkspace() {
        Path ws = dir.resolve("local");
        run("init", ws.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "team", "--workspace", ws.toString()},
                new TestWorkspaces(dir.resolve("default")), new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), false, com.arbitra.app.Main.MORE_COMMANDS);
        assertThat(code).isEqualTo(Exit.REFUSED);
        assertThat(err.toString()).contains("needs a team workspace");
    }

    @Test
    void theScratchFolderIsLeftEmpty() throws Exception {
        run("bench", "export", "--cases", "5", "--dir", dir.resolve("scratch").toString());

        try (var left = java.nio.file.Files.list(dir.resolve("scratch"))) {
            assertThat(left).isEmpty();
        }
    }
}
