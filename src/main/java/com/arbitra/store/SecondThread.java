package com.arbitra.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A second thread for work that overlaps with the caller's (the export reads ahead, the import writes
 * behind), and the waiting for its result with its failure thrown as it was thrown.
 */
public final class SecondThread {

    private SecondThread() {
    }

    /** One daemon thread with this name, running its tasks in order. */
    public static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The task's result; its runtime exception or error rethrown unchanged, anything else wrapped. */
    public static <T> T result(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new StoreException("The second thread failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the second thread.", e);
        }
    }
}
