package com.arbitra.ui;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one runner of background work. Every job is a named task: it runs on a worker
 * thread, hands its result (or failure) back on the FX thread, may report progress and be cancelled,
 * and is listed in {@link #running()} while it runs. A failure is logged with the task's name; when
 * the caller gives no handler for it, it goes to the {@linkplain #onUnhandled unhandled-failure sink}
 * (the main window shows it as a notification with details). The FX thread never waits on a task.
 *
 * <p>{@link #direct()} is the synchronous twin for tests: the task and its callbacks run on the
 * calling thread, so a test sees the result as soon as the call returns, without sleeping.
 */
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    /** TaskRunner work that may throw; the checked exception reaches the failure handler as it is. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** TaskRunner work that reports progress and looks for a cancel. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a task reports while it runs, and how it learns that it was cancelled. */
    public interface Progress {
        /** Done so far of a total (total below 1: unknown), with a sentence for the operator. */
        void report(long done, long total, String message);

        /** True once cancel was asked; the work should stop soon. */
        boolean cancelled();

        /** Asks the work to stop. */
        void cancel();

        /** Throws {@link CancellationException} when cancel was asked. */
        default void checkCancelled() {
            if (cancelled()) {
                throw new CancellationException();
            }
        }
    }

    /** A failure no caller handled: the task's name and what went wrong. */
    public record Failure(String task, Throwable cause) {
    }

    /** A task while it runs: its name, its progress (read on the FX thread) and its cancel. */
    public static final class Running implements Progress {
        private final String name;
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final Executor ui;
        private final javafx.beans.property.ReadOnlyStringWrapper message =
                new javafx.beans.property.ReadOnlyStringWrapper("");
        private final javafx.beans.property.ReadOnlyDoubleWrapper fraction =
                new javafx.beans.property.ReadOnlyDoubleWrapper(-1);

        private Running(String name, Executor ui) {
            this.name = name;
            this.ui = ui;
        }

        public String name() { return name; }
        public javafx.beans.property.ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
        /** Between 0 and 1, or -1 while the total is unknown. */
        public javafx.beans.property.ReadOnlyDoubleProperty fraction() { return fraction.getReadOnlyProperty(); }

        @Override
        public void cancel() {
            cancel.set(true);
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }

        @Override
        public void report(long done, long total, String text) {
            double f = total > 0 ? Math.min(1, (double) done / total) : -1;
            ui.execute(() -> {
                message.set(text == null ? "" : text);
                fraction.set(f);
            });
        }
    }

    private final Executor worker;
    private final Executor ui;
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private Consumer<Failure> unhandled = f -> { };

    public TaskRunner(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Two worker threads and the FX thread. */
    public static TaskRunner fx() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "arbitra-task");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner(pool, Platform::runLater);
    }

    /** Everything on the calling thread: the synchronous twin for tests. */
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Where failures go that no caller handles (set by the main window; by default only logged). */
    public void onUnhandled(Consumer<Failure> sink) {
        unhandled = Objects.requireNonNull(sink);
    }

    /** The tasks running now that report progress, for the status bar (changed on the FX thread). */
    public ObservableList<Running> running() {
        return running;
    }

    /** Runs a task whose failure the caller shows itself; the failure is logged too. */
    public <T> void run(String name, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        start(name, p -> work.run(), false, onDone, onError);
    }

    /** Runs a task whose failure goes to the unhandled-failure sink (a notification in the console). */
    public <T> void run(String name, Work<T> work, Consumer<? super T> onDone) {
        start(name, p -> work.run(), false, onDone, null);
    }

    /**
     * Runs a long task that reports progress and may be cancelled; it is listed in {@link #running()}
     * until it ends. A cancelled task ends with a {@link CancellationException} for the error handler.
     */
    public <T> Running start(String name, ProgressWork<T> work, Consumer<? super T> onDone,
                             Consumer<Throwable> onError) {
        return start(name, work, true, onDone, onError);
    }

    /**
     * Tells the unhandled-failure sink of a failure a handler caught but cannot show itself (call on
     * the FX thread, from that handler).
     */
    public void notify(String task, Throwable cause) {
        unhandled.accept(new Failure(task, cause));
    }

    /** Hands a step back to the FX thread (or runs it now in the synchronous twin). */
    public void onUi(Runnable step) {
        ui.execute(step);
    }

    private <T> Running start(String name, ProgressWork<T> work, boolean listed, Consumer<? super T> onDone,
                              Consumer<Throwable> onError) {
        Running task = new Running(name, ui);
        if (listed) {
            ui.execute(() -> running.add(task));
        }
        worker.execute(() -> {
            T result;
            try {
                result = work.run(task);
            } catch (Throwable t) {
                log(name, t);
                ui.execute(() -> {
                    running.remove(task);
                    if (onError != null) {
                        onError.accept(t);
                    } else {
                        unhandled.accept(new Failure(name, t));
                    }
                });
                return;
            }
            ui.execute(() -> {
                running.remove(task);
                onDone.accept(result);
            });
        });
        return task;
    }

    private static void log(String name, Throwable t) {
        if (t instanceof CancellationException) {
            LOG.info("Task {} cancelled", name);
        } else if (t instanceof com.arbitra.domain.RefusedException
                || t instanceof com.arbitra.domain.ConcurrentChangeException) {
            LOG.info("Task {} refused: {}", name, t.getMessage());
        } else {
            LOG.warn("Task {} failed", name, t);
        }
    }
}
