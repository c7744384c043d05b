package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import com.arbitra.support.PgDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} of a team workspace writes the local backup format from one snapshot of the server;
 * {@code restore} reads it into a local folder and into another team database, which it replaces only
 * with {@code --force} once that database holds anything.
 */
class TeamBackupTest {

    @TempDir
    Path dir;
    PgDatabase db;
    PgDatabase other;


    @BeforeEach
    void databases() throws Exception {
        db = PgDatabase.create();
        other = PgDatabase.create();
    }

    @AfterEach
    void drop() throws Exception {
        for (PgDatabase d : new PgDatabase[] {db, other}) {
            if (d != null) {
                d.close();
            }
        }
    }

    Result run(String... args) {
        return CliRun.in(dir).input("correct horse 1\n").run(args);
    }

    @Test
    void aTeamBackupRestoresIntoALocalFolderAndIntoAnotherTeamDatabase() throws Exception {
        String team = dir.resolve("team").toString();
        assertThat(run("init", "--server", db.url(), "--db-user", PgDatabase.USER, team).code()).isZero();
        Result imported = run("import", "--workspace", team, "assets/samples/live");
        assertThat(imported.code()).as(imported.err()).isZero();
        Result added = run("operator", "add", "lin", "--role", "AGENT", "--workspace", team);
        assertThat(added.code()).as(added.err()).isZero();
        String cases = run("cases", "--workspace", team, "--json").out();
        String audit = run("audit", "verify", "--workspace", team).out().strip();
        assertThat(audit).startsWith("OK ");
        Result checked = run("check", "--workspace", team);
        assertThat(checked.code()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).contains("cases: OK (20 cases, every body read)")
                .contains("counts: OK (per-state counts equal the cases)");

        Path zip = dir.resolve("team.zip");
        Result backup = run("backup", "--workspace", team, "--out", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains(": 20 cases, ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no staging folder left")
                    .noneMatch(n -> n.startsWith("."));
        }

        String local = dir.resolve("local").toString();
        Result restored = run("restore", zip.toString(), "--workspace", local);
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(run("cases", "--workspace", local, "--json").out()).isEqualTo(cases);
        assertThat(run("audit", "verify", "--workspace", local).out().strip()).isEqualTo(audit);
        assertThat(run("operator", "list", "--workspace", local).out()).contains("lin");

        String second = dir.resolve("second").toString();
        assertThat(run("init", "--server", other.url(), "--db-user", PgDatabase.USER, second).code()).isZero();
        Result intoTeam = run("restore", zip.toString(), "--workspace", second);
        assertThat(intoTeam.code()).as(intoTeam.err()).isZero();
        assertThat(run("cases", "--workspace", second, "--json").out()).isEqualTo(cases);
        assertThat(run("audit", "verify", "--workspace", second).out().strip()).isEqualTo(audit);

        assertThat(run("operator", "add", "mei", "--role", "AGENT", "--workspace", second).code()).isZero();
        Result again = run("restore", zip.toString(), "--workspace", second);
        assertThat(again.code()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("is not empty").contains("--force");
        Result forced = run("restore", zip.toString(), "--workspace", second, "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(run("cases", "--workspace", second, "--json").out()).isEqualTo(cases);
        assertThat(run("audit", "verify", "--workspace", second).out().strip()).isEqualTo(audit);
        assertThat(run("operator", "list", "--workspace", second).out()).contains("lin").doesNotContain("mei");
    }
}
