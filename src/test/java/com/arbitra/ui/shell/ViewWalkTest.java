package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Role;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.ConsoleSteps;
import com.arbitra.ui.ScreenCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view and dialog of the console on the sample cases, at 1366×768, in each language, as a
 * supervisor and an agent meet them (issue 17, points 1 and 2): nothing cut to an ellipsis, nothing
 * outside its window, no message key or enum constant on screen. With {@code -Darbitra.screenshots=DIR}
 * it also writes a picture of each stop there (see the development guide).
 */
@Tag("ui")
@Tag("slow")
class ViewWalkTest extends FxRobot {

    /** The stops pictured for the documentation's screenshots page, each in the three languages. */
    static final java.util.Set<String> PICTURED = java.util.Set.of("sign-in", "first-supervisor", "queue-empty",
            "samples-loaded", "queue", "approvals", "dashboard", "merchants", "sync", "settings",
            "case-review-evidence", "case-review-tab-3", "case-pending-approval-evidence", "case-return-evidence",
            "case-return-tab-2", "case-wechat-pay-evidence", "case-agent-evidence", "request-evidence",
            "ruling-form-tab-0", "ruling-form-tab-1", "issue-confirmation", "verify-proof", "measure",
            "training-trainer", "training-mine", "training-feedback");

    @TempDir
    Path dir;
    TestWorkspace ws;
    javafx.application.Application app;
    final ConsoleSteps steps = new ConsoleSteps(this);
    final List<String> problems = new ArrayList<>();
    String language;

    @AfterEach
    void close() throws Exception {
        ConsoleSteps.close(app);
        if (ws != null) {
            ws.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void everyViewFitsAndSpeaksTheLanguage(String language) throws Exception {
        this.language = language;
        ws = TestWorkspace.create(dir);
        ws.addOperator("chen", Role.SUPERVISOR);
        ws.addOperator("lin", Role.AGENT);
        app = ConsoleSteps.launch(dir, ws.clock, language);
        fitTheScreen();

        steps.waitUntilShown("#signInUsername");
        stop("sign-in");
        steps.signIn("chen");
        fitTheScreen();
        stop("queue-empty");

        clickOn("#loadSamples");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        stop("samples-loaded");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> steps.visibleQueue().getItems().size() == 17);
        stop("queue");

        page("approvals");
        stop("approvals");
        page("dashboard");
        Thread.sleep(1_000); // the charts lay out their axes once more after the figures arrive
        stop("dashboard");
        page("merchants");
        TableView<?> merchants = lookup("#merchantTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !merchants.getItems().isEmpty());
        interact(() -> merchants.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#merchantCases").queryAs(TableView.class)
                .getItems().isEmpty());
        stop("merchants");
        page("sync");
        stop("sync");
        clickOn("#openSettings");
        steps.waitUntilShown("#settingsDialog");
        stop("settings");
        clickOn("#closeSettings");

        // the case file: a case of each kind of evidence and of each state with its own actions
        page("queue");
        caseFile("MP-2026-0000104", "case-review", true); // under review: text and images
        dialog(KeyCode.C, null, null);
        dialog(KeyCode.R, "#requestDialog", "request-evidence");
        dialog(KeyCode.N, "#noteText", "note");
        dialog(KeyCode.A, "#assignDialog", "assign");
        dialog(KeyCode.I, "#rulingForm", "ruling-form");
        caseFile("MP-2026-0000105", "case-pending-approval", true); // a payment record
        dialog(KeyCode.I, "#confirmRuling", "issue-confirmation");
        dialog(KeyCode.T, "#returnRulingText", "return-ruling");
        caseFile("MP-2026-0000106", "case-return", true); // logistics
        caseFile("MP-2026-0000108", "case-verifying", false);
        dialog(KeyCode.V, "#verifyProofText", "verify-proof");
        dialog(KeyCode.X, "#rejectProofText", "reject-proof");
        caseFile("MP-2026-0000109", "case-overdue", false);
        dialog(KeyCode.M, ".dialog-pane", "measure");
        caseFile("MP-2026-0000110", "case-appealed", false);
        dialog(KeyCode.U, "#upholdText", "uphold");
        caseFile("WXP-200201820261118080076610002", "case-wechat-pay", true); // a file not yet fetched

        // an agent proposes
        clickOn("#signOut");
        steps.signIn("lin");
        fitTheScreen();
        caseFile("MP-2026-0000117", "case-agent", true); // a PDF
        dialog(KeyCode.C, null, null);
        dialog(KeyCode.P, "#rulingForm", "propose");

        assertThat(problems).as("what an operator would see wrong in " + language).isEmpty();
    }

    /**
     * A training workspace: the trainer's page, and a trainee's queue, My training and the feedback
     * on a proposal made in the ruling form.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void theTrainingViewsFitAndSpeakTheLanguage(String language) throws Exception {
        this.language = language;
        com.arbitra.ui.training.TrainingFixture fx = new com.arbitra.ui.training.TrainingFixture(dir);
        ws = fx.ws;
        fx.attempt(fx.tina, "TR-2026-0002", fx.referenceOf("TR-2026-0002"), 25);
        app = ConsoleSteps.launch(dir, ws.clock, language);
        fitTheScreen();

        steps.signIn("tess");
        fitTheScreen();
        page("training");
        steps.waitUntilShown("#trainerView");
        stop("training-trainer");

        clickOn("#signOut");
        steps.signIn("tina");
        fitTheScreen();
        stop("training-queue");
        page("myTraining");
        TableView<?> attempts = lookup("#myTrainingAttempts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !attempts.getItems().isEmpty());
        interact(() -> attempts.getSelectionModel().select(0));
        stop("training-mine");

        caseFile("TR-2026-0001", "training-case", false);
        dialog(KeyCode.C, null, null);
        focusCaseFile();
        type(KeyCode.P);
        steps.waitUntilShown("#rationale");
        interact(() -> {
            lookup("#responsibility").queryComboBox().getSelectionModel().select(
                    com.arbitra.domain.Responsibility.MERCHANT);
            lookup("#remedy").queryComboBox().getSelectionModel().select(com.arbitra.domain.Remedy.FULL_REFUND);
        });
        clickOn("#rationale").write("The parcel never arrived.");
        for (Node cite : lookup("#citedEvidence .check-box").queryAll()) {
            clickOn(cite);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#submitRuling").query().isDisabled());
        clickOn("#submitRuling");
        steps.waitUntilShown("#feedbackScore");
        stop("training-feedback");

        assertThat(problems).as("what a trainer or trainee would see wrong in " + language).isEmpty();
    }

    /** The first start of an empty workspace asks for its first supervisor. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void theFirstStartFitsAndSpeaksTheLanguage(String language) throws Exception {
        this.language = language;
        ws = TestWorkspace.create(dir);
        app = ConsoleSteps.launch(dir, ws.clock, language);
        fitTheScreen();
        steps.waitUntilShown("#firstUsername");
        stop("first-supervisor");
        assertThat(problems).as("what a first user would see wrong in " + language).isEmpty();
    }

    /** Checks every window on screen now, and pictures it when asked. */
    private void stop(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String tag = where + "-" + language.substring(0, 2);
        List<String> found = ScreenCheck.problems(tag);
        found.forEach(System.out::println);
        problems.addAll(found);
        String shots = System.getProperty("arbitra.screenshots");
        if (shots != null && !shots.isBlank() && PICTURED.contains(where)) {
            Path out = Path.of(shots);
            Files.createDirectories(out);
            Window top = Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage)
                    .reduce((a, b) -> b).orElseThrow();
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            interact(() -> image[0] = top.getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.resolve(tag + ".png").toFile());
        }
    }

    /** The console's window as large as the screen of an office PC (an earlier test may have left it larger). */
    private void fitTheScreen() {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(ScreenCheck.SCREEN_WIDTH);
            stage.setHeight(ScreenCheck.SCREEN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void page(String id) throws Exception {
        clickOn("#nav-" + id);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the case from the queue's search, then looks at each tab and, for the cases chosen for their
     * kinds of evidence (text, image, payment, logistics, PDF, a file not fetched), at each evidence item.
     */
    private void caseFile(String caseId, String where, boolean everyItem) throws Exception {
        if (lookup("#caseTitle").tryQuery().map(com.arbitra.ui.ConsoleSteps::onScreen).orElse(false)) {
            type(KeyCode.ESCAPE);
            steps.waitUntilShown("#caseQueue");
        }
        page("queue");
        clickOn("#queueSearch");
        push(KeyCode.CONTROL, KeyCode.A);
        write(caseId);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.visibleQueue().getItems().size() == 1);
        steps.open(caseId);
        TabPane tabs = from((Node) lookup("#caseTitle").query().getParent().getParent().getParent())
                .lookup(".tab-pane").queryAs(TabPane.class);
        TreeView<?> evidence = lookup("#evidenceList").queryAs(TreeView.class);
        List<Integer> items = new ArrayList<>();
        for (int row = 0; row < evidence.getExpandedItemCount(); row++) {
            TreeItem<?> item = evidence.getTreeItem(row);
            if (item != null && item.isLeaf()) {
                items.add(row);
            }
        }
        for (int row : everyItem ? items : items.subList(0, Math.min(1, items.size()))) {
            interact(() -> evidence.getSelectionModel().select(row));
            Thread.sleep(400); // the viewer decodes the file in the background
            stop(where + "-evidence" + (row == items.get(0) ? "" : "-" + row));
        }
        for (int tab = 1; tab < tabs.getTabs().size(); tab++) {
            int t = tab;
            interact(() -> tabs.getSelectionModel().select(t));
            stop(where + "-tab-" + tab);
        }
        interact(() -> tabs.getSelectionModel().select(0));
    }

    /** Presses an action's key, checks the dialog it opens and closes it unanswered. */
    private void dialog(KeyCode key, String shownBy, String where) throws Exception {
        focusCaseFile();
        type(key);
        if (shownBy == null) {
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            return;
        }
        steps.waitUntilShown(shownBy);
        if (shownBy.equals("#rulingForm")) {
            TabPane side = from(lookup("#rulingForm").queryAs(Node.class)).lookup(".tab-pane").queryAs(TabPane.class);
            for (int tab = 0; tab < side.getTabs().size(); tab++) {
                int t = tab;
                interact(() -> side.getSelectionModel().select(t));
                stop(where + "-tab-" + tab);
            }
        } else {
            stop(where);
        }
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(shownBy).tryQuery().isEmpty());
    }

    private void focusCaseFile() {
        Label title = lookup("#caseTitle").queryAs(Label.class);
        interact(() -> title.getParent().requestFocus());
    }
}
