package com.arbitra.ui.training;

import com.arbitra.domain.Actor;
import com.arbitra.domain.TrainingAttempt;
import com.arbitra.domain.TrainingCsv;
import com.arbitra.domain.TrainingScoreboard;
import com.arbitra.domain.TrainingService;
import com.arbitra.domain.TrainingSettings;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trainer's scoreboard: a row per trainee and per case, the attempts (of the selected trainee, or
 * all), feedback release, a trainee's reset, the two training settings, and CSV export. All work runs
 * on the background executor; each load carries a sequence number so a late answer never replaces a
 * newer one.
 */
public final class TrainerViewModel {

    private final TrainingService training;
    private final Actor trainer;
    private final TaskRunner background;
    private final I18n i18n;
    private final ObservableList<TrainingScoreboard.TraineeRow> trainees = FXCollections.observableArrayList();
    private final ObservableList<TrainingScoreboard.CaseRow> cases = FXCollections.observableArrayList();
    private final ObservableList<TrainingAttempt> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedTrainee = new SimpleObjectProperty<>();
    private final BooleanProperty immediateFeedback = new SimpleBooleanProperty(true);
    private final IntegerProperty tolerancePercent = new SimpleIntegerProperty(10);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private List<TrainingAttempt> all = List.of();
    private long sequence;

    public TrainerViewModel(TrainingService training, Actor trainer, TaskRunner background, I18n i18n) {
        this.training = training;
        this.trainer = trainer;
        this.background = background;
        this.i18n = i18n;
        selectedTrainee.addListener((o, was, now) -> showAttempts());
    }

    public ObservableList<TrainingScoreboard.TraineeRow> trainees() { return trainees; }
    public ObservableList<TrainingScoreboard.CaseRow> cases() { return cases; }
    /** The attempts of the selected trainee, or of everyone when none is selected; newest first. */
    public ObservableList<TrainingAttempt> attempts() { return attempts; }
    public ObjectProperty<String> selectedTrainee() { return selectedTrainee; }
    public BooleanProperty immediateFeedback() { return immediateFeedback; }
    public IntegerProperty tolerancePercent() { return tolerancePercent; }
    public StringProperty message() { return message; }
    public StringProperty error() { return error; }

    private record Loaded(List<TrainingAttempt> attempts, TrainingSettings settings) {
    }

    public void reload() {
        long mine = ++sequence;
        background.run("TrainerViewModel.reload", () -> new Loaded(training.attempts(null), training.settings()), loaded -> {
            if (mine != sequence) {
                return;
            }
            all = loaded.attempts();
            trainees.setAll(TrainingScoreboard.byTrainee(all));
            cases.setAll(TrainingScoreboard.byCase(all));
            immediateFeedback.set(loaded.settings().immediateFeedback());
            tolerancePercent.set(loaded.settings().amountTolerancePercent());
            if (selectedTrainee.get() != null && trainees.stream()
                    .noneMatch(t -> t.trainee().equals(selectedTrainee.get()))) {
                selectedTrainee.set(null);
            }
            showAttempts();
            error.set("");
        }, this::fail);
    }

    private void showAttempts() {
        String who = selectedTrainee.get();
        List<TrainingAttempt> shown = new java.util.ArrayList<>(all.stream()
                .filter(a -> who == null || a.trainee().equals(who)).toList());
        java.util.Collections.reverse(shown);
        attempts.setAll(shown);
    }

    /** Releases the feedback of the selected trainee, or of everyone when none is selected. */
    public void releaseFeedback() {
        String who = selectedTrainee.get();
        background.run("TrainerViewModel.releaseFeedback", () -> training.releaseFeedback(trainer, who), n -> {
            reload();
            message.set(i18n.t("training.releaseDone", n));
        }, this::fail);
    }

    /** Removes the selected trainee's attempts; the view asks the trainer to confirm first. */
    public void resetSelectedTrainee() {
        String who = selectedTrainee.get();
        if (who == null) {
            return;
        }
        background.run("TrainerViewModel.resetSelectedTrainee", () -> training.resetAttempts(trainer, who), n -> {
            selectedTrainee.set(null);
            reload();
            message.set(i18n.t("training.resetDone", n, who));
        }, this::fail);
    }

    /** How many attempts a reset of the selected trainee would remove (for the confirmation). */
    public long attemptsOfSelected() {
        String who = selectedTrainee.get();
        return who == null ? 0 : all.stream().filter(a -> a.trainee().equals(who)).count();
    }

    public void saveSettings() {
        int percent = tolerancePercent.get();
        boolean immediate = immediateFeedback.get();
        background.run("TrainerViewModel.saveSettings", () -> training.updateSettings(trainer, new TrainingSettings(immediate, percent)),
                s -> message.set(i18n.t("training.settingsSaved")), this::fail);
    }

    /** The shown attempts as CSV. */
    public String csv() {
        return TrainingCsv.of(attempts);
    }

    /** Writes the shown attempts to {@code file}: a temporary file beside it, moved into place when complete. */
    public void exportCsv(Path file) {
        List<TrainingAttempt> shown = List.copyOf(attempts);
        background.run("TrainerViewModel.exportCsv", () -> {
            try {
                Path abs = file.toAbsolutePath();
                Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
                try {
                    // a BOM, so that spreadsheets read the names as UTF-8
                    Files.writeString(tmp, "\uFEFF" + TrainingCsv.of(shown), StandardCharsets.UTF_8);
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return shown.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, n -> message.set(i18n.t("training.exportDone", n, file)), this::fail);
    }

    private void fail(Throwable t) {
        error.set(t instanceof UncheckedIOException io ? io.getCause().getMessage() : Messages.of(t, i18n));
    }
}
