package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    @TempDir
    Path dir;

    @Test
    void theReportNamesVersionsTheWorkspaceAndTheLastProblemsNewestLast() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            Path logs = ws.dir.resolve("logs");
            Files.createDirectories(logs);
            Files.writeString(logs.resolve("arbitra.2026-01-01.log"),
                    "2026-01-01 10:00:00.000 WARN  [main] c.a.Old - old warning\n");
            Files.writeString(logs.resolve("arbitra.log"), String.join("\n",
                    "2026-01-02 10:00:00.000 INFO  [main] c.a.X - fine",
                    "2026-01-02 10:00:01.000 ERROR [main] c.a.Cli - Internal error in import x",
                    "java.lang.IllegalStateException: outer",
                    "\tat com.arbitra.X.y(X.java:1)",
                    "Caused by: java.io.IOException: disk full",
                    "2026-01-02 10:00:02.000 WARN  [main] c.a.W - newest", ""));

            String report = Diagnostics.report(ws.session.workspace());

            assertThat(report).startsWith("Arbitra " + AppVersion.current() + "\nJava ")
                    .contains("Workspace " + ws.dir.toAbsolutePath().normalize() + " (LIVE)")
                    .containsPattern("Schema \\d+, created by \\S+, last migrated by \\S+; 0 cases, 0 audit records")
                    .contains("Last warnings and errors (3):");
            List<String> problems = Diagnostics.lastProblems(logs, 2);
            assertThat(problems).containsExactly(
                    "2026-01-02 10:00:01.000 ERROR [main] c.a.Cli - Internal error in import x | Caused by: "
                            + "java.io.IOException: disk full",
                    "2026-01-02 10:00:02.000 WARN  [main] c.a.W - newest");
            assertThat(Diagnostics.lastProblems(logs, 10)).hasSize(3).first().asString().contains("old warning");
        }
    }
}
