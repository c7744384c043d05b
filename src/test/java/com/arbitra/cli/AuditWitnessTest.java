package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.CliRun;
import com.arbitra.support.CliRun.Result;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: removing the newest audit records and moving the head back leaves a chain that checks
 * out on its own; an export, a backup or a saved head made before witnesses that it was longer.
 */
class AuditWitnessTest {

    @TempDir
    Path dir;


    Result run(String... args) {
        return CliRun.in(dir).run(args);
    }

    private Path saved(String name, String ws) throws Exception {
        Result head = run("audit", "head", "--workspace", ws);
        assertThat(head.code()).as(head.err()).isZero();
        return Files.writeString(dir.resolve(name), head.out());
    }

    @Test
    void aChainCutShortIsFoundByEveryKindOfWitness() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(run("init", ws).code()).isZero();
        assertThat(run("import", "--workspace", ws, "assets/samples/live").code()).isZero();
        Path early = saved("early.json", ws);
        long cut = Long.parseLong(run("audit", "verify", "--workspace", ws).out().replaceAll("\\D", ""));
        assertThat(run("settings", "set", "ui.theme", "dark", "--workspace", ws).code()).isZero();
        assertThat(run("settings", "set", "ruling.fourEyes", "true", "--workspace", ws).code()).isZero();
        Path head = saved("head.json", ws);
        Path export = dir.resolve("full.json");
        assertThat(run("export", "--workspace", ws, "--full", "--out", export.toString()).code()).isZero();
        Path zipped = dir.resolve("full.zip");
        assertThat(run("export", "--workspace", ws, "--full", "--out", zipped.toString()).code()).isZero();
        Path backup = dir.resolve("b.zip");
        assertThat(run("backup", "--workspace", ws, "--out", backup.toString()).code()).isZero();
        assertThat(Files.readString(head).strip()).matches("\\{\"auditChain\":\\{\"seq\":" + (cut + 2)
                + ",\"hash\":\"[0-9a-f]{64}\"}}");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", head.toString()).out().strip())
                .isEqualTo("OK " + (cut + 2) + " records; record " + (cut + 2) + " is the one the saved head "
                        + head + " saw");

        // the owner of the file removes the two setting changes and moves the head back
        try (Connection c = TestWorkspace.h2(Path.of(ws)); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_record WHERE seq > " + cut);
            st.executeUpdate("UPDATE audit_head SET seq = " + cut + ", hash = (SELECT hash FROM audit_record "
                    + "WHERE seq = " + cut + ")");
        }

        assertThat(run("audit", "verify", "--workspace", ws).out().strip()).as("on its own the chain looks whole")
                .isEqualTo("OK " + cut + " records");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", early.toString()).code())
                .as("a witness older than the cut sees nothing wrong").isZero();
        for (Path witness : new Path[] {head, export, zipped, backup}) {
            Result r = run("audit", "verify", "--workspace", ws, "--witness", witness.toString());
            assertThat(r.code()).as(witness.toString()).isEqualTo(Exit.REFUSED);
            assertThat(r.out().strip()).startsWith("BROKEN at record " + (cut + 1) + ": the chain ends at record "
                    + cut + ", but the ").endsWith(" saw record " + (cut + 2) + ": records were removed");
        }
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", export.toString()).out())
                .contains("but the export " + export + " (made ");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", backup.toString()).out())
                .contains("but the backup " + backup + " (made ");
    }

    @Test
    void aChainRewrittenFromAWitnessedRecordOnIsFound() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(run("init", ws).code()).isZero();
        assertThat(run("settings", "set", "ui.theme", "dark", "--workspace", ws).code()).isZero();
        Path head = saved("head.json", ws);
        Path other = Files.writeString(dir.resolve("other.json"),
                Files.readString(head).replaceAll("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"" + "ab".repeat(32) + "\""));

        Result r = run("audit", "verify", "--workspace", ws, "--witness", other.toString());

        assertThat(r.code()).isEqualTo(Exit.REFUSED);
        assertThat(r.out().strip()).isEqualTo("BROKEN at record 1: it is not the record the saved head " + other
                + " saw: the chain was rewritten from there on");
    }

    @Test
    void aFileThatIsNoWitnessIsRefusedNamingWhatIsWrong() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(run("init", ws).code()).isZero();
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"cases\": []}");
        Path negative = Files.writeString(dir.resolve("neg.json"), "{\"auditChain\": {\"seq\": -1, \"hash\": \"x\"}}");
        Path badHash = Files.writeString(dir.resolve("hash.json"), "{\"auditChain\": {\"seq\": 3, \"hash\": \"x\"}}");

        assertThat(run("audit", "verify", "--workspace", ws, "--witness", text.toString()).err().strip())
                .isEqualTo("arbitra: " + text + " is not valid JSON (line 1, column 1); a witness is an export, a "
                        + "backup, or what `arbitra audit head` printed.");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", empty.toString()).err().strip())
                .isEqualTo("arbitra: " + empty + " holds no /auditChain; a witness is an export, a backup, or what "
                        + "`arbitra audit head` printed.");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", negative.toString()).err().strip())
                .isEqualTo("arbitra: " + negative + ": /auditChain/seq must be a whole number, 0 or more.");
        Result hash = run("audit", "verify", "--workspace", ws, "--witness", badHash.toString());
        assertThat(hash.code()).isEqualTo(Exit.REFUSED);
        assertThat(hash.err().strip()).isEqualTo("arbitra: " + badHash + ": /auditChain/hash must be 64 lower-case "
                + "hex digits (a SHA-256).");
        assertThat(run("audit", "verify", "--workspace", ws, "--witness", dir.resolve("none").toString()).err())
                .contains("none is not a file.");
    }
}
