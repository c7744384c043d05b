package com.arbitra.store;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts many records with one prepared statement and JDBC batches. jOOQ's {@code batchInsert}
 * renders every record anew, which measured several times slower for imports (see stack.md).
 */
final class JdbcBatch {

    private JdbcBatch() {
    }

    static <R extends Record> void insert(DSLContext tx, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] fields = table.fields();
        String sql = "INSERT INTO " + tx.render(table) + " ("
                + java.util.Arrays.stream(fields).map(f -> tx.render(DSL.name(f.getName())))
                        .collect(Collectors.joining(", "))
                + ") VALUES (" + java.util.Arrays.stream(fields).map(f -> "?").collect(Collectors.joining(", ")) + ")";
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (R r : rows) {
                    for (int i = 0; i < fields.length; i++) {
                        ps.setObject(i + 1, r.get(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
