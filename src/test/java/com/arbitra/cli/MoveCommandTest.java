package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import com.arbitra.support.PgDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code move --to-server}: a local workspace with cases, attachments, operators, work and its audit
 * chain is copied into an empty team database; a workstation that joins it sees the same cases and
 * chain, the local workspace is left as it was, and a second move into the same database is refused.
 */
class MoveCommandTest {

    @TempDir
    Path dir;
    PgDatabase db;


    @BeforeEach
    void database() throws Exception {
        db = PgDatabase.create();
    }

    @AfterEach
    void drop() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    Result run(String... args) {
        return CliRun.in(dir).input("correct horse 1\n").run(args);
    }

    @Test
    void aLocalWorkspaceMovesToAnEmptyTeamDatabaseAndIsJoinedThere() throws Exception {
        Path local = dir.resolve("local");
        String ws = local.toString();
        assertThat(run("init", ws).code()).isZero();
        Result imported = run("import", "--workspace", ws, "assets/samples/live");
        assertThat(imported.code()).as(imported.err()).isZero();
        Result added = run("operator", "add", "lin", "--role", "AGENT", "--workspace", ws);
        assertThat(added.code()).as(added.err()).isZero();
        String casesBefore = run("cases", "--workspace", ws, "--json").out();
        String auditBefore = run("audit", "verify", "--workspace", ws).out().strip();

        Result moved = run("move", "--workspace", ws, "--to-server", db.url(), "--db-user", PgDatabase.USER);
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("moved.dispute_case=20", "moved.operator=1", "moved.blob=")
                .contains("Moved 20 cases, 1 operators and ").contains("the audit chain verifies")
                .contains("arbitra init --server " + db.url() + " --db-user " + PgDatabase.USER + " DIR");

        Path desk = dir.resolve("desk");
        Result joined = run("init", "--server", db.url(), "--db-user", PgDatabase.USER, desk.toString());
        assertThat(joined.out()).startsWith("Joined the live team workspace");
        assertThat(run("cases", "--workspace", desk.toString(), "--json").out()).isEqualTo(casesBefore);
        assertThat(run("audit", "verify", "--workspace", desk.toString()).out().strip()).isEqualTo(auditBefore);
        Result exported = run("export", "--workspace", desk.toString(), "--case", "MP-2026-0000101", "--out",
                dir.resolve("out").toString());
        assertThat(exported.code()).as(exported.err() + exported.out()).isZero();

        // an operator moved gets a server login of their own at their first sign-in there
        try (com.arbitra.store.Session session = new com.arbitra.store.Session(com.arbitra.store.Workspace.open(desk),
                java.time.Clock.systemUTC(), com.arbitra.domain.WorkflowSettings.defaults(),
                new com.arbitra.domain.Passwords(1_000))) {
            session.operators().signIn("lin", "correct horse 1".toCharArray());
            assertThat(session.workspace().db().fetchValue("SELECT current_user", String.class))
                    .isEqualTo(db.name + "_lin");
        }
        assertThat(run("cases", "--workspace", ws, "--json").out()).as("the local workspace as it was").isEqualTo(casesBefore);
        assertThat(run("audit", "verify", "--workspace", ws).out().strip()).isEqualTo(auditBefore);

        Result again = run("move", "--workspace", ws, "--to-server", db.url(), "--db-user", PgDatabase.USER);
        assertThat(again.code()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("already holds a team workspace");
        assertThat(run("move", "--workspace", desk.toString(), "--to-server", db.url()).err())
                .contains("holds no single-workstation workspace");
    }
}
