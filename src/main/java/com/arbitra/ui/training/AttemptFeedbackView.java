package com.arbitra.ui.training;

import com.arbitra.ui.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The feedback a trainee sees right after proposing a ruling: the score out of 100, each criterion's
 * points with the reason, then the reference ruling and the trainer's notes when released (otherwise
 * a sentence saying they come later, and a button to check again).
 */
public final class AttemptFeedbackView {

    private final AttemptFeedbackViewModel vm;
    private final I18n i18n;
    private final GridPane breakdown = new GridPane();
    private final ScrollPane root;

    public AttemptFeedbackView(AttemptFeedbackViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;

        Label banner = new Label(i18n.t("workspace.trainingBanner"));
        banner.getStyleClass().add("training-banner");
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.title());
        Label score = new Label();
        score.setId("feedbackScore");
        score.getStyleClass().add("training-score");
        score.textProperty().bind(vm.score().asString().map(s -> i18n.t("feedback.score", s)));
        title.setWrapText(true);
        banner.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(12, title, banner);
        header.setAlignment(Pos.CENTER_LEFT);

        breakdown.setId("feedbackBreakdown");
        breakdown.setHgap(12);
        breakdown.setVgap(4);
        javafx.scene.layout.ColumnConstraints detailColumn = new javafx.scene.layout.ColumnConstraints();
        detailColumn.setHgrow(Priority.ALWAYS);
        detailColumn.setMinWidth(0);
        detailColumn.setPrefWidth(240);
        breakdown.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(), detailColumn);
        vm.lines().addListener((javafx.collections.ListChangeListener<AttemptFeedbackViewModel.Line>) c -> fill());
        fill();

        Label withheld = new Label(i18n.t("feedback.withheld"));
        withheld.setId("feedbackWithheld");
        withheld.getStyleClass().add("training-withheld");
        withheld.setWrapText(true);
        Button checkAgain = new Button(i18n.t("feedback.checkAgain"));
        checkAgain.setId("feedbackCheckAgain");
        checkAgain.setOnAction(e -> vm.checkAgain());
        VBox pending = new VBox(6, withheld, checkAgain);
        pending.visibleProperty().bind(vm.released().not());
        pending.managedProperty().bind(pending.visibleProperty());

        Label referenceTitle = section("feedback.reference");
        Label reference = wrapped(vm.reference(), "feedbackReference");
        Label rationale = wrapped(vm.rationale(), "feedbackRationale");
        Label notesTitle = section("feedback.notes");
        Label notes = wrapped(vm.notes(), "feedbackNotes");
        notes.getStyleClass().add("training-notes");
        VBox released = new VBox(4, referenceTitle, reference, rationale, notesTitle, notes);
        released.visibleProperty().bind(vm.released());
        released.managedProperty().bind(released.visibleProperty());

        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        VBox content = new VBox(10, header, score, breakdown, pending, released, error);
        content.setPadding(new Insets(12));
        content.setMaxWidth(720);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("attemptFeedback");
    }

    public Parent root() {
        return root;
    }

    private void fill() {
        breakdown.getChildren().clear();
        int row = 0;
        for (AttemptFeedbackViewModel.Line line : vm.lines()) {
            Label name = new Label(line.name());
            Label points = new Label(line.points());
            points.setId("feedbackPoints-" + line.criterion().name());
            points.getStyleClass().add(line.full() ? "training-part-full" : "training-part-missed");
            // the name and the points keep their words; the detail wraps in the room left
            name.setMinWidth(Region.USE_PREF_SIZE);
            points.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(line.detail());
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            breakdown.addRow(row++, name, points, detail);
        }
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("training-section");
        return l;
    }

    private static Label wrapped(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }
}
