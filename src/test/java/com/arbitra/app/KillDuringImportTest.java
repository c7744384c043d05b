package com.arbitra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of an import leaves the workspace as it was; importing again works. */
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
        assertThat(ProcessTest.arbitra("bench", "generate", "--cases", "30000", "--out", bundle.toString())
                .code()).isZero();

        Process importing = ProcessTest.java(Main.class.getName(), "import", "--workspace", ws.toString(),
                bundle.toString()).redirectErrorStream(true).start();
        importing.getOutputStream().close();
        // the import takes several seconds; kill it well inside them
        Thread.sleep(4_000);
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
        assertThat(again.out()).contains("new 30000");
        assertThat(ProcessTest.arbitra("audit", "verify", "--workspace", ws.toString()).out().strip())
                .isEqualTo("OK 30020 records");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
}
