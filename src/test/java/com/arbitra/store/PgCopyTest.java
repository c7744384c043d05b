package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.support.PgDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COPY's text format on a real PostgreSQL server: what goes in is what comes out, whatever the text holds. */
class PgCopyTest {

    private static final List<String> COLUMNS = List.of("t", "n", "i", "b", "at");

    @Test
    void everyValueComesBackAsItWasWritten() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"plain", 1L, 2, true, OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 123_456_000,
                ZoneOffset.ofHours(8))});
        rows.add(new Object[] {"tab\there, line\nbreak, return\r, back\\slash \\N and \\t", -5L, 0, false,
                OffsetDateTime.of(1999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)});
        rows.add(new Object[] {"耳机左侧无声音 · talla única · 😀 · é", Long.MAX_VALUE, Integer.MIN_VALUE, null,
                OffsetDateTime.of(2026, 3, 1, 23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-5, -30))});
        rows.add(new Object[] {null, null, null, null, null});
        rows.add(new Object[] {"", 0L, 0, true, OffsetDateTime.of(200, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC)});
        rows.add(new Object[] {"x".repeat(200_000), 7L, 7, true, null});

        try (PgDatabase db = PgDatabase.create(); Connection c = db.connect()) {
            create(c);
            assertThat(PgCopy.usable(c)).isTrue();
            long copied = PgCopy.rows(c, "copied", COLUMNS, rows, (row, values) ->
                    System.arraycopy(row, 0, values, 0, row.length));

            assertThat(copied).isEqualTo(rows.size());
            List<Object[]> back = read(c);
            assertThat(back).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                Object[] want = rows.get(i);
                Object[] got = back.get(i);
                assertThat(got[0]).as("text of row %d", i).isEqualTo(want[0]);
                assertThat(got[1]).as("bigint of row %d", i).isEqualTo(want[1]);
                assertThat(got[2]).as("int of row %d", i).isEqualTo(want[2]);
                assertThat(got[3]).as("boolean of row %d", i).isEqualTo(want[3]);
                if (want[4] == null) {
                    assertThat(got[4]).isNull();
                } else {
                    assertThat(((OffsetDateTime) got[4]).toInstant()).as("time of row %d", i)
                            .isEqualTo(((OffsetDateTime) want[4]).toInstant());
                }
            }
        }
    }

    @Test
    void aValueOfAnotherTypeCancelsTheCopyAndWritesNothing() throws Exception {
        try (PgDatabase db = PgDatabase.create(); Connection c = db.connect()) {
            create(c);
            List<Object[]> rows = List.of(new Object[] {"first", 1L, 1, true, null},
                    new Object[] {new StringBuilder("not a string"), 2L, 2, true, null});
            assertThatThrownBy(() -> PgCopy.rows(c, "copied", COLUMNS, rows, (row, values) ->
                    System.arraycopy(row, 0, values, 0, row.length)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
            assertThat(read(c)).isEmpty();
        }
    }

    private static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE copied (id SERIAL PRIMARY KEY, t TEXT, n BIGINT, i INTEGER, b BOOLEAN, "
                    + "at TIMESTAMP WITH TIME ZONE)");
        }
    }

    private static List<Object[]> read(Connection c) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t, n, i, b, at FROM copied "
                + "ORDER BY id")) {
            while (rs.next()) {
                out.add(new Object[] {rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getObject(4),
                    rs.getObject(5, OffsetDateTime.class)});
            }
        }
        return out;
    }
}
