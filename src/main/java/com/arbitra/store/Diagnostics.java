package com.arbitra.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text a support request needs ("Copy diagnostics" in the console): versions, the workspace's
 * folder, schema and size, and the last warnings and errors of its log. It holds no case data and no
 * passwords: only what the log's WARN and ERROR lines say, which name ids at most.
 */
public final class Diagnostics {

    /** How many of the log's last WARN/ERROR entries are included. */
    public static final int LAST_PROBLEMS = 20;

    private Diagnostics() {
    }

    /** The report for an open workspace. */
    public static String report(Workspace ws) {
        StringBuilder b = new StringBuilder();
        b.append("Arbitra ").append(AppVersion.current()).append('\n');
        b.append("Java ").append(System.getProperty("java.runtime.version")).append(" (")
                .append(System.getProperty("java.vendor")).append("), ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        b.append("JavaFX ").append(System.getProperty("javafx.runtime.version", "not started")).append(", H2 ")
                .append(org.h2.engine.Constants.FULL_VERSION).append('\n');
        b.append("Locale ").append(java.util.Locale.getDefault().toLanguageTag()).append(", zone ")
                .append(java.time.ZoneId.systemDefault()).append('\n');
        b.append("Workspace ").append(ws.dir()).append(" (").append(ws.kind()).append(")\n");
        b.append(database(ws)).append('\n');
        b.append("Log folder ").append(ws.logDir()).append('\n');
        List<String> problems = lastProblems(ws.logDir(), LAST_PROBLEMS);
        b.append("Last warnings and errors (").append(problems.size()).append("):\n");
        if (problems.isEmpty()) {
            b.append("  none\n");
        }
        for (String p : problems) {
            b.append("  ").append(p).append('\n');
        }
        return b.toString();
    }

    /** Whether the maintained counts per state equal a GROUP BY over the cases (benchmarks check it). */
    public static boolean countsMatchGroupBy(Workspace ws) {
        java.util.Map<com.arbitra.domain.CaseState, Long> counted = new java.util.EnumMap<>(
                com.arbitra.domain.CaseState.class);
        ws.db().select(com.arbitra.store.jooq.Tables.DISPUTE_CASE.STATE, org.jooq.impl.DSL.count())
                .from(com.arbitra.store.jooq.Tables.DISPUTE_CASE).groupBy(com.arbitra.store.jooq.Tables.DISPUTE_CASE.STATE)
                .fetch().forEach(r -> counted.put(com.arbitra.domain.CaseState.valueOf(r.value1()),
                        r.value2().longValue()));
        java.util.Map<com.arbitra.domain.CaseState, Long> kept = new java.util.EnumMap<>(
                com.arbitra.domain.CaseState.class);
        StateCounts.read(ws.db()).forEach((state, n) -> {
            if (n != 0) {
                kept.put(state, n);
            }
        });
        return kept.equals(counted);
    }

    private static String database(Workspace ws) {
        try (Connection c = ws.dataSource().getConnection(); Statement st = c.createStatement()) {
            StringBuilder b = new StringBuilder("Schema ");
            try (ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
                b.append(rs.next() ? rs.getString(1) : "?");
            }
            try (ResultSet rs = st.executeQuery("SELECT created_by_version, migrated_by_version FROM workspace_info")) {
                if (rs.next()) {
                    b.append(", created by ").append(rs.getString(1)).append(", last migrated by ")
                            .append(rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM dispute_case), "
                    + "(SELECT seq FROM audit_head WHERE id = 1), (SELECT COUNT(*) FROM blob)")) {
                rs.next();
                b.append("; ").append(rs.getLong(1)).append(" cases, ").append(rs.getLong(2))
                        .append(" audit records, ").append(rs.getLong(3)).append(" attachments");
            }
            long mib = ws.databaseBytes() / (1024 * 1024);
            if (ws.engine() == Workspace.Engine.H2) {
                b.append("; database ").append(mib).append(" MiB");
            } else {
                b.append("; team database on ").append(c.getMetaData().getURL()).append(", ").append(mib).append(" MiB");
            }
            b.append("; automatic backups ").append(Backups.automaticBackups(ws.dir()).size());
            return b.toString();
        } catch (SQLException | IOException e) {
            return "Database: could not be read (" + e.getMessage() + ")";
        }
    }

    /**
     * The last WARN/ERROR entries of the workspace's logs, newest last, each with the first line of its
     * stack trace's cause; from today's file and the older ones, newest first, until enough are found.
     */
    public static List<String> lastProblems(Path logDir, int max) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(logDir)) {
            try (Stream<Path> s = Files.list(logDir)) {
                s.filter(p -> p.getFileName().toString().matches("arbitra(\\.\\d{4}-\\d{2}-\\d{2})?\\.log"))
                        .sorted(NEWEST_FIRST)
                        .forEach(files::add);
            } catch (IOException e) {
                return List.of("(the log folder could not be read: " + e.getMessage() + ")");
            }
        }
        Deque<String> found = new ArrayDeque<>();
        for (Path f : files) {
            List<String> inFile = new ArrayList<>();
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                lines.forEach(line -> {
                    if (line.matches("^\\S+ \\S+ (WARN|ERROR) .*")) {
                        inFile.add(line);
                    } else if (!inFile.isEmpty() && line.startsWith("Caused by: ")) {
                        inFile.set(inFile.size() - 1, inFile.get(inFile.size() - 1) + " | " + line);
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                inFile.add("(" + f.getFileName() + " could not be read: " + e.getMessage() + ")");
            }
            for (int i = inFile.size() - 1; i >= 0 && found.size() < max; i--) {
                found.addFirst(inFile.get(i));
            }
            if (found.size() >= max) {
                break;
            }
        }
        return List.copyOf(found);
    }

    /** Today's file (arbitra.log) first, then the dated ones newest first (their names sort by date). */
    private static final java.util.Comparator<Path> NEWEST_FIRST = java.util.Comparator
            .comparing((Path p) -> !p.getFileName().toString().equals("arbitra.log"))
            .thenComparing(p -> p.getFileName().toString(), java.util.Comparator.reverseOrder());
}
