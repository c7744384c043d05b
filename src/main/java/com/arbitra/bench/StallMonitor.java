package com.arbitra.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opt-in measurement of the FX thread (system property {@code arbitra.stallLog=true}): a timer
 * called on every pulse notes the longest gap between two pulses (a stall: the window could not
 * redraw), the time from the queue's window appearing (after sign-in) to its first rows, each case's
 * time from being asked for to its case file drawn and to its first picture drawn, the heap in use and
 * the process's resident memory. It reports them every 10 seconds and when the console
 * closes, on standard error as name=value lines and in the log. Off by default: it keeps the toolkit
 * pulsing, which costs a little CPU.
 */
public final class StallMonitor implements com.arbitra.ui.ConsoleProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StallMonitor.class);

    private long queueShownAt = -1;
    private long last;
    private long worst;
    private long worstSinceReport;
    private long firstRowsMs = -1;
    private long lastReport = System.nanoTime();
    private long caseAskedAt = -1;
    /** Pulses since the case file or its first picture was filled in; -1 when none is awaited. */
    private int pulsesSinceCase = -1;
    private int pulsesSincePicture = -1;
    private boolean pictureAwaited;
    private final java.util.List<Long> caseMs = new java.util.ArrayList<>();
    private final java.util.List<Long> pictureMs = new java.util.ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(System.nanoTime());
        }
    };

    /** Installs the monitor as the console's probe when the system property asks for it. */
    public static void installIfAsked() {
        if (Boolean.getBoolean("arbitra.stallLog")) {
            com.arbitra.ui.ConsoleProbe.install(new StallMonitor());
        }
    }

    /** Starts measuring once the window shows (on the FX thread). */
    @Override
    public void windowShown() {
        timer.start();
    }

    /** The queue's window has appeared (after sign-in): its first rows are timed from now. */
    @Override
    public void queueShown() {
        if (queueShownAt < 0) {
            queueShownAt = System.nanoTime();
        }
    }

    /** The queue has shown its first rows: the time since its window appeared is noted once. */
    @Override
    public void firstRows() {
        if (firstRowsMs < 0 && queueShownAt >= 0) {
            firstRowsMs = (System.nanoTime() - queueShownAt) / 1_000_000;
            report("first rows");
        }
    }

    @Override
    public void caseOpening() {
        caseAskedAt = System.nanoTime();
        pulsesSinceCase = -1;
        pulsesSincePicture = -1;
        pictureAwaited = true;
    }

    @Override
    public void caseShown() {
        if (caseAskedAt >= 0) {
            pulsesSinceCase = 0;
            // read and filled in; what is left of case.open_ms is the layout and drawing
            System.err.println("case.filled_ms=" + (System.nanoTime() - caseAskedAt) / 1_000_000);
        }
    }

    @Override
    public void pictureShown() {
        if (caseAskedAt >= 0 && pictureAwaited) {
            pictureAwaited = false;
            pulsesSincePicture = 0;
        }
    }

    @Override
    public void closing() {
        timer.stop();
        report("closing");
    }

    private void pulse(long now) {
        if (last == 0) {
            // the first window drawn: from the process's start, as a user waits for it
            System.err.println("console.first_pulse_ms=" + ProcessHandle.current().info().startInstant()
                    .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L));
        } else {
            long gap = now - last;
            worst = Math.max(worst, gap);
            worstSinceReport = Math.max(worstSinceReport, gap);
        }
        last = now;
        // what was filled in during one pulse is drawn by its end: the start of the pulse after it
        if (pulsesSinceCase >= 0 && ++pulsesSinceCase == 2) {
            pulsesSinceCase = -1;
            drawn("case.open_ms", caseMs, now);
        }
        if (pulsesSincePicture >= 0 && ++pulsesSincePicture == 2) {
            pulsesSincePicture = -1;
            drawn("case.first_picture_ms", pictureMs, now);
        }
        if (now - lastReport > 10_000_000_000L) {
            report("periodic");
        }
    }

    private void drawn(String name, java.util.List<Long> all, long now) {
        long ms = (now - caseAskedAt) / 1_000_000;
        all.add(ms);
        System.err.println(name + "=" + ms);
    }

    /** The 95th percentile of the times, or -1 if there are none. */
    static long p95(java.util.List<Long> ms) {
        if (ms.isEmpty()) {
            return -1;
        }
        java.util.List<Long> sorted = ms.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    /** The process's resident memory from /proc (Linux), or -1 elsewhere. */
    private static long residentMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: left out
        }
        return -1;
    }

    private void report(String when) {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String line = "fx.worst_stall_ms=" + worst / 1_000_000 + " fx.worst_stall_last_10s_ms="
                + worstSinceReport / 1_000_000 + " queue.first_rows_ms=" + firstRowsMs + " heap.used_mb="
                + heap.getUsed() / (1024 * 1024) + " rss_mb=" + residentMb() + " case.opens=" + caseMs.size()
                + " case.open_p95_ms=" + p95(caseMs) + " case.first_picture_p95_ms=" + p95(pictureMs)
                + " (" + when + ")";
        System.err.println(line);
        LOG.info(line);
        worstSinceReport = 0;
        lastReport = System.nanoTime();
    }
}
