package com.arbitra.store;

import com.arbitra.domain.CaseState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * {@code arbitra check}: reads every row of every table (the database checks its pages as it reads
 * them), every case's body, every attachment against its SHA-256, the schema against the migrations
 * and the maintained counts against the cases. Each part is one line: OK, or DAMAGED with what.
 */
public final class WorkspaceCheck {

    /** One part of the check. */
    public record Part(String name, boolean ok, String detail) {
    }

    private static final String[] TABLES = {"workspace_info", "operator", "dispute_case", "audit_record", "audit_head",
        "outbox_action", "blob", "blob_part", "imported_bundle", "setting", "training_attempt", "training_setting",
        "case_search",
        "saved_view", "case_state_count", "draft"};

    private WorkspaceCheck() {
    }

    public static List<Part> run(Workspace ws) {
        List<Part> parts = new ArrayList<>();
        parts.add(schema(ws));
        try (Connection c = ws.dataSource().getConnection()) {
            parts.add(rows(c));
            parts.add(cases(c));
            parts.add(attachments(c));
            parts.add(counts(c));
        } catch (SQLException | RuntimeException e) {
            parts.add(new Part("database", false, "it cannot be read (" + firstLine(e) + ")"));
        }
        return parts;
    }

    /** The newest backup in the workspace's {@code backups/} folder (automatic or kept by a restore), or null. */
    public static Path newestBackup(Path dir) {
        try (var files = java.nio.file.Files.list(dir.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")
                    && !p.getFileName().toString().startsWith(".")).max((a, b) -> {
                        try {
                            return java.nio.file.Files.getLastModifiedTime(a)
                                    .compareTo(java.nio.file.Files.getLastModifiedTime(b));
                        } catch (IOException e) {
                            return 0;
                        }
                    }).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Part schema(Workspace ws) {
        if (ws.engine() != Workspace.Engine.H2) {
            return new Part("schema", true, "validated against the migrations when the workspace opened");
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(ws.dataSource()).locations("classpath:db/migration")
                    .ignoreMigrationPatterns("*:future").load();
            ValidateResult v = flyway.validateWithResult();
            if (!v.validationSuccessful) {
                return new Part("schema", false, v.getAllErrorMessages());
            }
            return new Part("schema", true, "version " + flyway.info().current().getVersion()
                    + ", every migration as shipped");
        } catch (RuntimeException e) {
            return new Part("schema", false, firstLine(e));
        }
    }

    /** Every value of every row: a page the database cannot read is named by its table. */
    private static Part rows(Connection c) {
        long rows = 0;
        for (String table : TABLES) {
            try (Statement st = c.createStatement()) {
                // parts of attachments are up to 1 MiB each: a few at a time
                st.setFetchSize(table.equals("blob_part") ? 4 : 1000);
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            readValue(rs, i, md.getColumnType(i));
                        }
                    }
                }
            } catch (SQLException | IOException | RuntimeException e) {
                return new Part("database", false, "the table " + table + " cannot be read after " + rows
                        + " rows (" + firstLine(e) + ")");
            }
        }
        return new Part("database", true, rows + " rows read, every value");
    }

    private static void readValue(ResultSet rs, int column, int type) throws SQLException, IOException {
        if (type == Types.BLOB || type == Types.VARBINARY || type == Types.BINARY || type == Types.LONGVARBINARY) {
            try (InputStream in = rs.getBinaryStream(column)) {
                if (in != null) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } else {
            rs.getString(column);
        }
    }

    /** Every case's body reads as a case body, and agrees with the row about the case's id. */
    private static Part cases(Connection c) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("SELECT case_id, state, body FROM dispute_case")) {
                while (rs.next()) {
                    n++;
                    String id = rs.getString(1);
                    try {
                        CaseState.valueOf(rs.getString(2));
                        CaseBody.read(rs.getString(3));
                    } catch (RuntimeException e) {
                        return new Part("cases", false, "the case " + id + " is damaged (" + firstLine(e) + ")");
                    }
                }
            }
        }
        return new Part("cases", true, n + " cases, every body read");
    }

    /** Every attachment's bytes, part after part, still have the size and SHA-256 it is stored under. */
    private static Part attachments(Connection c) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement();
             PreparedStatement parts = c.prepareStatement(
                     "SELECT part, data FROM blob_part WHERE sha256 = ? ORDER BY part")) {
            st.setFetchSize(100);
            parts.setFetchSize(4);
            try (ResultSet rs = st.executeQuery("SELECT sha256, size FROM blob")) {
                while (rs.next()) {
                    n++;
                    String sha = rs.getString(1);
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    long size = 0;
                    int expected = 0;
                    parts.setString(1, sha);
                    try (ResultSet p = parts.executeQuery()) {
                        while (p.next()) {
                            if (p.getInt(1) != expected++) {
                                return new Part("attachments", false, "the attachment " + sha + " misses its part "
                                        + (expected - 1));
                            }
                            try (InputStream in = p.getBinaryStream(2)) {
                                byte[] buf = new byte[1 << 16];
                                for (int r; (r = in.read(buf)) > 0; ) {
                                    md.update(buf, 0, r);
                                    size += r;
                                }
                            }
                        }
                    } catch (IOException e) {
                        return new Part("attachments", false, "the attachment " + sha + " cannot be read ("
                                + firstLine(e) + ")");
                    }
                    if (size != rs.getLong(2) || !HexFormat.of().formatHex(md.digest()).equals(sha.strip())) {
                        return new Part("attachments", false, "the attachment " + sha
                                + " no longer has the bytes it was stored with");
                    }
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        return new Part("attachments", true, n + " attachments, every SHA-256 matches");
    }

    /** The maintained per-state counts equal the cases counted state by state. */
    private static Part counts(Connection c) throws SQLException {
        Map<CaseState, Long> counted = new EnumMap<>(CaseState.class);
        Map<CaseState, Long> kept = new EnumMap<>(CaseState.class);
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM dispute_case GROUP BY state")) {
                while (rs.next()) {
                    counted.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT state, SUM(delta) FROM case_state_count GROUP BY state")) {
                while (rs.next()) {
                    if (rs.getLong(2) != 0) {
                        kept.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
        }
        if (!counted.equals(kept)) {
            return new Part("counts", false, "the kept per-state counts " + kept + " differ from the cases " + counted);
        }
        return new Part("counts", true, "per-state counts equal the cases");
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }
}
