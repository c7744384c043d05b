package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Passwords;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.store.FileKeys;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.support.CliRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: the console opens an encrypted workspace only for one of its operators, asked in a dialog
 * before the database is read; the same sign-in then opens the console, so nobody types it twice.
 */
@Tag("ui")
class EncryptedConsoleTest extends FxRobot {

    @TempDir
    Path dir;
    javafx.application.Application app;

    @BeforeEach
    void launch() throws Exception {
        Path ws = dir.resolve("laptop");
        CliRun.Result init = CliRun.in(dir).input("chen-password\n").run("init", "--encrypted", "--supervisor",
                "chen", ws.toString());
        assertThat(init.code()).as(init.err()).isZero();
        // as a new process: the command line's unlocking is not the console's
        FileKeys.forgetAll();
        System.setProperty("arbitra.locale", "en");
        FxToolkit.registerPrimaryStage();
        ConsoleApp.prepare(ws, new com.arbitra.app.ConsoleServices(d -> new Session(Workspace.open(d),
                Clock.systemUTC(), WorkflowSettings.defaults(), new Passwords(1000))));
        app = FxToolkit.setupApplication(ConsoleApp.class);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        FileKeys.forgetAll();
    }

    @Test
    void aWrongPasswordIsAskedAgainAndTheRightOneOpensTheConsoleSignedIn() throws Exception {
        waitUntilShown("#unlockOperator");
        assertThat(lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .endsWith("laptop is encrypted. Sign in as one of its operators to open it.");
        assertThat(lookup("#unlockRefused").tryQuery()).isEmpty();
        clickOn("#unlockOperator").write("chen");
        clickOn("#unlockPassword").write("guess-guess").type(KeyCode.ENTER);

        // asked again, in a new dialog that says why
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#unlockRefused").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unlockRefused").queryLabeled().getText()).isEqualTo("Wrong operator name or password.");
        assertThat(lookup("#unlockOperator").queryTextInputControl().getText()).as("the name is kept").isEqualTo("chen");
        clickOn("#unlockPassword").write("chen-password").type(KeyCode.ENTER);

        waitUntilShown("#statusOperator");
        assertThat(lookup("#signInUsername").tryQuery()).isEmpty();
        assertThat(lookup("#statusOperator").queryAs(Label.class).getText()).startsWith("chen");
    }

    private void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(query)
                .match(com.arbitra.ui.ConsoleSteps::onScreen).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
