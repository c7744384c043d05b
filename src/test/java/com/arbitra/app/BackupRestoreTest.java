package com.arbitra.app;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `arbitra backup` and `restore` as real processes, with another process writing to the workspace. */
@Tag("slow")
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileAnotherProcessWritesRestoresToAConsistentWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        Path bundle = dir.resolve("waiting.json");
        assertThat(ProcessTest.arbitra("init", ws.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("import", "--workspace", ws.toString(), "assets/samples/live").code()).isZero();
        assertThat(ProcessTest.arbitra("bench", "generate", "--cases", "1200", "--seed", "3", "--out",
                bundle.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("import", "--workspace", ws.toString(), bundle.toString()).code()).isZero();

        String casesBefore = ProcessTest.arbitra("cases", "--workspace", ws.toString(), "--json").out();
        long closedBefore = count(casesBefore, "\"CLOSED\"");
        long reviewBefore = count(casesBefore, "\"UNDER_REVIEW\"");
        long recordsBefore = Long.parseLong(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out()
                .split(" ")[1]);
        // the writer opens the workspace first, so it serves the database; the backup is its client
        Process writer = ProcessTest.java(RulingLoop.class.getName(), ws.toString(), "--hold-last")
                .redirectErrorStream(true).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String first = said.readLine();
        assertThat(first).startsWith("waiting ");
        int waiting = Integer.parseInt(first.substring("waiting ".length()).strip());
        assertThat(waiting).isGreaterThan(100);
        for (int i = 0; i < 5; i++) {
            assertThat(said.readLine()).startsWith("ruled ");
        }
        Path during = dir.resolve("during.zip");
        ProcessTest.Run backup = ProcessTest.arbitra("backup", "--workspace", ws.toString(), "--out", during.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(writer.isAlive()).as("still writing when the backup ended").isTrue();
        writer.getOutputStream().close();
        drain(said);
        assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).isZero();

        Path r1 = dir.resolve("r1");
        ProcessTest.Run restored = ProcessTest.arbitra("restore", during.toString(), "--workspace", r1.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        ProcessTest.Run verify = ProcessTest.arbitra("audit", "verify", "--workspace", r1.toString());
        assertThat(verify.out()).startsWith("OK ");
        // a snapshot between rulings: some were made, not all
        String casesThen = ProcessTest.arbitra("cases", "--workspace", r1.toString(), "--json").out();
        long ruledThen = count(casesThen, "\"CLOSED\"") - closedBefore;
        assertThat(ruledThen).isBetween(5L, waiting - 1L);
        // each claim and each ruling is one audit record: the snapshot holds whole rulings only
        long records = Long.parseLong(verify.out().split(" ")[1]);
        long claimedThen = count(casesThen, "\"UNDER_REVIEW\"") - reviewBefore;
        assertThat(claimedThen).isBetween(0L, 1L);
        assertThat(records).isEqualTo(recordsBefore + 2 * ruledThen + claimedThen);

        // after the writer: a backup restored into an empty folder gives identical cases and audit
        Path after = dir.resolve("after.zip");
        assertThat(ProcessTest.arbitra("backup", "--workspace", ws.toString(), "--out", after.toString()).code())
                .isZero();
        Path r2 = dir.resolve("r2");
        Files.createDirectories(r2);
        assertThat(ProcessTest.arbitra("restore", after.toString(), "--workspace", r2.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("cases", "--workspace", r2.toString(), "--json").out())
                .isEqualTo(ProcessTest.arbitra("cases", "--workspace", ws.toString(), "--json").out());
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", r2.toString()).out())
                .isEqualTo(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out())
                .isEqualTo("OK " + (recordsBefore + 2L * waiting) + " records\n");
    }

    @Test
    void restoreRefusesAFullFolderWithoutForceAndFilesThatAreNotBackups() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(ProcessTest.arbitra("init", ws.toString()).code()).isZero();
        assertThat(ProcessTest.arbitra("settings", "set", "ui.theme", "dark", "--workspace", ws.toString()).code())
                .isZero();
        Path zip = dir.resolve("b.zip");
        assertThat(ProcessTest.arbitra("backup", "--workspace", ws.toString(), "--out", zip.toString()).code())
                .isZero();
        Path other = dir.resolve("other");
        assertThat(ProcessTest.arbitra("init", other.toString()).code()).isZero();

        ProcessTest.Run refused = ProcessTest.arbitra("restore", zip.toString(), "--workspace", other.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("arbitra: The folder " + other + " is not empty (it holds a "
                + "workspace); restore into an empty folder, or add --force to replace what is there. Nothing was "
                + "changed.");
        assertThat(ProcessTest.arbitra("settings", "get", "ui.theme", "--workspace", other.toString()).out().strip())
                .isEqualTo("light");

        ProcessTest.Run forced = ProcessTest.arbitra("restore", zip.toString(), "--workspace", other.toString(),
                "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(ProcessTest.arbitra("settings", "get", "ui.theme", "--workspace", other.toString()).out().strip())
                .isEqualTo("dark");

        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "not a zip");
        ProcessTest.Run notZip = ProcessTest.arbitra("restore", text.toString(), "--workspace",
                dir.resolve("x").toString());
        assertThat(notZip.code()).isEqualTo(1);
        assertThat(notZip.err()).startsWith("arbitra: " + text + " is not an Arbitra backup: it is not a readable "
                + "ZIP file");

        Path foreign = dir.resolve("photos.zip");
        try (OutputStream os = Files.newOutputStream(foreign); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("cat.jpg"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        ProcessTest.Run notOurs = ProcessTest.arbitra("restore", foreign.toString(), "--workspace",
                dir.resolve("x").toString());
        assertThat(notOurs.code()).isEqualTo(1);
        assertThat(notOurs.err().strip()).isEqualTo("arbitra: " + foreign + " is not an Arbitra backup: it holds no "
                + "arbitra-backup.properties.");
        assertThat(dir.resolve("x")).doesNotExist();
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".restore-")
                    || n.contains(".replaced-") || n.endsWith(".part"));
        }
    }

    private static long count(String text, String word) {
        long n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    private static void drain(BufferedReader r) {
        Thread t = new Thread(() -> {
            try {
                while (r.readLine() != null) {
                    // keep the pipe open so the writer never blocks
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
