package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import com.arbitra.support.PgDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init --server}: a team workspace on the test PostgreSQL server (a fresh database for this
 * class), joined from a second folder as a second workstation would, used by the other commands.
 */
class TeamInitTest {

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
        return CliRun.in(dir).run(args);
    }

    @Test
    void aTeamWorkspaceIsCreatedJoinedFromASecondFolderAndSharedByTheCommands() throws Exception {
        Path first = dir.resolve("desk-1");
        Path second = dir.resolve("desk-2");

        Result created = run("init", "--server", db.url(), "--db-user", PgDatabase.USER, first.toString());
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out().strip()).isEqualTo("Created a live team workspace on " + db.url()
                + "; this workstation uses it from " + first.toAbsolutePath().normalize() + ".");
        String descriptor = Files.readString(first.resolve("team.properties"), StandardCharsets.UTF_8);
        assertThat(descriptor).contains("server.url=jdbc\\:postgresql\\://").contains("server.user=" + PgDatabase.USER)
                .doesNotContainIgnoringCase("password");
        assertThat(first.resolve("arbitra.mv.db")).doesNotExist();

        Result imported = run("import", "--workspace", first.toString(), "assets/samples/live");
        assertThat(imported.code()).as(imported.err()).isZero();

        Result joined = run("init", "--server", db.url(), "--db-user", PgDatabase.USER, second.toString());
        assertThat(joined.code()).as(joined.err()).isZero();
        assertThat(joined.out().strip()).isEqualTo("Joined the live team workspace on " + db.url() + " from "
                + second.toAbsolutePath().normalize() + ".");
        Result fromSecond = run("cases", "--workspace", second.toString(), "--json");
        Result fromFirst = run("cases", "--workspace", first.toString(), "--json");
        assertThat(fromSecond.code()).as(fromSecond.err()).isZero();
        assertThat(fromSecond.out()).isEqualTo(fromFirst.out()).contains("MP-2026-0000101");
        assertThat(run("audit", "verify", "--workspace", second.toString()).out().strip()).isEqualTo("OK 20 records");

        Result again = run("init", "--server", db.url(), first.toString());
        assertThat(again.code()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("already holds a workspace");
    }

    @Test
    void aServerThatIsNotPostgresOrHoldsAPasswordIsRefusedAndNothingIsWritten() {
        Path ws = dir.resolve("ws");
        Result h2 = run("init", "--server", "jdbc:h2:mem:x", ws.toString());
        assertThat(h2.code()).isEqualTo(Exit.REFUSED);
        assertThat(h2.err().strip()).isEqualTo("arbitra: A team workspace's server is a jdbc:postgresql:// URL (was "
                + "jdbc:h2:mem:x). Nothing was changed.");
        Result secret = run("init", "--server", db.url() + "?user=x&password=hunter2", ws.toString());
        assertThat(secret.code()).isEqualTo(Exit.REFUSED);
        assertThat(secret.err()).contains("must not hold a password").doesNotContain("hunter2");
        Result userWithoutServer = run("init", "--db-user", "lin", ws.toString());
        assertThat(userWithoutServer.code()).isEqualTo(Exit.USAGE);
        assertThat(ws).doesNotExist();
    }

    @Test
    void aServerThatDoesNotAnswerOrHasNoSuchDatabaseIsSaidAndLeavesNoDescriptor() {
        Path ws = dir.resolve("ws");
        Result silent = run("init", "--server", "jdbc:postgresql://127.0.0.1:1/arbitra?connectTimeout=2",
                "--db-user", PgDatabase.USER, ws.toString());
        assertThat(silent.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(silent.err()).startsWith("arbitra: The team server jdbc:postgresql://127.0.0.1:1/arbitra")
                .contains("does not answer");
        Result missing = run("init", "--server", PgDatabase.SERVER + "/no_such_arbitra_db", "--db-user",
                PgDatabase.USER, ws.toString());
        assertThat(missing.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(missing.err()).contains("has no database named in");
        assertThat(ws.resolve("team.properties")).doesNotExist();
    }
}
