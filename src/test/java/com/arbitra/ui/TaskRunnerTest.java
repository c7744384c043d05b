package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The one runner of background work: names, results, failures that reach someone, progress and cancel. */
class TaskRunnerTest {

    @Test
    void theSynchronousTwinHandsTheResultBackBeforeTheCallReturns() {
        TaskRunner tasks = TaskRunner.direct();
        List<Integer> got = new ArrayList<>();
        tasks.run("add", () -> 2 + 2, got::add, t -> { });
        assertThat(got).containsExactly(4);
    }

    @Test
    void aFailureNobodyHandlesReachesTheSinkWithTheTasksName() {
        TaskRunner tasks = TaskRunner.direct();
        List<TaskRunner.Failure> failures = new ArrayList<>();
        tasks.onUnhandled(failures::add);
        tasks.run("read the moon", () -> {
            throw new java.io.IOException("no moon");
        }, x -> { });
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.task()).isEqualTo("read the moon");
            assertThat(f.cause()).hasMessage("no moon");
        });
    }

    @Test
    void aHandledFailureGoesToItsHandlerOnly() {
        TaskRunner tasks = TaskRunner.direct();
        List<TaskRunner.Failure> failures = new ArrayList<>();
        List<Throwable> handled = new ArrayList<>();
        tasks.onUnhandled(failures::add);
        tasks.run("fail", () -> {
            throw new IllegalStateException("handled");
        }, x -> { }, handled::add);
        assertThat(handled).singleElement().extracting(Throwable::getMessage).isEqualTo("handled");
        assertThat(failures).isEmpty();
    }

    @Test
    void aLongTaskIsListedWhileItRunsReportsProgressAndStopsWhenCancelled() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try {
            TaskRunner tasks = new TaskRunner(worker, ui);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch ended = new CountDownLatch(1);
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            TaskRunner.Running running = tasks.start("count", p -> {
                for (long i = 0; ; i++) {
                    p.report(i, 0, "counted " + i);
                    started.countDown();
                    p.checkCancelled();
                    Thread.onSpinWait();
                }
            }, x -> ended.countDown(), t -> {
                outcome.set(t);
                ended.countDown();
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            ui.submit(() -> { }).get();
            assertThat(tasks.running()).containsExactly(running);
            assertThat(running.name()).isEqualTo("count");
            running.cancel();
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outcome.get()).isInstanceOf(CancellationException.class);
            ui.submit(() -> { }).get();
            assertThat(tasks.running()).isEmpty();
            assertThat(running.message().get()).startsWith("counted ");
            assertThat(running.fraction().get()).isEqualTo(-1);
        } finally {
            worker.shutdownNow();
            ui.shutdownNow();
        }
    }
}
