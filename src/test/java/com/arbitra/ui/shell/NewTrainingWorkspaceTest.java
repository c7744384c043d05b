package com.arbitra.ui.shell;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Passwords;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "New training workspace…" from the sign-in: a new folder becomes a training workspace with the samples. */
@Tag("ui")
class NewTrainingWorkspaceTest extends FxRobot {

    @TempDir
    Path dir;
    ConsoleApp app;

    @BeforeEach
    void launch() throws Exception {
        System.setProperty("arbitra.locale", "en");
        try (TestWorkspace live = TestWorkspace.create(dir.resolve("live"))) {
            live.addOperator("chen", Role.SUPERVISOR);
        }
        FxToolkit.registerPrimaryStage();
        ConsoleApp.prepare(dir.resolve("live"), new com.arbitra.app.ConsoleServices(d -> new Session(Workspace.open(d), Clock.systemUTC(),
                WorkflowSettings.defaults(), new Passwords(1000))));
        app = (ConsoleApp) FxToolkit.setupApplication(ConsoleApp.class);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewFolderBecomesATrainingWorkspaceWithTheSampleSet() throws Exception {
        waitUntilShown("#signInUsername");
        Path training = dir.resolve("training");
        interact(() -> app.newTrainingWorkspace(training));

        waitUntilShown("#firstUsername");
        assertThat(Workspace.exists(training)).isTrue();
        assertThat(lookup(".label").queryAllAs(Label.class)).as("the first start says what the supervisor is for")
                .anyMatch(l -> l.getText() != null && l.getText().contains("trainees sign in as agents"));
        clickOn("#firstUsername").write("tess");
        clickOn("#firstPassword").write("long enough");
        clickOn("#firstConfirm").write("long enough");
        clickOn("#createSupervisor");

        waitUntilShown("#caseQueue");
        assertThat(lookup(".training-banner").queryAs(Label.class).isVisible()).as("training mode shows").isTrue();
        TableView<?> queue = lookup("#caseQueue").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> queue.getItems().size() == 12);
        try (Workspace w = Workspace.open(training)) {
            assertThat(w.kind()).isEqualTo(WorkspaceKind.TRAINING);
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndTheWorkspaceStaysOpen() throws Exception {
        waitUntilShown("#signInUsername");
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");

        interact(() -> app.newTrainingWorkspace(busy));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("The folder " + busy + " is not empty");
        assertThat(Files.list(busy).count()).isEqualTo(1);
        assertThat(lookup("#signInUsername").tryQuery()).isPresent();
    }

    private void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(query)
                .match(com.arbitra.ui.ConsoleSteps::onScreen).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
