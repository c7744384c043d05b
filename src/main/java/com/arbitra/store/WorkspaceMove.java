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

/**
 * Copies a single-workstation workspace into a freshly migrated team database, table by table and row
 * by row, in one transaction on the server: the same migrations made both schemas, so every column
 * has its twin. Attachments are streamed; identity columns continue after the highest value copied.
 * The H2 workspace is only read.
 */
public final class WorkspaceMove {

    private static final int BATCH = 500;

    private WorkspaceMove() {
    }

    /** How many rows each table holds on both sides after the copy, table by table. */
    public record Copied(Map<String, Long> rows) {
    }

    public static Copied copy(Workspace from, Workspace to) throws SQLException {
        if (from.engine() != Workspace.Engine.H2 || to.engine() != Workspace.Engine.POSTGRES) {
            throw new IllegalArgumentException("a move goes from a local workspace to a team one");
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection source = from.dataSource().getConnection();
             Connection target = to.dataSource().getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            boolean auto = target.getAutoCommit();
            target.setAutoCommit(false);
            try {
                List<String> tables = tables(source);
                for (String table : tables) {
                    try (Statement st = target.createStatement()) {
                        st.execute("DELETE FROM " + table);
                    }
                }
                for (String table : tables) {
                    long n = copyTable(source, target, table);
                    long there = count(target, table);
                    if (there != n) {
                        throw new SQLException("The copy of " + table + " holds " + there + " rows, not " + n);
                    }
                    rows.put(table, n);
                }
                continueIdentities(target);
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

    private static List<String> tables(Connection source) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                        + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        long n = 0;
        try (Statement st = source.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table.toUpperCase(Locale.ROOT))) {
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
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            bind(rs, meta.getColumnType(i), i, insert);
                        }
                        insert.addBatch();
                        n++;
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
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

    private static void bind(ResultSet rs, int type, int i, PreparedStatement insert) throws SQLException {
        switch (type) {
            case Types.BLOB, Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> {
                Blob blob = rs.getBlob(i);
                if (blob == null) {
                    insert.setNull(i, Types.BINARY);
                } else {
                    // streamed from the H2 file to the server, never whole in memory
                    insert.setBinaryStream(i, blob.getBinaryStream(), blob.length());
                }
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
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Identity columns go on after the highest value copied. */
    private static void continueIdentities(Connection target) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            try (Statement st = target.createStatement()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'), "
                        + "COALESCE((SELECT MAX(" + id[1] + ") FROM " + id[0] + "), 0) + 1, false)");
            }
        }
    }
}
