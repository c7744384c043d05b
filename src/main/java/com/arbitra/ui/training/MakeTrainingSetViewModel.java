package com.arbitra.ui.training;

import com.arbitra.bundle.TrainingSetMaker;
import com.arbitra.domain.Difficulty;
import com.arbitra.store.Workspace;
import com.arbitra.ui.Background;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
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

    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final StringProperty caseIds = new SimpleStringProperty("");
    private final BooleanProperty keepAttachments = new SimpleBooleanProperty(false);
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>(Difficulty.MEDIUM);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public MakeTrainingSetViewModel(Background background, I18n i18n, Clock clock) {
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
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
        if (from == null || !Workspace.exists(from)) {
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
        background.run(() -> {
            try (Workspace ws = Workspace.open(from)) {
                return new TrainingSetMaker(ws, clock).make(ids, out, keep, level);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (com.arbitra.store.WorkspaceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, r -> {
            busy.set(false);
            error.set("");
            message.set(i18n.t("training.make.done", r.cases(), r.file()));
        }, t -> {
            busy.set(false);
            error.set(t instanceof UncheckedIOException io ? io.getCause().getMessage()
                    : t instanceof IllegalStateException ? t.getMessage() : Messages.of(t, i18n));
        });
    }
}
