package com.arbitra.ui.training;

import com.arbitra.domain.ports.TrainingSets;
import com.arbitra.domain.ports.UnusableInputException;
import com.arbitra.domain.Difficulty;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Making a training set in the console, as {@code arbitra training make} does: a live workspace's
 * folder, the ids of closed cases, whether to keep attachments, a difficulty, and the file to write.
 */
public final class MakeTrainingSetViewModel {

    private final TrainingSets sets;
    private final TaskRunner background;
    private final I18n i18n;
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final StringProperty caseIds = new SimpleStringProperty("");
    private final BooleanProperty keepAttachments = new SimpleBooleanProperty(false);
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>(Difficulty.MEDIUM);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public MakeTrainingSetViewModel(TrainingSets sets, TaskRunner background, I18n i18n) {
        this.sets = sets;
        this.background = background;
        this.i18n = i18n;
    }

    public ObjectProperty<Path> source() { return source; }
    /** Case ids separated by commas, spaces or new lines. */
    public StringProperty caseIds() { return caseIds; }
    public BooleanProperty keepAttachments() { return keepAttachments; }
    public ObjectProperty<Difficulty> difficulty() { return difficulty; }
    public BooleanProperty busy() { return busy; }
    public StringProperty message() { return message; }
    public StringProperty error() { return error; }

    public List<String> ids() {
        return Arrays.stream(caseIds.get().split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** Writes the set to {@code out}; says what was made, or why nothing was. */
    public void make(Path out) {
        Path from = source.get();
        List<String> ids = ids();
        message.set("");
        if (from == null || !sets.isWorkspace(from)) {
            error.set(i18n.t("training.make.noWorkspace", from == null ? "" : from));
            return;
        }
        if (ids.isEmpty()) {
            error.set(i18n.t("training.make.noCases"));
            return;
        }
        boolean keep = keepAttachments.get();
        Difficulty level = difficulty.get();
        busy.set(true);
        background.run("MakeTrainingSetViewModel.make", () -> sets.make(from, ids, out, keep, level), r -> {
            busy.set(false);
            error.set("");
            message.set(i18n.t("training.make.done", r.cases(), r.file()));
        }, t -> {
            busy.set(false);
            error.set(t instanceof UnusableInputException ? t.getMessage() : Messages.of(t, i18n));
        });
    }
}
