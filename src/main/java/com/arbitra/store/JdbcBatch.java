package com.arbitra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts many records: on PostgreSQL with COPY ({@link PgCopy}), elsewhere with one prepared statement
 * and JDBC batches. jOOQ's {@code batchInsert} renders every record anew, which measured several times
 * slower for imports (see stack.md).
 */
final class JdbcBatch {

    private JdbcBatch() {
    }

    static <R extends Record> void insert(DSLContext tx, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = Arrays.stream(table.fields()).map(f -> tx.render(DSL.name(f.getName()))).toList();
        int width = columns.size();
        tx.connection(c -> {
            if (PgCopy.usable(c)) {
                PgCopy.rows(c, tx.render(table), columns, rows, (r, values) -> {
                    for (int i = 0; i < width; i++) {
                        values[i] = r.get(i);
                    }
                });
            } else {
                batch(c, "INSERT INTO " + tx.render(table) + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")", width, rows);
            }
        });
    }

    private static <R extends Record> void batch(Connection c, String sql, int width, List<R> rows)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (R r : rows) {
                for (int i = 0; i < width; i++) {
                    ps.setObject(i + 1, r.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
