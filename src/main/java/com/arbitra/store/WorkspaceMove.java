package com.arbitra.store;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies one workspace's tables into another's, table by table and row by row, in one transaction on
 * the target and from one read-only snapshot of the source: the same migrations made both schemas, so
 * every column has its twin. That moves a single-workstation workspace into a team database, writes a
 * team workspace's backup through a local copy, and restores a backup into a team database.
 * Attachments are streamed; identity columns continue after the highest value copied. The source is
 * only read; what the target held is replaced.
 */
public final class WorkspaceMove {

    private static final int BATCH = 500;
    /** A batch holds at most this many bytes of attachments. */
    private static final long BATCH_BYTES = 16L << 20;

    private WorkspaceMove() {
    }

    /** How many rows each table holds on both sides after the copy, table by table. */
    public record Copied(Map<String, Long> rows) {
    }

    /** Tables only a team server has, filled from the domain by its own migrations, never copied. */
    private static final Set<String> SERVER_ONLY = Set.of("state_change");

    /** Copies every table; a failure is rolled back on the target and named in the exception. */
    public static Copied copy(Workspace from, Workspace to) throws WorkspaceException {
        try {
            return copyTables(from, to);
        } catch (SQLException e) {
            throw new WorkspaceException("Copying the workspace's tables failed and was rolled back, so the target "
                    + "holds what it held before (" + e.getMessage() + ").", e);
        }
    }

    private static Copied copyTables(Workspace from, Workspace to) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection source = from.dataSource().getConnection();
             Connection target = to.dataSource().getConnection()) {
            source.setAutoCommit(false);
            if (from.engine() == Workspace.Engine.POSTGRES) {
                // one snapshot of the whole database, while other workstations keep writing
                source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            source.setReadOnly(true);
            boolean auto = target.getAutoCommit();
            target.setAutoCommit(false);
            try {
                List<String> tables = tables(source, from.engine());
                List<String> there = tables(target, to.engine());
                for (String table : tables) {
                    if (!there.contains(table)) {
                        throw new SQLException("The target workspace has no table " + table + "; it was made by "
                                + "another version of Arbitra");
                    }
                }
                for (String table : tables) {
                    try (Statement st = target.createStatement()) {
                        st.execute("DELETE FROM " + table);
                    }
                }
                for (String table : tables) {
                    long n = copyTable(source, target, table);
                    long copied = count(target, table);
                    if (copied != n) {
                        throw new SQLException("The copy of " + table + " holds " + copied + " rows, not " + n);
                    }
                    rows.put(table, n);
                }
                continueIdentities(target, to.engine());
                target.commit();
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            } finally {
                target.setAutoCommit(auto);
                source.rollback();
            }
        }
        return new Copied(rows);
    }

    /** The workspace's own tables, lower case, without Flyway's history and the server-only ones. */
    private static List<String> tables(Connection c, Workspace.Engine engine) throws SQLException {
        List<String> out = new ArrayList<>();
        String schema = engine == Workspace.Engine.H2 ? "'PUBLIC'" : "current_schema()";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = " + schema
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history") && !SERVER_ONLY.contains(table)) {
                    out.add(table);
                }
            }
        }
        return out;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        long n = 0;
        String select = "SELECT * FROM " + table.toUpperCase(Locale.ROOT);
        try (Statement st = source.createStatement()) {
            // attachment parts are up to 1 MiB each: only a few of them in memory at a time
            st.setFetchSize(hasBinary(source, select) ? 4 : BATCH);
            try (ResultSet rs = st.executeQuery(select)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
                try (PreparedStatement insert = target.prepareStatement(sql)) {
                    int pending = 0;
                    long pendingBytes = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            pendingBytes += bind(rs, meta.getColumnType(i), i, insert);
                        }
                        insert.addBatch();
                        n++;
                        if (++pending == BATCH || pendingBytes >= BATCH_BYTES) {
                            insert.executeBatch();
                            pending = 0;
                            pendingBytes = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
        }
        return n;
    }

    private static boolean hasBinary(Connection source, String select) throws SQLException {
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery(select + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (binary(meta.getColumnType(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean binary(int type) {
        return type == Types.BLOB || type == Types.VARBINARY || type == Types.BINARY || type == Types.LONGVARBINARY;
    }

    /** Binds one value; returns the bytes of a binary one (0 for any other), to bound a batch by them. */
    private static long bind(ResultSet rs, int type, int i, PreparedStatement insert) throws SQLException {
        switch (type) {
            case Types.BLOB -> {
                Blob blob = rs.getBlob(i);
                if (blob == null) {
                    insert.setNull(i, Types.BINARY);
                    return 0;
                }
                // streamed from the H2 file, never whole in memory
                insert.setBinaryStream(i, blob.getBinaryStream(), blob.length());
                return blob.length();
            }
            case Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> {
                // PgJDBC hands a bytea over as one array in any case: a part of at most 1 MiB
                byte[] bytes = rs.getBytes(i);
                if (bytes == null) {
                    insert.setNull(i, Types.BINARY);
                    return 0;
                }
                insert.setBinaryStream(i, new java.io.ByteArrayInputStream(bytes), bytes.length);
                return bytes.length;
            }
            case Types.CLOB, Types.NCLOB -> insert.setString(i, rs.getString(i));
            default -> {
                Object value = rs.getObject(i);
                if (value == null) {
                    insert.setNull(i, type == Types.TIMESTAMP_WITH_TIMEZONE ? Types.TIMESTAMP_WITH_TIMEZONE : Types.NULL);
                } else {
                    insert.setObject(i, value);
                }
            }
        }
        return 0;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Identity columns go on after the highest value copied. */
    private static void continueIdentities(Connection target, Workspace.Engine engine) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        String schema = engine == Workspace.Engine.H2 ? "'PUBLIC'" : "current_schema()";
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = " + schema + " AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            long next;
            try (Statement st = target.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + id[1] + "), 0) + 1 FROM " + id[0])) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement st = target.createStatement()) {
                st.execute(engine == Workspace.Engine.H2
                        ? "ALTER TABLE " + id[0] + " ALTER COLUMN " + id[1] + " RESTART WITH " + next
                        : "SELECT setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'), " + next + ", false)");
            }
        }
    }
}
