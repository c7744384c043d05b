package com.arbitra.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs database and file work off the FX thread and hands the result back on it. View models take
 * one, so that tests can run them with {@link #direct()} and no toolkit.
 */
public final class Background {

    private final Executor worker;
    private final Executor ui;

    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** A worker thread pool and the FX thread. */
    public static Background fx() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "arbitra-worker");
            t.setDaemon(true);
            return t;
        });
        return new Background(pool, Platform::runLater);
    }

    /** Everything on the calling thread: for tests of view models. */
    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        worker.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (Throwable t) {
                ui.execute(() -> onError.accept(t));
                return;
            }
            ui.execute(() -> onDone.accept(result));
        });
    }
}
