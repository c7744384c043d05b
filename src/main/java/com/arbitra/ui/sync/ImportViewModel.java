package com.arbitra.ui.sync;

import com.arbitra.bundle.BundleException;
import com.arbitra.bundle.ImportReport;
import com.arbitra.bundle.Importer;
import com.arbitra.bundle.SampleBundle;
import com.arbitra.ui.Background;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Imports a bundle in the background, with progress (cases read, rate) and cancel. A cancelled
 * import rolls back: nothing is written.
 */
public final class ImportViewModel {

    /** How an import ended, for the dialog that reports it. */
    public record Outcome(String summary, List<String> problems, boolean failed) {
    }

    private final Importer importer;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Runnable> toUi;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private volatile boolean cancelRequested;
    private Consumer<Outcome> onDone = o -> { };

    /**
     * @param toUi how progress reaches the FX thread ({@code Platform::runLater} in the app, direct in tests)
     */
    public ImportViewModel(Importer importer, Background background, I18n i18n, Consumer<Runnable> toUi) {
        this.importer = importer;
        this.background = background;
        this.i18n = i18n;
        this.toUi = toUi;
    }

    public BooleanProperty running() { return running; }
    public StringProperty status() { return status; }
    public StringProperty progress() { return progress; }

    public void onDone(Consumer<Outcome> action) {
        onDone = action;
    }

    public void importBundle(Path bundle) {
        start(bundle.getFileName().toString(), () -> bundle);
    }

    /** Loads the sample cases that ship with the application (copied out, then removed again). */
    /** The sample cases that fit the workspace: the live samples, or the training set in a training one. */
    public void loadSamples() {
        start(i18n.t("queue.loadSamples"), importer.training() ? SampleBundle::materializeTraining
                : SampleBundle::materialize);
    }

    public void cancel() {
        cancelRequested = true;
    }

    @FunctionalInterface
    private interface Source {
        Path path() throws Exception;
    }

    private void start(String name, Source source) {
        if (running.get()) {
            return;
        }
        cancelRequested = false;
        running.set(true);
        status.set(i18n.t("import.running", name));
        progress.set("");
        background.run(() -> {
            Path path = null;
            try {
                path = source.path();
                return importer.run(path, Importer.Options.defaults(), (cases, elapsed) -> {
                    if (cancelRequested) {
                        throw new CancellationException();
                    }
                    double rate = cases / Math.max(0.001, elapsed.toMillis() / 1000.0);
                    toUi.accept(() -> progress.set(i18n.t("import.progress", cases, Math.round(rate))));
                });
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new Failure(e);
            } finally {
                SampleBundle.removeCopy(path);
            }
        }, report -> finish(outcome(report, name)), t -> finish(failure(t, name)));
    }

    private void finish(Outcome outcome) {
        running.set(false);
        status.set(outcome.summary());
        progress.set("");
        onDone.accept(outcome);
    }

    private Outcome outcome(ImportReport r, String name) {
        if (r.refused()) {
            return new Outcome(i18n.t("import.refused", name), r.errors(), true);
        }
        if (r.alreadyImported()) {
            return new Outcome(i18n.t("import.already", name), List.of(), false);
        }
        return new Outcome(i18n.t("import.done", name, r.added(), r.updated(), r.unchanged(), r.stale(),
                r.conflicts(), r.rejected()), r.warningLines(), false);
    }

    private Outcome failure(Throwable t, String name) {
        if (t instanceof CancellationException) {
            return new Outcome(i18n.t("import.cancelled"), List.of(), false);
        }
        Throwable cause = t instanceof Failure ? t.getCause() : t;
        if (cause instanceof BundleException) {
            return new Outcome(i18n.t("import.refused", name), List.of(cause.getMessage()), true);
        }
        return new Outcome(i18n.t("import.refused", name), List.of(Messages.of(cause, i18n)), true);
    }

    private static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super(cause);
        }
    }
}
