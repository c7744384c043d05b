package com.arbitra.ui.casefile;

import com.arbitra.ui.ConsoleSteps;
import com.arbitra.ui.TypingConsole;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Role;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A console killed with SIGKILL while its operator writes a ruling loses nothing: the next console
 * offers the draft on the case, and resuming it opens the form with what was typed.
 */
@Tag("ui")
@Tag("slow")
class DraftAfterKillTest extends FxRobot {

    static final String CASE = "MP-KILL-1";

    @TempDir
    Path dir;
    javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        ConsoleSteps.close(app);
    }

    @Test
    void aDraftTypedInAConsoleKilledWithSigkillIsOfferedAndRestoredInTheNext() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir);
        com.arbitra.domain.Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.insert(SampleCases.waiting(CASE));
        ws.session.cases().claim(CASE, lin, Seen.version(ws.session.cases(), CASE));
        ws.close();

        Process typing = console(dir, CASE);
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(typing.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = said.readLine(); line != null && !line.equals("typed"); line = said.readLine()) {
                lines.add(line);
            }
            assertThat(typing.isAlive()).as(String.join("\n", lines)).isTrue();
        } finally {
            // SIGKILL on Linux: no shutdown hook, no closing of the database
            typing.destroyForcibly();
        }
        assertThat(typing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(typing.exitValue()).isEqualTo(137);

        app = ConsoleSteps.launch(dir, ws.clock);
        ConsoleSteps steps = new ConsoleSteps(this);
        steps.signIn("lin");
        steps.open(CASE);

        steps.waitUntilShown("#resume-PROPOSE_RULING");
        clickOn("#resume-PROPOSE_RULING");
        steps.waitUntilShown("#rationale");
        assertThat(lookup("#rationale").queryAs(TextArea.class).getText()).isEqualTo(TypingConsole.RATIONALE);
    }

    /** {@link TypingConsole} in a JVM of its own, headless as the tests are. */
    private static Process console(Path workspace, String caseId) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("testfx.robot", "testfx.headless", "glass.platform", "monocle.platform",
                "prism.order", "java.awt.headless", "headless.geometry")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-Darbitra.locale=en", TypingConsole.class.getName(), workspace.toString(), caseId));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
