package com.arbitra.ui.shell;


import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Passwords;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.support.SampleCases;
import com.arbitra.ui.shell.ConsoleApp;
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

/** The real window, headless: first start, sign-in, and a change made by another session appearing. */
@Tag("ui")
@Tag("slow")
class ConsoleAppTest extends FxRobot {

    @TempDir
    Path dir;
    javafx.application.Application app;

    @BeforeEach
    void launch() throws Exception {
        System.setProperty("arbitra.locale", "en");
        FxToolkit.registerPrimaryStage();
        ConsoleApp.prepare(dir, new com.arbitra.app.ConsoleServices(d -> new Session(Workspace.open(d), Clock.systemUTC(), WorkflowSettings.defaults(),
                new Passwords(1000))));
        app = FxToolkit.setupApplication(ConsoleApp.class);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void anEmptyWorkspaceAsksForItsFirstSupervisorAndSignsThemIn() throws Exception {
        waitUntilShown("#firstUsername");
        clickOn("#firstUsername").write("chen");
        clickOn("#firstDisplayName").write("Chen Supervisor");
        clickOn("#firstPassword").write("long enough");
        clickOn("#firstConfirm").write("long enough");
        type(javafx.scene.input.KeyCode.ENTER);

        // the supervisor just typed their password twice: they are signed in, not asked again
        waitUntilShown("#statusOperator");
        assertThat(lookup("#signInUsername").tryQuery()).isEmpty();
        assertThat(lookup("#statusOperator").queryAs(Label.class).getText()).isEqualTo("Chen Supervisor (Supervisor)");
        assertThat(lookup("#nav-approvals").tryQuery()).as("supervisors see approvals").isPresent();
        assertThat(lookup("#statusConnection").queryAs(Label.class).getText()).isEqualTo("Database connected");

        // another process (here: another session on the same folder) adds a case; the window shows it
        try (Session other = new Session(Workspace.open(dir), Clock.systemUTC(), WorkflowSettings.defaults(),
                new Passwords(1000))) {
            other.store().transaction(u -> {
                u.cases().insert(SampleCases.waiting("MP-FROM-ELSEWHERE"));
                u.audit().append(new com.arbitra.domain.AuditEntry("MP-FROM-ELSEWHERE", "platform",
                        com.arbitra.domain.Role.PLATFORM, SampleCases.T0, "IMPORTED", null,
                        com.arbitra.domain.CaseState.INTERVENTION_REQUESTED, "test"));
                return null;
            });
        }
        TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    }

    @Test
    void theSampleCasesLoadFromTheEmptyQueueWithProgressAndAReport() throws Exception {
        createSupervisorAndSignIn();
        waitUntilShown("#loadSamples");

        clickOn("#loadSamples");

        TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
        // the open sample cases: 14 of the 20 bundle cases and 3 of the 4 WeChat Pay complaints (the closed
        // ones leave the queue)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 17);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("24 new, 0 updated, 0 unchanged");
        assertThat(lookup("#importStatus").query().getParent().isVisible()).as("the progress strip is gone").isFalse();
        type(javafx.scene.input.KeyCode.ENTER);

        // filter the queue: only refunds, then search one case by its id
        clickOn("#problemFilter");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".combo-box-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Refund")).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() < 17
                && !table.getItems().isEmpty());
        clickOn("#queueSearch").write("MP-2026-0000101");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        // open it: the case file shows the case, its evidence in the viewer, and what may be done
        openTheFoundCase(table, "MP-2026-0000101");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#attachmentImage").tryQuery().isPresent());
        assertThat(lookup("#do-CLAIM").tryQuery()).as("claiming is offered as a button").isPresent();
        Label issue = lookup("#action-ISSUE_RULING").queryAs(Label.class);
        assertThat(issue.getStyleClass()).contains("action-refused");
        assertThat(issue.getTooltip().getText()).startsWith("Cannot issue a ruling: this case is");

        // claiming makes other actions live: none of them moves (issue 17, point 3)
        javafx.scene.Parent bar = lookup("#caseActions").queryAs(javafx.scene.Parent.class);
        java.util.List<javafx.geometry.Point2D> before = bar.getChildrenUnmodifiable().stream()
                .map(n -> new javafx.geometry.Point2D(n.getLayoutX(), n.getLayoutY())).toList();
        clickOn("#do-CLAIM");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#do-CLAIM").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getChildrenUnmodifiable().stream()
                .map(n -> new javafx.geometry.Point2D(n.getLayoutX(), n.getLayoutY())).toList())
                .as("every action where it was").isEqualTo(before);

        // assess the evidence item shown: the list says so afterwards
        clickOn("#assessment");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".combo-box-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("accepted")).queryAs(javafx.scene.Node.class));
        clickOn("#saveAssessment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#evidenceList .tree-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText() != null
                        && ((javafx.scene.control.Labeled) n).getText().contains("· accepted")));
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntilShown("#caseQueue");
    }

    @Test
    void theLanguageChangesWithoutSigningOutOrLeavingTheOpenCase() throws Exception {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("com/arbitra/console");
        String remembered = prefs.get("locale", null);
        try {
            createSupervisorAndSignIn();
            waitUntilShown("#loadSamples");
            clickOn("#loadSamples");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isEmpty());
            clickOn("#queueSearch").write("MP-2026-0000106");
            type(javafx.scene.input.KeyCode.ENTER);
            TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
            openTheFoundCase(table, "MP-2026-0000106");

            // the deadline counts down beside the state, as in the queue
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#caseTimeLeft").queryAs(Label.class)
                    .getText().matches("\\(\\d+:\\d\\d:\\d\\d left\\)"));

            interact(() -> lookup("#language").queryComboBox().getSelectionModel()
                    .select(java.util.Locale.forLanguageTag("es")));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#nav-queue").tryQuery()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText().equals("Cola")).orElse(false));
            assertThat(lookup("#signInUsername").tryQuery()).as("still signed in").isEmpty();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> caseTitle()
                    .map(n -> ((Label) n).getText().startsWith("MP-2026-0000106")).orElse(false));
            assertThat(lookup("#statusOperator").queryAs(Label.class).getText()).startsWith("chen");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#caseTimeLeft").queryAs(Label.class)
                    .getText().startsWith("(quedan "));
            // back to the list it was opened from: the search still narrows it to the one case
            type(javafx.scene.input.KeyCode.ESCAPE);
            waitUntilShown("#caseQueue");
            assertThat(lookup("#queueSearch").queryAs(javafx.scene.control.TextField.class).getText())
                    .isEqualTo("MP-2026-0000106");
            TableView<?> again = lookup("#caseQueue").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().size() == 1);
        } finally {
            if (remembered == null) {
                prefs.remove("locale");
            } else {
                prefs.put("locale", remembered);
            }
        }
    }

    /** The first start of an empty workspace: its first supervisor, signed in once created. */
    private void createSupervisorAndSignIn() throws Exception {
        waitUntilShown("#firstUsername");
        clickOn("#firstUsername").write("chen");
        clickOn("#firstPassword").write("long enough");
        clickOn("#firstConfirm").write("long enough");
        clickOn("#createSupervisor");
        waitUntilShown("#statusOperator");
    }

    /** Waits for a view to appear, then for the FX thread to finish putting it in place. */
    /**
     * Opens the one row the search found with the keyboard, as an agent does: Down from the search to
     * the rows, Enter (a pointer's click on a busy machine could miss the row, and a double click arrive
     * as two single ones); again when the list was reloaded under the first try (the change watch
     * catching up with the sample import).
     */
    private void openTheFoundCase(TableView<?> table, String caseId) throws Exception {
        for (int attempt = 0; attempt < 3 && caseTitle().isEmpty(); attempt++) {
            clickOn("#queueSearch");
            type(javafx.scene.input.KeyCode.DOWN);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                        && table.isFocused());
            } catch (java.util.concurrent.TimeoutException tryAgain) {
                continue;
            }
            type(javafx.scene.input.KeyCode.ENTER);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> caseTitle().isPresent());
            } catch (java.util.concurrent.TimeoutException tryAgain) {
                // not opened: pick it again
            }
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> caseTitle()
                .map(n -> ((Label) n).getText().startsWith(caseId)).orElse(false));
    }

    /** The case file's title, when the case file is on screen. */
    private java.util.Optional<javafx.scene.Node> caseTitle() {
        return lookup("#caseTitle").match(com.arbitra.ui.ConsoleSteps::onScreen).tryQuery();
    }

    private void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query)
                .match(com.arbitra.ui.ConsoleSteps::onScreen).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
