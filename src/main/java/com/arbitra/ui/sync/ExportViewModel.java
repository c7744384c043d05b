package com.arbitra.ui.sync;

import com.arbitra.domain.ports.ExportResult;

import com.arbitra.domain.ports.CaseExports;
import com.arbitra.domain.ports.ExportResult;
import com.arbitra.domain.ports.UnusableInputException;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Exports from the console, in the background: the outbox (the actions since the last export, for the
 * platform) or every case in full. The file appears whole or not at all.
 */
public final class ExportViewModel {

    /** What came of an export: the sentence to show, and whether it failed. */
    public record Outcome(String summary, boolean failed) {
    }

    private final CaseExports exporter;
    private final TaskRunner background;
    private final I18n i18n;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private Consumer<Outcome> onDone = o -> { };

    public ExportViewModel(CaseExports exporter, TaskRunner background, I18n i18n) {
        this.exporter = exporter;
        this.background = background;
        this.i18n = i18n;
    }

    public BooleanProperty running() { return running; }
    public StringProperty status() { return status; }

    public void onDone(Consumer<Outcome> action) {
        onDone = action;
    }

    public void exportOutbox(Path out) {
        run(out, "export.outboxRunning", () -> exporter.actions(out));
    }

    public void exportFull(Path out) {
        run(out, "export.fullRunning", () -> exporter.full(out));
    }

    /** WeChat Pay's API requests for the actions on its complaints, one JSON object a line. */
    public void exportWxpay(Path out) {
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set(i18n.t("export.wxpayRunning", out.getFileName()));
        background.run("export " + out.getFileName(), () -> exporter.wxpayRequests(out),
                r -> finish(new Outcome(i18n.t("export.wxpayDone", r.requests(), r.actions(), r.file())
                        + (r.notSent().isEmpty() ? "" : "\n" + i18n.t("export.wxpayNotSent", r.notSent().size(),
                        String.join("\n", r.notSent()))), false)),
                t -> finish(new Outcome(i18n.t("export.failed", t instanceof UnusableInputException
                        ? t.getMessage() : Messages.of(t, i18n)), true)));
    }

    private interface Work {
        ExportResult run() throws UnusableInputException;
    }

    private void run(Path out, String key, Work work) {
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set(i18n.t(key, out.getFileName()));
        background.run("export " + out.getFileName(), work::run,
                r -> finish(new Outcome(i18n.t("export.done", r.cases(), r.actions(), r.file()), false)),
                t -> finish(new Outcome(i18n.t("export.failed", t instanceof UnusableInputException
                        ? t.getMessage() : Messages.of(t, i18n)), true)));
    }

    private void finish(Outcome o) {
        running.set(false);
        status.set(o.summary());
        onDone.accept(o);
    }
}
