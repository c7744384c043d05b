package com.arbitra.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many rows into a PostgreSQL table with {@code COPY ... FROM STDIN} (text format), the server's
 * bulk path: one statement for all the rows instead of one INSERT each. The rows are streamed in
 * buffers as they are formatted; on a connection to another engine {@link #usable} is false and the
 * caller inserts in JDBC batches.
 */
public final class PgCopy implements AutoCloseable {

    /** Bytes formatted before they are sent to the server. */
    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final byte[] pending = new byte[BUFFER];
    private int used;

    private PgCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Whether {@code c} reaches PostgreSQL, whose COPY {@link #rows} can use. */
    public static boolean usable(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    /** The values of one row, in the order of the columns given to {@link #rows}. */
    @FunctionalInterface
    public interface Row<T> {
        void values(T item, Object[] into);
    }

    /** Copies one row per item into {@code table}'s {@code columns}; gives the rows the server took. */
    public static <T> long rows(Connection c, String table, List<String> columns, Iterable<T> items, Row<T> row)
            throws SQLException {
        try (PgCopy out = open(c, table, columns)) {
            Object[] values = new Object[columns.size()];
            for (T item : items) {
                java.util.Arrays.fill(values, null);
                row.values(item, values);
                out.row(values);
            }
            return out.end();
        }
    }

    /** Starts copying into {@code table}'s {@code columns}: {@link #row} each row, then {@link #end}. */
    public static PgCopy open(Connection c, String table, List<String> columns) throws SQLException {
        return new PgCopy(c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " ("
                + String.join(", ", columns) + ") FROM STDIN"));
    }

    /** Ends the copy; gives the rows the server took. */
    public long end() throws SQLException {
        send();
        return copy.endCopy();
    }

    /** Cancels a copy that was not ended (its rows are not written). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** One row, its values in the order of the columns. */
    public void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        put((byte) '\n');
    }

    private void send() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(pending, 0, used);
            used = 0;
        }
    }

    /** Room for {@code n} more bytes in the buffer, sending what it holds when it is full. */
    private void room(int n) throws SQLException {
        if (used + n > pending.length) {
            send();
        }
    }

    private void put(byte b) throws SQLException {
        room(1);
        pending[used++] = b;
    }

    /**
     * One value in COPY's text format, written as UTF-8 straight into the buffer: {@code \N} for null,
     * text with its backslashes and line breaks escaped, times in UTC with microseconds.
     */
    private void value(Object v) throws SQLException {
        if (v == null) {
            ascii("\\N");
        } else if (v instanceof String s) {
            text(s);
        } else if (v instanceof OffsetDateTime t) {
            time(t);
        } else if (v instanceof java.math.BigDecimal d) {
            ascii(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            ascii(v.toString());
        } else {
            throw new IllegalArgumentException("COPY cannot write a " + v.getClass().getName());
        }
    }

    private void ascii(String s) throws SQLException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            pending[used++] = (byte) s.charAt(i);
        }
    }

    private void text(String s) throws SQLException {
        for (int i = 0; i < s.length(); i++) {
            // the most a char takes: 3 bytes of UTF-8, or 4 with the char after it (a surrogate pair)
            room(4);
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> pending[used++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                pending[used++] = (byte) (0xC0 | ch >> 6);
                pending[used++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                pending[used++] = (byte) (0xF0 | cp >> 18);
                pending[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                pending[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                pending[used++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                pending[used++] = (byte) '?';
            } else {
                pending[used++] = (byte) (0xE0 | ch >> 12);
                pending[used++] = (byte) (0x80 | ch >> 6 & 0x3F);
                pending[used++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    private void escape(char c) {
        pending[used++] = (byte) '\\';
        pending[used++] = (byte) c;
    }

    /** A time as {@code 2026-12-07 09:30:00.123456+00}: the instant in UTC, to the microsecond. */
    private void time(OffsetDateTime t) throws SQLException {
        java.time.LocalDateTime u = t.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        int year = u.getYear();
        if (year < 1000 || year > 9999) {
            ascii(t.toString());
            return;
        }
        room(30);
        digits(year, 4);
        pending[used++] = '-';
        digits(u.getMonthValue(), 2);
        pending[used++] = '-';
        digits(u.getDayOfMonth(), 2);
        pending[used++] = ' ';
        digits(u.getHour(), 2);
        pending[used++] = ':';
        digits(u.getMinute(), 2);
        pending[used++] = ':';
        digits(u.getSecond(), 2);
        pending[used++] = '.';
        digits(u.getNano() / 1_000, 6);
        pending[used++] = '+';
        pending[used++] = '0';
        pending[used++] = '0';
    }

    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            pending[used + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }
}
