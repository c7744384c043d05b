package com.arbitra.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image's own launcher (no JDK on the path: its trimmed runtime) runs the command-line tools.
 * Run by {@code ./mvnw -B -Pdist verify}, after the image is built.
 */
class LauncherIT {

    @TempDir
    Path dir;

    static Path launcher() {
        String image = System.getProperty("arbitra.image", "target/dist/arbitra");
        Path bin = Path.of(image, "bin", "arbitra");
        assumeThat(Files.isExecutable(bin)).as("the app image is built (./mvnw -Pdist package)").isTrue();
        return bin;
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // nothing from the build's JDK may leak in
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("CLASSPATH");
        pb.environment().put("ARBITRA_WORKSPACE", dir.resolve("default").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void theLauncherPrintsItsVersion() throws Exception {
        Run r = run("--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("arbitra \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void theLauncherImportsTheSampleCasesAndVerifiesTheAudit() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(run("init", ws.toString()).code()).isZero();

        Run imported = run("import", "--workspace", ws.toString(), Path.of("assets/samples/live").toAbsolutePath()
                .toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("new 20");
        assertThat(run("audit", "verify", "--workspace", ws.toString()).out().strip()).isEqualTo("OK 20 records");
        assertThat(run("cases", "--workspace", ws.toString()).code()).isZero();
        assertThat(ws.resolve("logs/arbitra.log")).exists();
    }
}
