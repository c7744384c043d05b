package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspaces;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands in this JVM, on real workspaces; exit codes and messages as scripts see them. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(dir.resolve("default")),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err), false);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void initCreatesAWorkspaceOnceAndRefusesTheSecondTime() {
        String ws = dir.resolve("ws").toString();

        Result first = run("", "init", ws);
        Result second = run("", "init", "--training", ws);

        assertThat(first.code()).isEqualTo(Exit.DONE);
        assertThat(first.out()).contains("Created a live workspace in");
        assertThat(second.code()).isEqualTo(Exit.REFUSED);
        assertThat(second.err()).contains("already holds a workspace; nothing was changed.");
    }

    @Test
    void settingsAreListedGotAndSetAndABadValueIsRefusedWithExitOne() {
        String ws = dir.resolve("ws").toString();
        run("", "init", ws);

        Result set = run("", "settings", "set", "deadline.evidenceHours", "72", "--workspace", ws);
        Result bad = run("", "settings", "set", "ruling.fourEyes", "maybe", "--workspace", ws);
        Result unknown = run("", "settings", "get", "no.such", "--workspace", ws);

        assertThat(set.code()).as(set.err()).isEqualTo(Exit.DONE);
        assertThat(set.out().strip()).isEqualTo("deadline.evidenceHours=72");
        assertThat(run("", "settings", "get", "deadline.evidenceHours", "--workspace", ws).out().strip())
                .isEqualTo("72");
        assertThat(run("", "settings", "--workspace", ws).out()).contains("deadline.evidenceHours=72\n")
                .contains("ruling.fourEyes=false\n").contains("ui.language=system\n");
        assertThat(bad.code()).isEqualTo(Exit.REFUSED);
        assertThat(bad.err().strip()).isEqualTo("arbitra: ruling.fourEyes must be true or false (was \"maybe\"). "
                + "Nothing was changed.");
        assertThat(unknown.code()).isEqualTo(Exit.REFUSED);
        assertThat(unknown.err()).contains("There is no setting named no.such");
        assertThat(run("", "audit", "verify", "--workspace", ws).out().strip()).isEqualTo("OK 1 records");
    }

    @Test
    void operatorAddReadsThePasswordFromStandardInput() {
        String ws = dir.resolve("ws").toString();
        run("", "init", ws);

        Result added = run("s3cret-pass\n", "operator", "add", "lin", "--role", "AGENT", "--workspace", ws);
        Result listed = run("", "operator", "list", "--workspace", ws);
        Result again = run("s3cret-pass\n", "operator", "add", "lin", "--role", "AGENT", "--workspace", ws);

        assertThat(added.code()).isEqualTo(Exit.DONE);
        assertThat(added.out()).contains("Added agent lin");
        assertThat(listed.out()).contains("lin").contains("AGENT");
        assertThat(again.code()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void badInputIsRefusedWithExitOneAndBadUsageWithExitTwo() {
        String ws = dir.resolve("ws").toString();
        run("", "init", ws);

        assertThat(run("short\n", "operator", "add", "lin", "--role", "AGENT", "--workspace", ws).code())
                .isEqualTo(Exit.REFUSED);
        assertThat(run("", "operator", "add", "lin", "--role", "AGENT", "--workspace", ws).err())
                .contains("No password on standard input");
        assertThat(run("s3cret-pass\n", "operator", "add", "Bad Name", "--role", "AGENT", "--workspace", ws).code())
                .isEqualTo(Exit.REFUSED);
        assertThat(run("s3cret-pass\n", "operator", "add", "lin", "--role", "KING", "--workspace", ws).code())
                .isEqualTo(Exit.USAGE);
        assertThat(run("", "nonsense").code()).isEqualTo(Exit.USAGE);
        assertThat(run("").code()).isEqualTo(Exit.USAGE);
    }

    @Test
    void aMerchantNameCannotSteerTheTerminal() throws Exception {
        String ws = dir.resolve("w").toString();
        run("", "init", ws);
        // clears the screen, sets the window title, fakes a line, and reverses what follows
        String name = "Tienda\u001b[2J\u001b]0;pwned\u0007\rarbitra: OK\u202eLtd\u0085";
        try (var s = new com.arbitra.store.Session(com.arbitra.store.Workspace.open(Path.of(ws)),
                java.time.Clock.systemUTC(), com.arbitra.domain.WorkflowSettings.defaults(),
                new com.arbitra.domain.Passwords(1000))) {
            var c = com.arbitra.support.SampleCases.waiting("MP-ESC");
            s.store().transaction(u -> u.cases().insert(c.toBuilder().merchant(new com.arbitra.domain.Merchant(
                    c.merchant().merchantId(), name, null, null)).build()));
        }

        Result listed = run("", "cases", "--workspace", ws);
        Result json = run("", "cases", "--json", "--workspace", ws);

        assertThat(listed.code()).isZero();
        assertThat(listed.out()).doesNotContain("\u001b", "\u0007", "\r", "\u202e", "\u0085")
                .contains("Tienda\\u001b[2J\\u001b]0;pwned\\u0007\\u000darbitra: OK\\u202eLtd\\u0085");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get(0)
                .get("merchantName").asText()).as("the JSON still says the name as it is").isEqualTo(name);
    }

    @Test
    void helpAndVersionSucceed() {
        Result help = run("", "--help");
        Result version = run("", "--version");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "operator", "audit");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("arbitra ");
    }

    @Test
    void aWorkspaceAloneStartsTheConsoleOnIt() {
        java.util.List<Path> started = new java.util.ArrayList<>();
        TestWorkspaces consoles = new TestWorkspaces(dir.resolve("default")) {
            @Override
            public int startConsole(Path d) {
                started.add(d);
                return 0;
            }
        };
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--workspace", dir.resolve("w").toString()}, consoles,
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err), false);

        assertThat(code).as(err.toString()).isZero();
        assertThat(started).containsExactly(dir.resolve("w"));
        assertThat(run("", "--help").out()).contains("--workspace=DIR", "start the console on this workspace");
    }

    /** A new workspace with these agents: one audit record each. */
    private Path workspaceWithAgents(String... names) {
        Path ws = dir.resolve("ws");
        run("", "init", ws.toString());
        for (String name : names) {
            run("s3cret-pass\n", "operator", "add", name, "--role", "AGENT", "--workspace", ws.toString());
        }
        return ws;
    }

    /** Changes the database behind Arbitra's back, as someone with the file could. */
    private static void tamper(Path ws, String sql) throws Exception {
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void auditVerifyFindsAnEditedRecord() throws Exception {
        Path ws = workspaceWithAgents("lin", "wang", "chen");
        Result clean = run("", "audit", "verify", "--workspace", ws.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEqualTo("OK 3 records" + System.lineSeparator());

        tamper(ws, "UPDATE audit_record SET details = 'wang as SUPERVISOR' WHERE seq = 2");
        Result tampered = run("", "audit", "verify", "--workspace", ws.toString());

        assertThat(tampered.code()).isEqualTo(Exit.REFUSED);
        assertThat(tampered.out()).startsWith("BROKEN at record 2:").contains("changed");
    }

    @Test
    void removingTheNewestAuditRecordsIsFoundAgainstTheChainsHead() throws Exception {
        Path ws = workspaceWithAgents("lin", "wang");
        tamper(ws, "DELETE FROM audit_record WHERE seq = 2");

        Result r = run("", "audit", "verify", "--workspace", ws.toString());

        assertThat(r.code()).isEqualTo(Exit.REFUSED);
        assertThat(r.out()).startsWith("BROKEN at record 2: the log ends at record 1 but its head says 2");
    }

    @Test
    void aDeletedAuditRecordIsFoundToo() throws Exception {
        Path ws = workspaceWithAgents("lin", "wang", "chen");
        tamper(ws, "DELETE FROM audit_record WHERE seq = 2");

        Result r = run("", "audit", "verify", "--workspace", ws.toString());

        assertThat(r.code()).isEqualTo(Exit.REFUSED);
        assertThat(r.out()).startsWith("BROKEN at record 3: record 2 is missing");
    }
}
