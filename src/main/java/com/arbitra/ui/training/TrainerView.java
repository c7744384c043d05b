package com.arbitra.ui.training;

import com.arbitra.domain.TrainingAttempt;
import com.arbitra.domain.TrainingScoreboard.CaseRow;
import com.arbitra.domain.TrainingScoreboard.TraineeRow;
import com.arbitra.ui.I18n;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The trainer's view: the scoreboard per trainee and per case, the attempts below (of the trainee
 * selected above, or everyone's), and the trainer's actions: release feedback, reset a trainee (after a
 * confirmation), export CSV, and the two training settings. Always marked as training.
 */
public final class TrainerView {

    private final TrainerViewModel vm;
    private final MakeTrainingSetViewModel make;
    private final I18n i18n;
    private final ZoneId zone;
    private final VBox root;

    public TrainerView(TrainerViewModel vm, MakeTrainingSetViewModel make, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.make = make;
        this.i18n = i18n;
        this.zone = zone;

        Label banner = new Label(i18n.t("workspace.trainingBanner"));
        banner.setId("trainingBanner");
        banner.getStyleClass().add("training-banner");
        Label title = new Label(i18n.t("training.title"));
        title.getStyleClass().add("title-3");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = button("refreshTraining", "training.refresh", vm::reload);
        HBox header = new HBox(10, title, banner, grow, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(new Tab(i18n.t("training.tab.trainees"), traineeTable()),
                new Tab(i18n.t("training.tab.cases"), caseTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(260);

        Label attemptsTitle = new Label();
        attemptsTitle.getStyleClass().add("training-section");
        attemptsTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.selectedTrainee().get() == null ? i18n.t("training.attempts")
                        : i18n.t("training.attemptsOf", vm.selectedTrainee().get()), vm.selectedTrainee()));
        TableView<TrainingAttempt> attempts = attemptTable();
        VBox.setVgrow(attempts, Priority.ALWAYS);

        Label message = new Label();
        message.setId("trainingMessage");
        message.textProperty().bind(vm.message());
        Label error = new Label();
        error.setId("trainingError");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        root = new VBox(8, header, tabs, actions(), attemptsTitle, attempts, settings(), message, error,
                makeSet());
        root.setPadding(new Insets(12));
        root.setId("trainerView");
    }

    public Parent root() {
        return root;
    }

    private TableView<TraineeRow> traineeTable() {
        TableView<TraineeRow> t = new TableView<>(vm.trainees());
        t.setId("trainingScoreboard");
        t.setPlaceholder(new Label(i18n.t("training.empty")));
        column(t, "training.column.trainee", TraineeRow::trainee);
        column(t, "training.column.attempts", r -> String.valueOf(r.attempts()));
        column(t, "training.column.casesAttempted", r -> String.valueOf(r.cases()));
        column(t, "training.column.average", r -> String.format(i18n.locale(), "%.1f", r.average()));
        column(t, "training.column.best", r -> String.valueOf(r.best()));
        column(t, "training.column.latest", r -> String.valueOf(r.latest()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                vm.selectedTrainee().set(now == null ? null : now.trainee()));
        vm.selectedTrainee().addListener((o, was, now) -> {
            if (now == null) {
                t.getSelectionModel().clearSelection();
            }
        });
        return t;
    }

    private TableView<CaseRow> caseTable() {
        TableView<CaseRow> t = new TableView<>(vm.cases());
        t.setId("trainingCases");
        t.setPlaceholder(new Label(i18n.t("training.empty")));
        column(t, "training.column.case", CaseRow::caseId);
        column(t, "training.column.difficulty", r -> r.difficulty() == null ? ""
                : i18n.t("training.difficulty." + r.difficulty().name()));
        column(t, "training.column.attempts", r -> String.valueOf(r.attempts()));
        column(t, "training.column.trainees", r -> String.valueOf(r.trainees()));
        column(t, "training.column.average", r -> String.format(i18n.locale(), "%.1f", r.average()));
        column(t, "training.column.best", r -> String.valueOf(r.best()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    private TableView<TrainingAttempt> attemptTable() {
        DateTimeFormatter when = com.arbitra.ui.Formats.dateTime(i18n.locale(), zone);
        TableView<TrainingAttempt> t = new TableView<>(vm.attempts());
        t.setId("trainingAttempts");
        t.setPlaceholder(new Label(i18n.t("training.empty")));
        column(t, "training.column.submitted", a -> when.format(a.submittedAt()));
        column(t, "training.column.trainee", TrainingAttempt::trainee);
        column(t, "training.column.case", TrainingAttempt::caseId);
        column(t, "training.column.score", a -> String.valueOf(a.score().total()));
        column(t, "training.column.proposal", a -> a.proposal() == null ? ""
                : i18n.t("feedback.ruling", i18n.t("training.responsibility." + a.proposal().responsibility()),
                i18n.t("training.remedy." + a.proposal().remedy())));
        column(t, "training.column.minutes", a -> a.timeTaken() == null ? ""
                : String.valueOf(a.timeTaken().toMinutes()));
        column(t, "training.column.released", a -> i18n.t(a.feedbackReleased()
                ? "training.releasedYes" : "training.releasedNo"));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    private HBox actions() {
        Button release = button("releaseFeedback", "training.releaseAll", vm::releaseFeedback);
        release.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.t(
                vm.selectedTrainee().get() == null ? "training.releaseAll" : "training.release"), vm.selectedTrainee()));
        Button reset = button("resetTrainee", "training.reset", this::confirmReset);
        reset.disableProperty().bind(vm.selectedTrainee().isNull());
        Button export = button("exportCsv", "training.exportCsv", this::chooseCsv);
        return new HBox(8, release, reset, export);
    }

    private HBox settings() {
        CheckBox immediate = new CheckBox(i18n.t("training.immediate"));
        immediate.setId("immediateFeedback");
        immediate.selectedProperty().bindBidirectional(vm.immediateFeedback());
        Spinner<Integer> tolerance = new Spinner<>(0, 100, vm.tolerancePercent().get());
        tolerance.setId("tolerancePercent");
        tolerance.setEditable(true);
        tolerance.setPrefWidth(90);
        vm.tolerancePercent().addListener((o, was, now) -> tolerance.getValueFactory().setValue(now.intValue()));
        tolerance.valueProperty().addListener((o, was, now) -> vm.tolerancePercent().set(now));
        Label label = new Label(i18n.t("training.tolerance"));
        label.setLabelFor(tolerance);
        Button save = button("saveTrainingSettings", "training.saveSettings", vm::saveSettings);
        HBox box = new HBox(10, immediate, label, tolerance, save);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Making a training set from a live workspace's closed cases, folded away until wanted. */
    private javafx.scene.control.TitledPane makeSet() {
        Label sourceLabel = new Label(i18n.t("training.make.source"));
        Label source = new Label();
        source.setId("makeSource");
        source.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> make.source().get() == null ? "" : make.source().get().toString(), make.source()));
        Button choose = button("makeChooseSource", "training.make.chooseSource", () -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(i18n.t("training.make.source"));
            File dir = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (dir != null) {
                make.source().set(dir.toPath());
            }
        });
        HBox sourceRow = new HBox(8, sourceLabel, source, choose);
        sourceRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.TextField ids = new javafx.scene.control.TextField();
        ids.setId("makeCaseIds");
        ids.setPromptText(i18n.t("training.make.caseIds"));
        ids.textProperty().bindBidirectional(make.caseIds());
        CheckBox keep = new CheckBox(i18n.t("training.make.keepAttachments"));
        keep.setId("makeKeepAttachments");
        keep.selectedProperty().bindBidirectional(make.keepAttachments());
        javafx.scene.control.ComboBox<com.arbitra.domain.Difficulty> level = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(com.arbitra.domain.Difficulty.values()));
        level.setId("makeDifficulty");
        level.valueProperty().bindBidirectional(make.difficulty());
        level.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(com.arbitra.domain.Difficulty d) {
                return d == null ? "" : i18n.t("training.difficulty." + d.name());
            }

            @Override
            public com.arbitra.domain.Difficulty fromString(String s) {
                return null;
            }
        });
        Button run = button("makeTrainingSet", "training.make.run", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("training.make.run"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("training.make.jsonFiles"),
                    "*.json"));
            chooser.setInitialFileName("training-set.json");
            File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (file != null) {
                make.make(file.toPath());
            }
        });
        run.disableProperty().bind(make.busy());
        HBox options = new HBox(10, keep, level, run);
        options.setAlignment(Pos.CENTER_LEFT);
        Label done = new Label();
        done.setWrapText(true);
        done.textProperty().bind(make.message());
        Label failed = new Label();
        failed.getStyleClass().add("form-error");
        failed.setWrapText(true);
        failed.textProperty().bind(make.error());
        failed.managedProperty().bind(failed.textProperty().isNotEmpty());
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(i18n.t("training.make.title"),
                new VBox(6, sourceRow, ids, options, done, failed));
        pane.setId("makeTrainingSetPane");
        pane.setExpanded(false);
        return pane;
    }

    private void confirmReset() {
        String who = vm.selectedTrainee().get();
        if (who == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                i18n.t("training.resetConfirm", vm.attemptsOfSelected(), who), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(i18n.t("training.resetTitle", who));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.resetSelectedTrainee());
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("training.exportCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("training.csvFiles"), "*.csv"));
        chooser.setInitialFileName("training-scores.csv");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <T> void column(TableView<T> table, String key, Function<T, String> value) {
        com.arbitra.ui.Columns.text(table, i18n.t(key), value);
    }
}
