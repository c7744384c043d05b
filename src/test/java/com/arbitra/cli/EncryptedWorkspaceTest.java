package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: an encrypted workspace's database file and backups are unreadable without an operator's
 * password or the recovery key; adding an operator needs a signed-in supervisor, and a password change
 * rewraps the file key.
 */
class EncryptedWorkspaceTest {

    private static final Map<String, String> NONE = Map.of();
    private static final Map<String, String> CHEN = Map.of("ARBITRA_OPERATOR", "chen", "ARBITRA_PASSWORD",
            "chen-password");
    private static final String CASE_ID = "MP-2026-0000123";

    @TempDir
    Path dir;
    private String ws;
    private String recovery;
    private Path bundle;

    Result run(Map<String, String> env, String stdin, String... args) {
        return CliRun.in(dir).env(env).input(stdin).run(args);
    }

    @BeforeEach
    void encryptedWorkspaceWithTheBaseBundle() throws Exception {
        ws = dir.resolve("laptop").toString();
        Result init = run(NONE, "chen-password\n", "init", "--encrypted", "--supervisor", "chen", ws);
        assertThat(init.code()).as(init.err()).isZero();
        Matcher key = Pattern.compile("Recovery key: ([0-9A-Z]{5}(-[0-9A-Z]{5}){4})").matcher(init.out());
        assertThat(key.find()).as(init.out()).isTrue();
        recovery = key.group(1);
        Path folder = Files.createDirectories(dir.resolve("bundle/evidence"));
        for (String f : new String[] {"plat-bundle.json", "evidence/chat-log.txt"}) {
            try (InputStream in = getClass().getResourceAsStream("/bundles/base/" + f)) {
                Files.copy(in, folder.getParent().resolve(f));
            }
        }
        bundle = folder.getParent().resolve("plat-bundle.json");
        Result imported = run(CHEN, "", "import", "--workspace", ws, bundle.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void theDatabaseFileAndItsBackupHoldNoCaseText() throws Exception {
        Path zip = dir.resolve("laptop.zip");
        Result backup = run(CHEN, "", "backup", "--workspace", ws, "--out", zip.toString());

        assertThat(backup.code()).as(backup.err()).isZero();
        byte[] plainWorkspace = Files.readAllBytes(plainCopyWithTheCase().resolve("arbitra.mv.db"));
        assertThat(contains(plainWorkspace, CASE_ID)).as("the same case in a plain workspace is readable").isTrue();
        assertThat(contains(Files.readAllBytes(Path.of(ws, "arbitra.mv.db")), CASE_ID)).isFalse();
        assertThat(contains(Files.readAllBytes(Path.of(ws, "arbitra.mv.db")), "Tienda Sol y Mar")).isFalse();
        byte[] backedUp = entry(zip, "arbitra.mv.db");
        assertThat(backedUp).isNotEmpty();
        assertThat(contains(backedUp, CASE_ID)).isFalse();
        assertThat(entry(zip, "workspace.keys")).isEqualTo(Files.readAllBytes(Path.of(ws, "workspace.keys")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(ws, "workspace.keys"))))
                .isEqualTo("rw-------");
    }

    @Test
    void nothingOpensWithoutAnOperatorsPassword() {
        Result nobody = run(NONE, "", "cases", "--workspace", ws);
        Result wrong = run(Map.of("ARBITRA_OPERATOR", "chen", "ARBITRA_PASSWORD", "guess-guess"), "", "cases",
                "--workspace", ws);
        Result stranger = run(Map.of("ARBITRA_OPERATOR", "mallory", "ARBITRA_PASSWORD", "chen-password"), "",
                "cases", "--workspace", ws);
        Result chen = run(CHEN, "", "cases", "--workspace", ws);

        assertThat(nobody.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(nobody.err()).contains("is encrypted: sign in as one of its operators to open it")
                .contains("Nothing was opened.").doesNotContain(CASE_ID);
        assertThat(wrong.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(wrong.err()).contains("Wrong operator name or password for the encrypted workspace");
        assertThat(stranger.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(stranger.err()).contains("Wrong operator name or password for the encrypted workspace");
        assertThat(chen.code()).as(chen.err()).isZero();
        assertThat(chen.out()).contains(CASE_ID);
    }

    @Test
    void anOperatorAddedByTheSignedInSupervisorOpensItWithTheirOwnPassword() {
        Result unsigned = run(Map.of("ARBITRA_OPERATOR", "lin", "ARBITRA_PASSWORD", "lin-password"), "lin-password\n",
                "operator", "add", "lin", "--role", "AGENT", "--workspace", ws);
        Result added = run(CHEN, "lin-password\n", "operator", "add", "lin", "--role", "AGENT", "--workspace", ws);
        Result lin = run(Map.of("ARBITRA_OPERATOR", "lin", "ARBITRA_PASSWORD", "lin-password"), "", "cases",
                "--workspace", ws);

        assertThat(unsigned.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(lin.code()).as(lin.err()).isZero();
        assertThat(lin.out()).contains(CASE_ID);
    }

    @Test
    void aPasswordChangeRewrapsTheKeyAndTheOldPasswordNoLongerOpens() {
        Result changed = run(CHEN, "chen-new-password\n", "operator", "password", "chen", "--workspace", ws);
        Result old = run(CHEN, "", "cases", "--workspace", ws);
        Result fresh = run(Map.of("ARBITRA_OPERATOR", "chen", "ARBITRA_PASSWORD", "chen-new-password"), "", "cases",
                "--workspace", ws);

        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(old.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains(CASE_ID);
    }

    @Test
    void theRecoveryKeyOpensItAndResetsAForgottenPassword() {
        String typed = recovery.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        Result reset = run(Map.of("ARBITRA_RECOVERY_KEY", typed), "chen-second-password\n", "operator", "password",
                "chen", "--workspace", ws);
        Result wrongKey = run(Map.of("ARBITRA_RECOVERY_KEY", "00000-00000-00000-00000-00000"), "", "cases",
                "--workspace", ws);

        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(wrongKey.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(wrongKey.err()).contains("The recovery key does not open the encrypted workspace");
        assertThat(run(CHEN, "", "cases", "--workspace", ws).code()).isEqualTo(Exit.WORKSPACE);
        Result second = run(Map.of("ARBITRA_OPERATOR", "chen", "ARBITRA_PASSWORD", "chen-second-password"), "",
                "cases", "--workspace", ws);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains(CASE_ID);
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderAndOpensWithTheSamePasswords() throws Exception {
        Path zip = dir.resolve("laptop.zip");
        assertThat(run(CHEN, "", "backup", "--workspace", ws, "--out", zip.toString()).code()).isZero();
        String elsewhere = dir.resolve("new-laptop").toString();

        // the restore checks the database it unpacks, which takes an operator's password
        Result unsigned = run(NONE, "", "restore", zip.toString(), "--workspace", elsewhere);
        assertThat(unsigned.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(Files.exists(Path.of(elsewhere))).isFalse();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".restore-"));
        }
        Result restored = run(CHEN, "", "restore", zip.toString(), "--workspace", elsewhere);
        Result nobody = run(NONE, "", "cases", "--workspace", elsewhere);
        Result chen = run(CHEN, "", "cases", "--workspace", elsewhere);

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(nobody.code()).isEqualTo(Exit.WORKSPACE);
        assertThat(chen.code()).as(chen.err()).isZero();
        assertThat(chen.out()).contains(CASE_ID);
    }

    @Test
    void initRefusesWhatCannotBeEncryptedOrHasNoSupervisor() {
        Result team = run(NONE, "", "init", "--encrypted", "--server", "jdbc:postgresql://127.0.0.1/x",
                dir.resolve("team").toString());
        Result nobody = run(NONE, "", "init", "--encrypted", dir.resolve("nobody").toString());
        Result plain = run(NONE, "", "init", "--supervisor", "chen", dir.resolve("plain").toString());
        Result again = run(NONE, "chen-password\n", "init", "--encrypted", "--supervisor", "chen", ws);

        assertThat(team.code()).isEqualTo(Exit.USAGE);
        assertThat(team.err()).contains("--encrypted is for a workspace on this machine");
        assertThat(nobody.code()).isEqualTo(Exit.REFUSED);
        assertThat(nobody.err()).contains("name them with --supervisor NAME");
        assertThat(Files.exists(dir.resolve("nobody"))).isFalse();
        assertThat(plain.code()).isEqualTo(Exit.USAGE);
        assertThat(again.code()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("already holds a workspace");
    }

    private Path plainCopyWithTheCase() {
        String plain = dir.resolve("plain").toString();
        assertThat(run(NONE, "", "init", plain).code()).isZero();
        assertThat(run(NONE, "", "import", "--workspace", plain, bundle.toString()).code()).isZero();
        return Path.of(plain);
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
