package com.arbitra.ui;

import com.arbitra.domain.ports.QueueRow;

import com.arbitra.store.QueueQueries;
import com.arbitra.support.TestWorkspace;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do as an operator does it: sign in, open a case from the queue, pick from a list. */
public final class ConsoleSteps {

    private final FxRobot robot;

    public ConsoleSteps(FxRobot robot) {
        this.robot = robot;
    }

    /** The real console in English on the workspace folder, on the test workspace's clock. */
    public static javafx.application.Application launch(java.nio.file.Path dir, com.arbitra.support.MutableClock clock)
            throws Exception {
        return launch(dir, clock, "en");
    }

    /** The real console in this language (a tag: "en", "es", "zh-CN"). */
    public static javafx.application.Application launch(java.nio.file.Path dir, com.arbitra.support.MutableClock clock,
                                                        String language) throws Exception {
        System.setProperty("arbitra.locale", language);
        org.testfx.api.FxToolkit.registerPrimaryStage();
        com.arbitra.ui.shell.ConsoleApp.prepare(dir, new com.arbitra.app.ConsoleServices(d -> new com.arbitra.store.Session(
                com.arbitra.store.Workspace.open(d), clock, com.arbitra.domain.WorkflowSettings.defaults(),
                new com.arbitra.domain.Passwords(1_000))));
        return org.testfx.api.FxToolkit.setupApplication(com.arbitra.ui.shell.ConsoleApp.class);
    }

    /** Closes what {@link #launch} opened (nothing when it was not launched). */
    public static void close(javafx.application.Application app) throws Exception {
        if (app != null) {
            org.testfx.api.FxToolkit.cleanupApplication(app);
        }
        org.testfx.api.FxToolkit.cleanupStages();
    }

    public void signIn(String name) throws Exception {
        waitUntilShown("#signInUsername");
        robot.clickOn("#signInUsername").write(name);
        robot.clickOn("#signInPassword").write(new String(TestWorkspace.PASSWORD));
        robot.type(KeyCode.ENTER);
        waitUntilShown("#caseQueue");
    }

    /** Opens the case from the list on screen by keyboard (Enter on the selected first row), as agents do. */
    public void open(String caseId) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleQueue() != null
                && visibleQueue().getItems().stream().anyMatch(r -> caseId.equals(((QueueRow) r).caseId())));
        TableView<?> table = visibleQueue();
        for (int attempt = 1; ; attempt++) {
            robot.interact(() -> {
                table.getSelectionModel().select(0);
                table.requestFocus();
            });
            robot.type(KeyCode.ENTER);
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caseTitle")
                        .match(ConsoleSteps::onScreen).tryQuery().isPresent()
                        && robot.lookup("#caseTitle").queryAs(Label.class).getText().startsWith(caseId)
                        && robot.lookup("#caseTitle").query().getScene() != null);
                break;
            } catch (TimeoutException e) {
                // the list was reloading under the key press (a busy machine): press again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#caseActions").query().isVisible()
                && !((javafx.scene.Parent) robot.lookup("#caseActions").query()).getChildrenUnmodifiable().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The queue on screen (the approvals list is another). */
    public TableView<?> visibleQueue() {
        for (TableView<?> t : robot.lookup("#caseQueue").queryAllAs(TableView.class)) {
            if (onScreen(t)) {
                return t;
            }
        }
        return null;
    }

    /** Chooses the entry of a combo box by its text. */
    public void pick(String combo, String text) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text))
                .queryAs(Node.class));
    }

    public void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).match(ConsoleSteps::onScreen)
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether the node is on screen: in a scene, it and every parent visible. The main window keeps a
     * view it switched away from in the scene, hidden, so being found is not being shown.
     */
    public static boolean onScreen(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
