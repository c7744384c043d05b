package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: random bytes in the pages that hold cases are found, and the newest backup is named. */
class CheckCommandTest {

    @TempDir
    Path dir;


    Result run(String... args) {
        return CliRun.in(dir).run(args);
    }

    private String samples() {
        String ws = dir.resolve("ws").toString();
        assertThat(run("init", ws).code()).isZero();
        assertThat(run("import", "--workspace", ws, "assets/samples/live").code()).isZero();
        return ws;
    }

    @Test
    void aWholeWorkspaceChecksOutPartByPart() {
        String ws = samples();

        Result r = run("check", "--workspace", ws);

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(6).allMatch(l -> l.contains(": OK ("));
        assertThat(r.out()).contains("cases: OK (20 cases, every body read)")
                .containsPattern("attachments: OK \\(\\d+ attachments, every SHA-256 matches\\)")
                .contains("counts: OK (per-state counts equal the cases)").contains("schema: OK (version 20, ")
                .containsPattern("audit: OK \\(\\d+ records, one chain\\)");
    }

    @Test
    void randomBytesOverTheCasesAreFoundAndTheNewestBackupIsNamed() throws Exception {
        String ws = samples();
        Path backup = Path.of(ws, "backups", "auto-20261204-120000-000-upgrade.zip");
        assertThat(run("backup", "--workspace", ws, "--out", backup.toString()).code()).isZero();
        // every copy of every case body in the file: the start of each {"v":1,...} body, overwritten
        Path db = Path.of(ws, "arbitra.mv.db");
        byte[] file = Files.readAllBytes(db);
        List<Integer> bodies = find(file, "{\"v\":1,".getBytes(StandardCharsets.UTF_8));
        assertThat(bodies).as("the bodies are in the file as written").isNotEmpty();
        Random random = new Random(20);
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            for (int at : bodies) {
                byte[] noise = new byte[48];
                random.nextBytes(noise);
                raf.seek(at);
                raf.write(noise);
            }
        }

        Result r = run("check", "--workspace", ws);

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Exit.WORKSPACE);
        assertThat(r.out()).containsPattern("(cases|database): DAMAGED \\(");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("The workspace is damaged. The "
                + "newest backup in it is " + backup + ": restore it into a new folder with `arbitra restore " + backup
                + " --workspace NEW_FOLDER`, then check that one.");
        String restored = dir.resolve("restored").toString();
        assertThat(run("restore", backup.toString(), "--workspace", restored).code()).isZero();
        assertThat(run("check", "--workspace", restored).code()).isZero();
    }

    private static List<Integer> find(byte[] haystack, byte[] needle) {
        List<Integer> at = new ArrayList<>();
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            at.add(i);
        }
        return at;
    }
}
