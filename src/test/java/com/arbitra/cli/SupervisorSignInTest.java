package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.AuditRecord;
import com.arbitra.store.Session;
import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import com.arbitra.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: once a workspace has a supervisor, the command line changes people, settings and the
 * workspace itself only for a supervisor who signs in; the audit names them, the OS user and the host.
 */
class SupervisorSignInTest {

    @TempDir
    Path dir;


    Result run(Map<String, String> env, String stdin, String... args) {
        return CliRun.in(dir).env(env).input(stdin).run(args);
    }

    private static final Map<String, String> NONE = Map.of();
    private static final Map<String, String> CHEN = Map.of("ARBITRA_PASSWORD", "chen-password");

    private String workspaceWithSupervisor() {
        String ws = dir.resolve("ws").toString();
        assertThat(run(NONE, "", "init", ws).code()).isZero();
        Result first = run(NONE, "chen-password\n", "operator", "add", "chen", "--role", "SUPERVISOR",
                "--workspace", ws);
        assertThat(first.code()).as(first.err()).isZero();
        return ws;
    }

    @Test
    void withoutASupervisorTheCommandLineMayAddOneAndIsAuditedWithTheOsUserAndHost() throws Exception {
        String ws = workspaceWithSupervisor();

        List<AuditRecord> audit = audit(ws);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).entry().operator()).isEqualTo("command line");
        assertThat(audit.get(0).entry().details()).isEqualTo("chen as SUPERVISOR (command line, OS user "
                + System.getProperty("user.name") + " on " + java.net.InetAddress.getLocalHost().getHostName() + ")");
    }

    @Test
    void onceASupervisorExistsNobodyElseAddsOperatorsOrChangesSettings() throws Exception {
        String ws = workspaceWithSupervisor();

        Result mallory = run(NONE, "mallory-pass\n", "operator", "add", "mallory", "--role", "SUPERVISOR",
                "--workspace", ws);
        Result fourEyes = run(NONE, "", "settings", "set", "ruling.fourEyes", "false", "--workspace", ws);
        Result noPassword = run(NONE, "mallory-pass\n", "operator", "add", "mallory", "--role", "SUPERVISOR",
                "--operator", "chen", "--workspace", ws);
        Result wrong = run(Map.of("ARBITRA_PASSWORD", "guess-guess"), "mallory-pass\n", "operator", "add", "mallory",
                "--role", "SUPERVISOR", "--operator", "chen", "--workspace", ws);

        assertThat(mallory.code()).isEqualTo(Exit.REFUSED);
        assertThat(mallory.err().strip()).isEqualTo("arbitra: This workspace has a supervisor, and only a supervisor "
                + "can add operators: sign in with --operator NAME (or ARBITRA_OPERATOR), with the password in "
                + "ARBITRA_PASSWORD or typed at the prompt. Nothing was changed.");
        assertThat(fourEyes.code()).isEqualTo(Exit.REFUSED);
        assertThat(fourEyes.err()).contains("only a supervisor can change settings: sign in with --operator NAME");
        assertThat(noPassword.code()).isEqualTo(Exit.REFUSED);
        assertThat(noPassword.err().strip()).isEqualTo("arbitra: No password for chen: set ARBITRA_PASSWORD, or run "
                + "the command at a terminal to be asked. Nothing was changed.");
        assertThat(wrong.code()).isEqualTo(Exit.REFUSED);
        assertThat(wrong.err().strip()).isEqualTo("arbitra: Wrong operator name or password.");
        assertThat(run(NONE, "", "operator", "list", "--workspace", ws).out()).doesNotContain("mallory");
        assertThat(audit(ws)).extracting(r -> r.entry().action()).containsExactly("OPERATOR_ADDED");
    }

    @Test
    void aSignedInSupervisorAddsOperatorsAndChangesSettingsAndTheAuditNamesThem() throws Exception {
        String ws = workspaceWithSupervisor();

        Result added = run(CHEN, "lin-password\n", "operator", "add", "lin", "--role", "AGENT", "--operator", "chen",
                "--workspace", ws);
        Map<String, String> chenByEnvironment = Map.of("ARBITRA_OPERATOR", "chen", "ARBITRA_PASSWORD",
                "chen-password");
        Result set = run(chenByEnvironment, "", "settings", "set", "ruling.fourEyes", "true", "--workspace", ws);
        Result byAnAgent = run(Map.of("ARBITRA_OPERATOR", "lin", "ARBITRA_PASSWORD", "lin-password"), "", "settings",
                "set", "ruling.fourEyes", "false", "--workspace", ws);

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out().strip()).isEqualTo("ruling.fourEyes=true");
        assertThat(byAnAgent.code()).isEqualTo(Exit.REFUSED);
        assertThat(byAnAgent.err().strip()).isEqualTo("arbitra: lin is not a supervisor, and only a supervisor can "
                + "change settings. Nothing was changed.");
        assertThat(run(NONE, "", "settings", "get", "ruling.fourEyes", "--workspace", ws).out().strip())
                .isEqualTo("true");
        List<AuditRecord> audit = audit(ws);
        assertThat(audit).extracting(r -> r.entry().operator() + " " + r.entry().action())
                .containsExactly("command line OPERATOR_ADDED", "chen OPERATOR_ADDED", "chen SETTING_CHANGED");
        assertThat(audit.get(1).entry().details()).startsWith("lin as AGENT (command line, OS user "
                + System.getProperty("user.name") + " on ");
        assertThat(audit.get(2).entry().details()).startsWith("ruling.fourEyes: false -> true (command line, OS user ");
    }

    @Test
    void restoreForceNeedsTheSupervisorAndKeepsTheReplacedWorkspaceAsABackup() throws Exception {
        String source = dir.resolve("source").toString();
        assertThat(run(NONE, "", "init", source).code()).isZero();
        assertThat(run(NONE, "", "settings", "set", "ui.theme", "dark", "--workspace", source).code()).isZero();
        Path zip = dir.resolve("b.zip");
        assertThat(run(NONE, "", "backup", "--workspace", source, "--out", zip.toString()).code()).isZero();
        String ws = workspaceWithSupervisor();

        Result unsigned = run(NONE, "", "restore", zip.toString(), "--workspace", ws, "--force");
        Result signed = run(CHEN, "", "restore", zip.toString(), "--workspace", ws, "--force", "--operator", "chen");

        assertThat(unsigned.code()).isEqualTo(Exit.REFUSED);
        assertThat(unsigned.err()).contains("only a supervisor can replace the workspace: sign in");
        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(run(NONE, "", "settings", "get", "ui.theme", "--workspace", ws).out().strip()).isEqualTo("dark");
        List<Path> kept;
        try (var files = Files.list(Path.of(ws, "backups"))) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("replaced-")).toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(signed.out()).contains("The workspace it replaced is kept as " + kept.get(0) + ".");
        String back = dir.resolve("back").toString();
        assertThat(run(NONE, "", "restore", kept.get(0).toString(), "--workspace", back).code()).isZero();
        assertThat(run(NONE, "", "operator", "list", "--workspace", back).out()).contains("chen");
        assertThat(run(NONE, "", "settings", "get", "ui.theme", "--workspace", back).out().strip())
                .isEqualTo("light");
    }

    @Test
    void forceNeverReplacesAFolderOfOtherFiles() throws Exception {
        String source = dir.resolve("source").toString();
        assertThat(run(NONE, "", "init", source).code()).isZero();
        Path zip = dir.resolve("b.zip");
        assertThat(run(NONE, "", "backup", "--workspace", source, "--out", zip.toString()).code()).isZero();
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("cat.txt"), "meow");

        Result forced = run(NONE, "", "restore", zip.toString(), "--workspace", photos.toString(), "--force");

        assertThat(forced.code()).isEqualTo(Exit.REFUSED);
        assertThat(forced.err()).contains("is not empty and holds no workspace");
        assertThat(Files.readString(photos.resolve("cat.txt"))).isEqualTo("meow");
    }

    private List<AuditRecord> audit(String ws) throws Exception {
        try (Session s = new TestWorkspaces(dir).open(Path.of(ws))) {
            List<AuditRecord> all = new ArrayList<>();
            s.store().transaction(u -> {
                u.audit().forEach(all::add);
                return null;
            });
            return all;
        }
    }
}
