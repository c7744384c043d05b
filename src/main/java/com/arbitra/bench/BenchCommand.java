package com.arbitra.bench;

import com.arbitra.cli.CliCommand;
import com.arbitra.cli.Exit;
import com.arbitra.cli.WorkspaceOption;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.QueueAfter;
import com.arbitra.domain.ports.ImportReport;
import com.arbitra.domain.ports.ExportResult;

import com.arbitra.bundle.BundleException;
import com.arbitra.bundle.Exporter;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.WorkspaceKind;

import com.arbitra.store.QueueQueries;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmarks and their data. Every figure goes to standard output as one {@code name=value} line and
 * nothing else does (scripts read it); progress goes to standard error. Import and export are timed
 * against a floor measured in the same process on the same data ({@link BenchFloors}).
 */
@Command(name = "bench", description = "Benchmarks and their data.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Import.class, BenchCommand.Export.class,
                BenchCommand.Queue.class, TeamBench.class})
public final class BenchCommand implements Runnable {

    /** Cases of the untimed warm-up runs, so that neither the floor nor Arbitra pays the JIT alone. */
    static final int WARM_UP_CASES = 5_000;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Name a subcommand: generate, import, export, queue or team.");
    }

    @Command(name = "generate", description = "Write a deterministic synthetic live bundle of N realistic cases.")
    static final class Generate extends CliCommand {

        @Option(names = "--cases", required = true, paramLabel = "N")
        long cases;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
        long seed;

        @Option(names = "--attachments", description = "Give cases small attachment files (inline).")
        boolean attachments;

        @Override
        public Integer call() throws IOException {
            if (cases < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be 0 or more.");
            }
            new BenchGenerator(seed, attachments).write(out, cases, n -> {
                if (interactive()) {
                    err().printf("\r  %,d cases written", n);
                    err().flush();
                }
            });
            if (interactive()) {
                err().println();
            }
            out().println("Wrote " + cases + " cases to " + out + ".");
            return Exit.DONE;
        }
    }

    /** What the three timed benchmarks share: a scratch folder, progress, figures. */
    abstract static class Timed extends CliCommand {

        @Option(names = "--cases", required = true, paramLabel = "N")
        long cases;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
        long seed;

        @Option(names = "--dir", paramLabel = "DIR", description = "Scratch folder (default: a temporary one, "
                + "deleted afterwards).")
        Path dir;

        Path scratch() throws IOException {
            if (cases < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be 0 or more.");
            }
            if (dir != null) {
                Files.createDirectories(dir);
                return Files.createTempDirectory(dir.toAbsolutePath(), "bench-");
            }
            return Files.createTempDirectory("arbitra-bench-");
        }

        void progress(String text) {
            err().println("bench: " + text);
            err().flush();
        }

        void figure(String name, Object value) {
            out().println(name + "=" + value);
        }

        static String fixed(double v, int digits) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }

        @Option(names = "--server", paramLabel = "JDBC_URL", description = "Use team workspaces instead: "
                + "each in a scratch database of this PostgreSQL server (jdbc:postgresql://HOST[:PORT]), dropped "
                + "afterwards; the user needs CREATEDB and CREATEROLE.")
        String server;

        @Option(names = "--db-user", paramLabel = "NAME", description = "The server's user (with --server).")
        String dbUser;

        @Option(names = "--encrypted", description = "Make the workspaces encrypted, as init --encrypted does (the "
                + "floor stays a plain database: compare the ratios of a run with and one without).")
        boolean encrypted;

        ScratchDatabases databases;

        @Override
        public final Integer call() throws Exception {
            if (encrypted && server != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--encrypted is for workspaces "
                        + "on this machine, not a team's server.");
            }
            if (server == null) {
                return run();
            }
            try (ScratchDatabases made = new ScratchDatabases(server, dbUser)) {
                databases = made;
                progress("team workspaces, each in a database of its own on " + server);
                return run();
            } finally {
                databases = null;
            }
        }

        abstract Integer run() throws Exception;

        Session create(Path workspace) throws WorkspaceException {
            if (databases == null) {
                if (encrypted) {
                    try {
                        String recovery = com.arbitra.store.FileKeys.create(workspace);
                        progress("encrypted " + workspace + " (recovery key " + recovery + ")");
                    } catch (IOException e) {
                        throw new WorkspaceException("Cannot write the key file in " + workspace + ": "
                                + e.getMessage(), e);
                    }
                }
                return workspaces().create(workspace, WorkspaceKind.LIVE);
            }
            try {
                return workspaces().createTeam(workspace, databases.create(workspace.getFileName().toString()),
                        WorkspaceKind.LIVE);
            } catch (java.sql.SQLException e) {
                throw new WorkspaceException("The benchmark cannot make a database on " + server + ": "
                        + e.getMessage(), e);
            }
        }

        /** A workspace with {@code n} generated cases, put in directly (the benchmark is elsewhere). */
        Session filled(Path workspace, long n, long seed) throws WorkspaceException {
            return filled(workspace, n, new BenchGenerator(seed, false));
        }

        Session filled(Path workspace, long n, BenchGenerator generator) throws WorkspaceException {
            Session s = create(workspace);
            fill(s, n, generator);
            return s;
        }

        void fill(Session s, long n, BenchGenerator generator) {
            long[] last = {0};
            generator.fill(s.workspace(), n, done -> {
                if (done - last[0] >= 50_000 || done == n) {
                    last[0] = done;
                    progress(String.format(Locale.ROOT, "%,d of %,d cases in the workspace", done, n));
                }
            });
        }

        Path bundle(Path file, long n, long seed) throws IOException {
            progress(String.format(Locale.ROOT, "generating %,d cases", n));
            new BenchGenerator(seed, false).write(file, n, done -> { });
            return file;
        }

        static void delete(Path p) {
            if (p == null || !Files.exists(p)) {
                return;
            }
            try (Stream<Path> all = Files.walk(p)) {
                all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static double seconds(long startedNanos) {
            return (System.nanoTime() - startedNanos) / 1e9;
        }
    }

    @Command(name = "import", description = "Generate N cases and import them into a fresh workspace, against "
            + "the floor (a plain streaming parse and plain JDBC batch inserts of the same rows).")
    static final class Import extends Timed {

        @Override
        Integer run() throws Exception {
            Path work = scratch();
            try {
                Path bundle = bundle(work.resolve("bundle.json"), cases, seed);
                Path warm = bundle(work.resolve("warm.json"), Math.min(cases, WARM_UP_CASES), seed + 1);
                progress("warming up");
                floor(warm, work.resolve("warm-floor"));
                ours(warm, work.resolve("warm-ours"));

                progress("the floor");
                System.gc();
                BenchFloors.Timed floor = floor(bundle, work.resolve("floor"));
                progress("Arbitra's import");
                System.gc();
                HeapSampler heap = HeapSampler.start();
                Ours ours = ours(bundle, work.resolve("ours"));
                long peak = heap.stop();
                ImportReport report = ours.report();
                if (report.refused() || report.added() != cases) {
                    err().println("arbitra: the benchmark's import was refused: " + report.errors());
                    return Exit.INTERNAL;
                }
                double seconds = report.seconds() + ours.closeSeconds();
                long bytes;
                try (Session s = workspaces().open(work.resolve("ours"))) {
                    bytes = s.workspace().databaseBytes();
                }
                figure("import.cases", cases);
                figure("import.seconds", fixed(seconds, 2));
                figure("import.close_seconds", fixed(ours.closeSeconds(), 2));
                figure("import.cases_per_s", Math.round(cases / Math.max(1e-9, seconds)));
                figure("import.floor_seconds", fixed(floor.seconds(), 2));
                figure("import.ratio", fixed(seconds / Math.max(1e-9, floor.seconds()), 2));
                figure("import.peak_heap_mb", Math.round(peak / 1048576.0));
                figure("import.workspace_bytes", bytes);
                figure("import.bytes_per_case", Math.round((double) bytes / cases));
                return Exit.DONE;
            } finally {
                delete(work);
            }
        }

        private BenchFloors.Timed floor(Path bundle, Path workspace) throws IOException, WorkspaceException {
            if (databases == null) {
                // a plain database even with --encrypted: the floor is what the rows cost without us
                workspaces().create(workspace, WorkspaceKind.LIVE).close();
                return BenchFloors.importFloor(bundle, workspace);
            }
            create(workspace).close();
            // the same rows through COPY on a connection of its own
            try (java.sql.Connection c = databases.connect(com.arbitra.store.TeamDescriptor.read(workspace))) {
                return BenchFloors.importFloor(bundle, c);
            } catch (java.sql.SQLException e) {
                throw new WorkspaceException("The import floor failed on " + server + ": " + e.getMessage(), e);
            }
        }

        /** Arbitra's import, and how long closing its workspace took after it (a grown file is compacted). */
        record Ours(ImportReport report, double closeSeconds) {
        }

        private Ours ours(Path bundle, Path workspace) throws IOException, WorkspaceException, BundleException {
            Session s = create(workspace);
            ImportReport report;
            try {
                report = new Importer(s.workspace(), s.clock(), Limits.defaults(), "bench")
                        .run(bundle, Importer.Options.defaults(), (n, t) -> {
                            if (n % 20_000 == 0) {
                                progress(String.format(Locale.ROOT, "%,d cases read", n));
                            }
                        });
            } catch (IOException | BundleException | RuntimeException e) {
                s.close();
                throw e;
            }
            long closing = System.nanoTime();
            s.close();
            return new Ours(report, seconds(closing));
        }

    }

    /** The most heap in use (live or not yet collected), sampled every 5 ms while a benchmark runs. */
    static final class HeapSampler {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }

    @Command(name = "export", description = "Build a workspace of N cases and time a full export of them, "
            + "against the floor (plain JDBC reads and a plain Jackson generator).")
    static final class Export extends Timed {

        @Override
        Integer run() throws Exception {
            Path work = scratch();
            try (Session s = filled(work.resolve("ws"), cases, seed)) {
                Exporter exporter = new Exporter(s.workspace(), Clock.systemUTC());
                progress("warming up");
                // both warm up on the same number of cases: with 100 cases for Arbitra's export against
                // 5,000 for the floor, the first timed export still ran half-compiled code
                List<String> some = firstCases(s, WARM_UP_CASES);
                for (int i = 0; i < 3; i++) {
                    BenchFloors.exportFloor(s.workspace(), work.resolve("warm-floor.json"), WARM_UP_CASES);
                    exporter.full(work.resolve("warm-ours.json"), some);
                }
                // the floor and Arbitra's export alternate, three times each, and each figure is the
                // median of its three: a single pair of runs differed by up to a third from run to run
                double[] floorRuns = new double[ROUNDS];
                double[] ourRuns = new double[ROUNDS];
                long floorCases = 0;
                ExportResult r = null;
                for (int round = 0; round < ROUNDS; round++) {
                    progress("the floor (" + (round + 1) + " of " + ROUNDS + ")");
                    System.gc();
                    long started = System.nanoTime();
                    floorCases = BenchFloors.exportFloor(s.workspace(), work.resolve("floor.json"), 0);
                    floorRuns[round] = seconds(started);
                    Files.delete(work.resolve("floor.json"));
                    progress("Arbitra's export (" + (round + 1) + " of " + ROUNDS + ")");
                    System.gc();
                    started = System.nanoTime();
                    r = exporter.full(work.resolve("ours.json"), List.of());
                    ourRuns[round] = seconds(started);
                    Files.delete(work.resolve("ours.json"));
                }
                double floor = Queue.percentile(floorRuns, 50);
                double ours = Queue.percentile(ourRuns, 50);
                if (r.cases() != cases || floorCases != cases) {
                    err().println("arbitra: the benchmark exported " + r.cases() + " and " + floorCases
                            + " cases, not " + cases);
                    return Exit.INTERNAL;
                }
                figure("export.cases", cases);
                figure("export.seconds", fixed(ours, 2));
                figure("export.floor_seconds", fixed(floor, 2));
                figure("export.ratio", fixed(ours / Math.max(1e-9, floor), 2));
                return Exit.DONE;
            } finally {
                delete(work);
            }
        }

        /** Rounds of the floor and Arbitra's export, alternating. */
        static final int ROUNDS = 3;

        /** The ids of the first {@code n} cases in queue order. */
        private static List<String> firstCases(Session s, int n) {
            QueueQueries q = new QueueQueries(s.workspace());
            List<String> ids = new ArrayList<>();
            QueueAfter after = null;
            while (ids.size() < n) {
                List<QueueRow> rows = q.page(QueueFilter.all(), after, 500, Instant.now(), Instant.now());
                rows.forEach(row -> ids.add(row.caseId()));
                if (rows.size() < 500) {
                    break;
                }
                after = QueueAfter.row(rows.get(rows.size() - 1));
            }
            return ids.size() > n ? ids.subList(0, n) : ids;
        }
    }

    @Command(name = "queue", description = "Build a workspace of N cases, then time queue queries (first page, a "
            + "filtered page, a text search, page 1,000, the counts per state) over 60 runs each after warm-up.")
    static final class Queue extends Timed {

        static final int RUNS = 60;
        static final int WARM_UP_RUNS = 15;
        static final int PAGE = 100;
        static final int DEEP_PAGE = 1_000;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Keep the built workspace in DIR and "
                + "use it again when it exists (building a million cases takes minutes); a workspace without "
                + "cases, such as a team workspace just made by init --server, is filled first.")
        Path keep;

        @Option(names = "--second-day", description = "Then the second day: close the workspace, move the "
                + "clock on an hour, import 2%% more cases as a night's sync would, drop the file from the OS page "
                + "cache (as root; else the figures are warm ones and queue.reopened_cold says so), reopen it in a "
                + "fresh JVM and time the same queries (queue.reopened_*). A kept --workspace gets the new cases.")
        boolean secondDay;

        /** For tests: the second day without dropping the machine's page cache. */
        @Option(names = "--keep-page-cache", hidden = true)
        boolean keepPageCache;

        /** Set in the fresh JVM of the second day: time the workspace as it is, at this time. */
        @Option(names = "--reopened-at", hidden = true, paramLabel = "INSTANT")
        Instant reopenedAt;

        @Override
        Integer run() throws Exception {
            if (keep != null && server != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--server makes scratch "
                        + "databases that are dropped afterwards; to keep a team workspace, make it with arbitra "
                        + "init --server and give it as --workspace.");
            }
            if (reopenedAt != null) {
                return reopened(keep, reopenedAt);
            }
            Path work = keep == null ? scratch() : null;
            Path wsDir = keep != null ? keep : work.resolve("ws");
            boolean reuse = keep != null && com.arbitra.store.Workspace.exists(keep);
            // the cases are a snapshot of now, so that a kept workspace opened in the console has
            // deadlines ahead of it, as a platform's export would
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            BenchGenerator generator = new BenchGenerator(seed, false, now);
            try {
                // built, then closed (which compacts the file the import grew) and opened again as it will
                // be opened every morning
                try (Session s = reuse ? workspaces().open(keep) : filled(wsDir, cases, generator)) {
                    if (reuse && s.store().transaction(u -> u.cases().count()) == 0) {
                        fill(s, cases, generator);
                    }
                }
                long count;
                try (Session s = workspaces().open(wsDir)) {
                    count = s.store().transaction(u -> u.cases().count());
                    long bytes = s.workspace().databaseBytes();
                    timeQueries(s, now, count, "queue.");
                    figure("queue.workspace_bytes", bytes);
                    figure("queue.bytes_per_case", Math.round((double) bytes / Math.max(1, count)));
                }
                if (secondDay) {
                    return secondDay(wsDir, now.plus(SECOND_DAY), count);
                }
                return Exit.DONE;
            } finally {
                delete(work);
            }
        }

        /** The command line's main class, named: bench may not depend on app, which depends on it. */
        static final String MAIN_CLASS = "com.arbitra.app.Main";

        /** How far the clock moves on before the second day: some of the open deadlines pass. */
        static final Duration SECOND_DAY = Duration.ofHours(1);

        /**
         * The night's sync (2% more cases, as of the second day), the page cache dropped, then the same
         * queries timed in a fresh JVM on the reopened workspace; its figures are printed as ours.
         */
        private Integer secondDay(Path wsDir, Instant next, long count) throws Exception {
            long more = Math.max(1, count / 50);
            progress(String.format(Locale.ROOT, "second day: %,d more cases arrive", more));
            try (Session s = workspaces().open(wsDir)) {
                // a seed of its own each night (the workspace grows), so that the cases are new ones
                new BenchGenerator(seed + 1_000 + count, false, next).fill(s.workspace(), more, done -> { });
            }
            boolean cold = !keepPageCache && dropPageCache();
            figure("queue.reopened_cold", cold);
            String javaCommand = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m",
                    "-cp", System.getProperty("java.class.path"), MAIN_CLASS, "bench", "queue",
                    "--cases", String.valueOf(cases), "--seed", String.valueOf(seed), "--workspace", wsDir.toString(),
                    "--reopened-at", next.toString()));
            progress("second day: reopening in a fresh JVM" + (cold ? " after dropping the page cache" : ""));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> out().println(line));
            }
            int exit = child.waitFor();
            if (exit != 0) {
                err().println("arbitra: the second day's JVM ended with exit code " + exit + ".");
                return Exit.INTERNAL;
            }
            return Exit.DONE;
        }

        /** Drops the OS page cache (Linux, as root): the second day reads its file from the disk. */
        private boolean dropPageCache() {
            Path drop = Path.of("/proc/sys/vm/drop_caches");
            try {
                new ProcessBuilder("sync").inheritIO().start().waitFor();
                Files.writeString(drop, "3");
                return true;
            } catch (IOException | RuntimeException e) {
                progress("the page cache could not be dropped (" + e.getMessage() + "): the second day's "
                        + "figures are warm ones");
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** The fresh JVM of the second day: open to first page, then the same queries. */
        private Integer reopened(Path wsDir, Instant at) throws Exception {
            long started = System.nanoTime();
            try (Session s = workspaces().open(wsDir)) {
                new QueueQueries(s.workspace()).page(QueueFilter.all(), null, PAGE, at, at.plus(Duration.ofHours(12)));
                figure("queue.reopened_open_ms", fixed((System.nanoTime() - started) / 1e6, 1));
                coldReads(new QueueQueries(s.workspace()), at);
                long count = s.store().transaction(u -> u.cases().count());
                long overdue = new QueueQueries(s.workspace()).countsByState(new QueueFilter(Set.of(),
                        QueueFilter.Scope.ALL, null, null, null, QueueFilter.Due.OVERDUE, null), at,
                        at.plus(Duration.ofHours(12))).values().stream().mapToLong(Long::longValue).sum();
                figure("queue.reopened_overdue_cases", overdue);
                timeQueries(s, at, count, "queue.reopened_");
            }
            return Exit.DONE;
        }

        /**
         * What each kind of query costs the first time it runs on the reopened file: its time and the bytes
         * it made the process read from the disk (Linux's /proc/self/io; left out elsewhere). One search of
         * each kind of term the timed runs use.
         */
        private void coldReads(QueueQueries q, Instant at) {
            Instant eod = at.plus(Duration.ofHours(12));
            Map<String, Runnable> queries = new java.util.LinkedHashMap<>();
            queries.put("filtered_page", () -> q.page(new QueueFilter(Set.of(CaseState.INTERVENTION_REQUESTED,
                    CaseState.UNDER_REVIEW, CaseState.AWAITING_EVIDENCE), QueueFilter.Scope.ALL, null,
                    "1900001999", null, QueueFilter.Due.ANY, null), null, PAGE, at, eod));
            String[] terms = searchTerms(cases, seed);
            for (int k = 0; k < TERM_KINDS.length; k++) {
                String term = terms[TERM_KINDS.length * 7 + k];
                queries.put("search_" + TERM_KINDS[k], () -> q.page(new QueueFilter(Set.of(), QueueFilter.Scope.ALL, null,
                        null, null, QueueFilter.Due.ANY, term), null, PAGE, at, eod));
            }
            queries.put("counts", () -> q.countsByState(QueueFilter.all(), at, eod));
            for (Map.Entry<String, Runnable> query : queries.entrySet()) {
                long read = diskReadBytes();
                long started = System.nanoTime();
                query.getValue().run();
                figure("queue.reopened_cold_" + query.getKey() + "_ms", fixed((System.nanoTime() - started) / 1e6, 1));
                if (read >= 0) {
                    figure("queue.reopened_cold_" + query.getKey() + "_read_kb", (diskReadBytes() - read) / 1024);
                }
            }
        }

        /** The bytes this process has read from the disk so far, or -1 where the system does not say. */
        private static long diskReadBytes() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                    if (line.startsWith("read_bytes:")) {
                        return Long.parseLong(line.substring("read_bytes:".length()).trim());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or not allowed: the figures are left out
            }
            return -1;
        }

        /** The same queries on either day, 60 runs each after warm-up; figures named with this prefix. */
        private void timeQueries(Session s, Instant now, long count, String prefix) {
            QueueQueries q = new QueueQueries(s.workspace());
            Instant eod = now.plus(Duration.ofHours(12));
            List<QueueRow> first = q.page(QueueFilter.all(), null, PAGE, now, eod);
            String touched = first.isEmpty() ? "" : first.get(0).caseId();
            Runnable touch = () -> BenchFloors.touch(s.workspace(), touched);

            progress("walking to page " + DEEP_PAGE);
            List<QueueAfter> deep = deepKeys(q, now, eod);

            Set<CaseState> three = Set.of(CaseState.INTERVENTION_REQUESTED, CaseState.UNDER_REVIEW,
                    CaseState.AWAITING_EVIDENCE);
            String[] terms = searchTerms(count, seed);
            progress("timing");
            double[] firstPage = time(touch, i -> q.page(QueueFilter.all(), null, PAGE, now, eod));
            double[] filtered = time(touch, i -> q.page(new QueueFilter(three, QueueFilter.Scope.ALL, null,
                    String.valueOf(1_900_000_000L + (i * 37) % 2000), null, QueueFilter.Due.ANY, null), null,
                    PAGE, now, eod));
            double[] search = time(touch, i -> q.page(new QueueFilter(Set.of(), QueueFilter.Scope.ALL, null, null,
                    null, QueueFilter.Due.ANY, terms[i % terms.length]), null, PAGE, now, eod));
            double[] deepPage = time(touch, i -> q.page(QueueFilter.all(), deep.get(i % deep.size()), PAGE, now,
                    eod));
            double[] counts = time(touch, i -> q.countsByState(QueueFilter.all(), now, eod));

            figure(prefix + "cases", count);
            figure(prefix + "first_page_p50_ms", fixed(percentile(firstPage, 50), 1));
            figure(prefix + "first_page_p95_ms", fixed(percentile(firstPage, 95), 1));
            figure(prefix + "filtered_page_p95_ms", fixed(percentile(filtered, 95), 1));
            figure(prefix + "search_p95_ms", fixed(percentile(search, 95), 1));
            figure(prefix + "deep_page_p95_ms", fixed(percentile(deepPage, 95), 1));
            figure(prefix + "counts_p95_ms", fixed(percentile(counts, 95), 1));
        }

        /** The keys after which pages 1,000 and the following start (fewer, shallower, in small queues). */
        private List<QueueAfter> deepKeys(QueueQueries q, Instant now, Instant eod) {
            List<QueueAfter> keys = new ArrayList<>();
            QueueAfter after = null;
            for (int page = 1; page < DEEP_PAGE + RUNS; page++) {
                List<QueueRow> rows = q.page(QueueFilter.all(), after, PAGE, now, eod);
                if (rows.isEmpty()) {
                    break;
                }
                after = QueueAfter.row(rows.get(rows.size() - 1));
                if (page >= DEEP_PAGE - 1 || rows.size() < PAGE) {
                    keys.add(after);
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
            if (keys.isEmpty()) {
                keys.add(null);
            }
            return keys;
        }

        /**
         * What operators type into the search box, varied from run to run: case, complaint and
         * transaction ids (whole or a prefix), merchant ids and names, consumer ids and words of the
         * complaint in Chinese, Spanish and English.
         */
        /** The kinds of {@link #searchTerms}, in the order each round of them gives one of each. */
        static final String[] TERM_KINDS = {"case_id", "complaint_id", "transaction_prefix", "merchant_id", "word",
            "number"};

        static String[] searchTerms(long count, long seed) {
            long n = Math.max(1, count);
            List<String> t = new ArrayList<>();
            String[] words = {"耳机", "包装", "talla", "charger", "parcel", "fecha vencida", "描述不符", "Sol y Mar",
                "深圳优品", "Bright Home"};
            for (int i = 0; i < 20; i++) {
                long k = (i * 7_919L * 104_729L) % n;
                t.add(String.format("BN-%d-%09d", seed, k));
                t.add(String.format("2000000%020d", k));
                t.add(String.format("42%026d", k).substring(0, 24));
                t.add(String.valueOf(1_900_000_000L + (i * 97) % 2000));
                t.add(words[i % words.length]);
                t.add("#" + ((i * 131) % 2000));
            }
            return t.toArray(String[]::new);
        }

        @FunctionalInterface
        interface Run {
            Object run(int i);
        }

        private static double[] time(Runnable between, Run run) {
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                between.run();
                run.run(i + 1000);
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                between.run();
                long started = System.nanoTime();
                run.run(i);
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
            return ms;
        }

        static double percentile(double[] values, int p) {
            double[] v = values.clone();
            Arrays.sort(v);
            int rank = (int) Math.ceil(p / 100.0 * v.length) - 1;
            return v[Math.max(0, Math.min(v.length - 1, rank))];
        }
    }
}
