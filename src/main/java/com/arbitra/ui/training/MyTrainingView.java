package com.arbitra.ui.training;

import com.arbitra.domain.TrainingAttempt;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The trainee's attempts on the left, the chosen attempt's score and released reference on the right. */
public final class MyTrainingView {

    private final I18n i18n;
    private final SplitPane root;

    public MyTrainingView(MyTrainingViewModel vm, I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        DateTimeFormatter when = Formats.dateTime(i18n.locale(), zone);
        Label title = new Label(i18n.t("myTraining.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(i18n.t("myTraining.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        TableView<TrainingAttempt> table = new TableView<>(vm.attempts());
        table.setId("myTrainingAttempts");
        table.setPlaceholder(new Label(i18n.t("myTraining.empty")));
        column(table, "training.column.submitted", a -> when.format(a.submittedAt()));
        column(table, "training.column.case", TrainingAttempt::caseId);
        column(table, "training.column.difficulty", a -> a.difficulty() == null ? "—"
                : i18n.t("training.difficulty." + a.difficulty().name()));
        column(table, "training.column.score", a -> String.valueOf(a.score().total()));
        column(table, "training.column.released", a -> i18n.t(a.feedbackReleased()
                ? "training.releasedYes" : "training.releasedNo"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, a) -> {
            if (a != null && !a.equals(vm.selected().get())) {
                vm.choose(a);
            }
        });
        vm.selected().addListener((o, was, a) -> {
            if (a != null && table.getSelectionModel().getSelectedItem() != a) {
                table.getSelectionModel().select(a);
            }
        });
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox left = new VBox(8, title, intro, table, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        Parent feedback = new AttemptFeedbackView(vm.feedback(), i18n).root();
        feedback.visibleProperty().bind(vm.selected().isNotNull());
        root = new SplitPane(left, feedback);
        // the attempts' columns whole (five of them, Spanish headers) at 1366 px; the feedback wraps
        root.setDividerPositions(0.6);
        root.setId("myTrainingView");
    }

    public Parent root() {
        return root;
    }

    private <T> void column(TableView<T> table, String key, Function<T, String> value) {
        com.arbitra.ui.Columns.text(table, i18n.t(key), value);
    }
}
