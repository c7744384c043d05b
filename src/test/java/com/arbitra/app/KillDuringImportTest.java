package com.arbitra.app;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of an import leaves the workspace as it was; importing again works. */
@Tag("slow")
class KillDuringImportTest {

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesNothingBehind() throws Exception {
        Path ws = dir.resolve("ws");
        Path bundle = dir.resolve("big.json");
        assertThat(ProcessTest.arbitra("init", ws.toString()).code()).isZero();
        // a workspace with work in it already: that work must survive too
        assertThat(ProcessTest.arbitra("import", "--workspace", ws.toString(), "assets/samples/live").code())
                .isZero();
        String before = ProcessTest.arbitra("cases", "--workspace", ws.toString(), "--json").out();
        assertThat(ProcessTest.arbitra("bench", "generate", "--cases", "15000", "--out", bundle.toString())
                .code()).isZero();

        Process importing = ProcessTest.java(Main.class.getName(), "import", "--workspace", ws.toString(),
                bundle.toString()).redirectErrorStream(true).start();
        importing.getOutputStream().close();
        // kill it once it has written its first chunks: the log notes every 5,000 cases read
        assertThat(waitForProgress(ws.resolve("logs").resolve("arbitra.log"), importing))
                .as("the import reported progress before it ended").isTrue();
        assertThat(importing.isAlive()).as("still importing when killed").isTrue();
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        ProcessTest.Run cases = ProcessTest.arbitra("cases", "--workspace", ws.toString(), "--json");
        assertThat(cases.code()).as(cases.err()).isZero();
        assertThat(cases.out()).isEqualTo(before);
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out().strip())
                .isEqualTo("OK 20 records");

        ProcessTest.Run again = ProcessTest.arbitra("import", "--workspace", ws.toString(), bundle.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("new 15000");
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out().strip())
                .isEqualTo("OK 15020 records");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }

    /** Waits until the workspace log says the import read cases, while the import still runs. */
    private static boolean waitForProgress(Path log, Process importing) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && importing.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains("cases read")) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
