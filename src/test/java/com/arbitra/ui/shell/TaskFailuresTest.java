package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import com.arbitra.ui.TaskRunner;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A background task that fails with nobody to tell shows as a notification with its details. */
@Tag("ui")
class TaskFailuresTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anUnhandledFailureShowsItsSentenceAndTheDetailsNameTheTask() throws Exception {
        TaskRunner tasks = TaskRunner.fx();
        I18n en = new I18n(Locale.ENGLISH);
        PaneStage.show(() -> new StackPane(new TaskFailures(tasks, en).strip()), 700, 200);
        assertThat(lookup("#taskFailure").query().isVisible()).as("hidden while nothing failed").isFalse();

        interact(() -> tasks.run("read the moon", () -> {
            throw new IllegalStateException("no moon tonight");
        }, x -> { }));
        PaneStage.waitUntil(() -> lookup("#taskFailure").query().isVisible());
        assertThat(lookup("#taskFailureText").queryAs(Label.class).getText())
                .isEqualTo("Something went wrong (IllegalStateException: no moon tonight). The details are in the "
                        + "workspace log.");

        clickOn("#taskFailureDetails");
        PaneStage.waitUntil(() -> lookup("#taskFailureTrace").tryQuery().isPresent());
        String trace = lookup("#taskFailureTrace").queryAs(TextArea.class).getText();
        assertThat(trace).startsWith("Background task: read the moon").contains("no moon tonight");
        Node ok = lookup(".dialog-pane .button").query();
        clickOn(ok);

        clickOn("#taskFailureDismiss");
        assertThat(lookup("#taskFailure").query().isVisible()).isFalse();
    }
}
