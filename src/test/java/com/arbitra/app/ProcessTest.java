package com.arbitra.app;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arbitra as separate processes, the way scripts and a second window use it. */
@Tag("slow")
class ProcessTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static ProcessBuilder java(String mainClass, String... args) {
        // short-lived processes: the client compiler alone starts them in about half the time
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static Run arbitra(String... args) throws Exception {
        Process p = java(Main.class.getName(), args).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void aWorkspaceHeldByAProgramThatDoesNotShareItGivesExitThreeAndASentence() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(arbitra("init", ws.toString()).code()).isZero();

        Process holder = java(HoldDatabase.class.getName(), ws.toString()).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");

            Run r = arbitra("audit", "verify", "--workspace", ws.toString());

            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err().strip()).isEqualTo("arbitra: The workspace " + ws + " is in use by another program "
                    + "that does not share it; close that program and try again.");
            assertThat(r.out()).isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        assertThat(arbitra("audit", "verify", "--workspace", ws.toString()).code()).isZero();
    }

    @Test
    void twoProcessesShareOneWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(arbitra("init", ws.toString()).code()).isZero();
        // the first process serves the database while the others come and go
        Process first = java(Main.class.getName(), "operator", "add", "lin", "--role", "AGENT", "--workspace",
                ws.toString()).start();
        List<Process> others = new ArrayList<>();
        for (String name : List.of("wang", "chen")) {
            others.add(java(Main.class.getName(), "operator", "add", name, "--role", "AGENT", "--workspace",
                    ws.toString()).start());
        }
        for (Process p : concat(first, others)) {
            p.getOutputStream().write("s3cret-pass\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
        }
        for (Process p : concat(first, others)) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        }

        Run verify = arbitra("audit", "verify", "--workspace", ws.toString());
        assertThat(verify.out().strip()).isEqualTo("OK 3 records");
    }

    private static List<Process> concat(Process p, List<Process> rest) {
        List<Process> all = new ArrayList<>(List.of(p));
        all.addAll(rest);
        return all;
    }

    @Test
    void versionAndHelpFromTheRealMain() throws Exception {
        Run version = arbitra("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).matches("arbitra \\d+\\.\\d+\\.\\d+.*");
        assertThat(arbitra("--help").out()).contains("Usage: arbitra");
        assertThat(arbitra("no-such-command").code()).isEqualTo(2);
    }
}
