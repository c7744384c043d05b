package com.arbitra.ui.sync;

import com.arbitra.domain.ports.ImportReport;


import com.arbitra.domain.ports.CaseImports;
import com.arbitra.domain.ports.UnusableInputException;
import com.arbitra.ui.TaskRunner;
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

    private final CaseImports importer;
    private final String operator;
    private final TaskRunner background;
    private final I18n i18n;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    /** The running import (set as it starts, so that the synchronous runner of tests can cancel it too). */
    private volatile TaskRunner.Progress task;
    private Consumer<Outcome> onDone = o -> { };

    public ImportViewModel(CaseImports importer, String operator, TaskRunner background, I18n i18n) {
        this.importer = importer;
        this.operator = operator;
        this.background = background;
        this.i18n = i18n;
    }

    public BooleanProperty running() { return running; }
    public StringProperty status() { return status; }
    public StringProperty progress() { return progress; }

    public void onDone(Consumer<Outcome> action) {
        onDone = action;
    }

    public void importBundle(Path bundle) {
        start("import", bundle.getFileName().toString(), p -> importer.run(bundle, operator, p));
    }

    /** The sample cases that fit the workspace: the live samples, or the training set in a training one. */
    public void loadSamples() {
        start("samples", i18n.t("samples.name"), p -> importer.samples(operator, p));
    }

    /** Asks the running import to stop: it rolls back at its next chunk. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    @FunctionalInterface
    private interface Run {
        ImportReport with(CaseImports.Progress progress) throws UnusableInputException;
    }

    /** {@code texts}: the prefix of the sentences that say it runs, was imported before or was refused. */
    private void start(String texts, String name, Run run) {
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set(i18n.t(texts + ".running", name));
        progress.set("");
        background.start("import " + name, p -> {
            task = p;
            return run.with((cases, elapsed) -> {
                p.checkCancelled();
                double rate = cases / Math.max(0.001, elapsed.toMillis() / 1000.0);
                String text = i18n.t("import.progress", cases, Math.round(rate));
                p.report(cases, -1, text);
                background.onUi(() -> progress.set(text));
            });
        }, report -> finish(outcome(report, texts, name)), t -> finish(failure(t, texts, name)));
    }

    private void finish(Outcome outcome) {
        running.set(false);
        status.set(outcome.summary());
        progress.set("");
        onDone.accept(outcome);
    }

    private Outcome outcome(ImportReport r, String texts, String name) {
        if (r.refused()) {
            return new Outcome(i18n.t(texts + ".refused", name), r.errors(), true);
        }
        if (r.alreadyImported()) {
            return new Outcome(i18n.t(texts + ".already", name), List.of(), false);
        }
        return new Outcome(i18n.t("import.done", name, r.added(), r.updated(), r.unchanged(), r.stale(),
                r.conflicts(), r.rejected()), r.warningLines(), false);
    }

    private Outcome failure(Throwable t, String texts, String name) {
        if (t instanceof CancellationException) {
            return new Outcome(i18n.t("import.cancelled"), List.of(), false);
        }
        if (t instanceof UnusableInputException) {
            return new Outcome(i18n.t(texts + ".refused", name), List.of(t.getMessage()), true);
        }
        return new Outcome(i18n.t(texts + ".refused", name), List.of(Messages.of(t, i18n)), true);
    }
}
