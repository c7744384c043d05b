package com.arbitra.ui.shell;

import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import com.arbitra.ui.TaskRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The notification of a background task that failed with nobody to tell: the sentence for the
 * operator, and "Details" with the task's name and the stack trace for IT. It stays until dismissed;
 * a newer failure replaces it. Nothing moves under the pointer: it floats over the page's corner.
 */
final class TaskFailures {

    private final HBox strip;
    private final Label text = new Label();
    private final I18n i18n;
    private TaskRunner.Failure shown;

    TaskFailures(TaskRunner tasks, I18n i18n) {
        this.i18n = i18n;
        text.setId("taskFailureText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button details = new Button(i18n.t("task.details"));
        details.setId("taskFailureDetails");
        details.setOnAction(e -> details());
        // the sentence wraps; the buttons keep their words (they were cut to "…" in Spanish)
        details.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button dismiss = new Button(null, new FontIcon("mdi2c-close"));
        dismiss.setId("taskFailureDismiss");
        dismiss.setAccessibleText(i18n.t("task.dismiss"));
        dismiss.setTooltip(new javafx.scene.control.Tooltip(i18n.t("task.dismiss")));
        dismiss.setOnAction(e -> show(null));
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        strip = new HBox(10, new FontIcon("mdi2a-alert-circle-outline"), text, details, dismiss);
        strip.setId("taskFailure");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("task-failure-strip");
        strip.setMaxSize(560, javafx.scene.layout.Region.USE_PREF_SIZE);
        strip.setPickOnBounds(false);
        show(null);
        tasks.onUnhandled(this::show);
    }

    Node strip() {
        return strip;
    }

    private void show(TaskRunner.Failure failure) {
        shown = failure;
        strip.setVisible(failure != null);
        strip.setManaged(failure != null);
        text.setText(failure == null ? "" : Messages.of(failure.cause(), i18n));
    }

    private void details() {
        if (shown == null) {
            return;
        }
        StringWriter trace = new StringWriter();
        shown.cause().printStackTrace(new PrintWriter(trace));
        TextArea area = new TextArea(i18n.t("task.detailsText", shown.task()) + "\n\n" + trace);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefSize(720, 360);
        area.setId("taskFailureTrace");
        Alert alert = new Alert(Alert.AlertType.ERROR, text.getText());
        alert.setHeaderText(i18n.t("task.details"));
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().setExpanded(true);
        alert.initOwner(strip.getScene().getWindow());
        alert.show();
    }
}
