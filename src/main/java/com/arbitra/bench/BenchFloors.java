package com.arbitra.bench;

import com.arbitra.store.StoreException;
import com.arbitra.store.Workspace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floors the benchmarks compare against: what the stack itself costs for the same data, with none
 * of Arbitra's work (no validation, no domain mapping, no hashing, no audit chain). Import: a plain
 * Jackson streaming parse of the bundle and plain JDBC batch inserts of the same case and audit rows
 * into a fresh H2 file database with the workspace's schema (on PostgreSQL: COPY). Export: plain JDBC reads of every case
 * row and a plain Jackson generator writing them.
 */
public final class BenchFloors {

    private static final int BATCH = 500;
    private static final JsonFactory JSON = new JsonFactory();
    private static final String ZERO_HASH = "0".repeat(64);

    /** The columns the floor fills, from the bundle's members (path from the case object). */
    private static final String[][] COLUMNS = {
        {"case_id", "caseId"}, {"revision", "revision"}, {"complaint_id", "complaintId"}, {"channel", "channel"},
        {"app_id", "miniProgram.appId"}, {"app_name", "miniProgram.name"},
        {"merchant_id", "merchant.merchantId"}, {"merchant_name", "merchant.name"},
        {"merchant_email", "merchant.email"}, {"merchant_phone", "merchant.phone"},
        {"consumer_id", "consumer.consumerId"}, {"consumer_nickname", "consumer.nickname"},
        {"consumer_phone_masked", "consumer.phoneMasked"},
        {"transaction_id", "order.transactionId"}, {"out_trade_no", "order.outTradeNo"},
        {"product_name", "order.productName"}, {"amount_value", "order.amount.value"},
        {"currency", "order.amount.currency"}, {"paid_at", "order.paidAt"},
        {"filed_at", "complaint.filedAt"}, {"complaint_category", "complaint.category"},
        {"problem_type", "complaint.problemType"}, {"description", "complaint.description"},
        {"requested_refund", "complaint.requestedRefund.value"}, {"complaint_count", "complaint.complaintCount"},
        {"state", "state"}, {"state_since", "stateSince"}, {"due_at", "dueAt"}, {"close_reason", "closeReason"},
        {"intervention_at", "intervention.requestedAt"}, {"intervention_trigger", "intervention.trigger"},
        {"intervention_reason", "intervention.reason"},
    };
    /** Members kept as JSON in the body column, copied through as they are. */
    private static final java.util.Set<String> BODY = java.util.Set.of("timeline", "evidenceRequests", "evidence",
            "ruling", "fulfilment", "training", "notes", "userTags");
    private static final java.util.Set<String> TIMES = java.util.Set.of("paid_at", "filed_at", "state_since",
            "due_at", "intervention_at");

    private BenchFloors() {
    }

    /**
     * Parses {@code bundle} and inserts its case rows and one audit row per case into the workspace
     * database in {@code dbDir} (made empty, with the schema, beforehand). Returns the cases inserted.
     */
    public static Timed importFloor(Path bundle, Path dbDir) throws IOException {
        try (Connection c = DriverManager.getConnection(url(dbDir), "arbitra",
                com.arbitra.store.DatabaseKey.of(dbDir.toAbsolutePath()))) {
            return importFloor(bundle, c);
        } catch (SQLException e) {
            throw new StoreException("The import floor failed", e);
        }
    }

    /**
     * The same floor on a connection of its own to any workspace's database. On PostgreSQL (a team's)
     * the rows go in with COPY, the server's bulk path: the case rows in one COPY as they are read, the
     * audit rows in a second one after it.
     */
    static Timed importFloor(Path bundle, Connection c) throws IOException, SQLException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            index.put(COLUMNS[i][1], i);
        }
        List<String> caseColumns = new ArrayList<>(java.util.Arrays.stream(COLUMNS).map(column -> column[0]).toList());
        caseColumns.addAll(List.of("high_risk", "rank_at", "platform_state", "body", "version", "updated_by",
                "updated_at"));
        List<String> auditColumns = List.of("seq", "case_id", "operator", "role", "at", "action", "before_state",
                "after_state", "details", "prev_hash", "hash");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // opening and closing the database are left out, as they are for Arbitra's import
        long started = System.nanoTime();
        c.setAutoCommit(false);
        long cases = 0;
        try (Sink caseRows = Sink.of(c, "dispute_case", caseColumns);
             InputStream in = Files.newInputStream(bundle); JsonParser p = JSON.createParser(in)) {
            List<Object[]> audit = new ArrayList<>();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("cases")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Object[] values = new Object[caseColumns.size()];
                    String body = readCase(p, index, values);
                    for (int i = 0; i < COLUMNS.length; i++) {
                        if (values[i] != null && TIMES.contains(COLUMNS[i][0])) {
                            values[i] = OffsetDateTime.parse((String) values[i]);
                        }
                    }
                    int k = COLUMNS.length;
                    Object state = values[index.get("state")];
                    Object rank = values[index.get("dueAt")] != null ? values[index.get("dueAt")]
                            : values[index.get("complaint.filedAt")];
                    values[k] = false;
                    values[k + 1] = rank;
                    values[k + 2] = state;
                    values[k + 3] = body;
                    values[k + 4] = 1L;
                    values[k + 5] = "floor";
                    values[k + 6] = now;
                    caseRows.row(values);
                    cases++;
                    audit.add(new Object[] {cases, values[0], "PLATFORM", "PLATFORM", now, "IMPORTED", null, state,
                        "bundle=floor; revision=" + values[1], ZERO_HASH, ZERO_HASH});
                }
            }
            caseRows.end();
            try (Sink auditRows = Sink.of(c, "audit_record", auditColumns)) {
                for (Object[] row : audit) {
                    auditRows.row(row);
                }
                auditRows.end();
            }
        }
        c.commit();
        return new Timed(cases, (System.nanoTime() - started) / 1e9);
    }

    /** Where the floor's rows go: COPY on PostgreSQL, JDBC batches of {@link #BATCH} elsewhere. */
    private interface Sink extends AutoCloseable {
        void row(Object[] values) throws SQLException;

        void end() throws SQLException;

        @Override
        void close() throws SQLException;

        static Sink of(Connection c, String table, List<String> columns) throws SQLException {
            if (com.arbitra.store.PgCopy.usable(c)) {
                com.arbitra.store.PgCopy copy = com.arbitra.store.PgCopy.open(c, table, columns);
                return new Sink() {
                    @Override
                    public void row(Object[] values) throws SQLException {
                        copy.row(values);
                    }

                    @Override
                    public void end() throws SQLException {
                        copy.end();
                    }

                    @Override
                    public void close() throws SQLException {
                        copy.close();
                    }
                };
            }
            PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                    + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
            return new Sink() {
                private int queued;

                @Override
                public void row(Object[] values) throws SQLException {
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    ps.addBatch();
                    if (++queued % BATCH == 0) {
                        ps.executeBatch();
                    }
                }

                @Override
                public void end() throws SQLException {
                    ps.executeBatch();
                }

                @Override
                public void close() throws SQLException {
                    ps.close();
                }
            };
        }
    }

    /** How many cases a floor handled, and in how many seconds. */
    public record Timed(long cases, double seconds) {
    }

    /**
     * Reads one case object (the parser on its START_OBJECT): scalars into {@code values} by path, the
     * lists into a JSON body returned as text.
     */
    private static String readCase(JsonParser p, Map<String, Integer> index, Object[] values) throws IOException {
        StringWriter body = new StringWriter(2048);
        try (JsonGenerator g = JSON.createGenerator(body)) {
            g.writeStartObject();
            readObject(p, "", index, values, g);
            g.writeEndObject();
        }
        return body.toString();
    }

    private static void readObject(JsonParser p, String prefix, Map<String, Integer> index, Object[] values,
                                   JsonGenerator body) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (BODY.contains(name)) {
                body.writeFieldName(name);
                body.copyCurrentStructure(p);
            } else if (t == JsonToken.START_OBJECT) {
                readObject(p, prefix + name + ".", index, values, body);
            } else if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                Integer i = index.get(prefix.isEmpty() ? name : prefix + name);
                if (i != null) {
                    values[i] = switch (t) {
                        case VALUE_NUMBER_INT -> p.getLongValue();
                        case VALUE_NULL -> null;
                        default -> p.getText();
                    };
                }
            }
        }
    }

    /**
     * Reads every case row of the workspace with plain JDBC (in case-id order, a page at a time, as
     * the export does) and writes them with a plain Jackson generator to {@code out}. Returns the
     * cases written; {@code limit} bounds them (0: all).
     */
    public static long exportFloor(Workspace workspace, Path out, long limit) throws IOException {
        long[] written = {0};
        // forced to disk at the end like Arbitra's export: the disk's part is not Arbitra's overhead
        try (java.io.FileOutputStream fos = new java.io.FileOutputStream(out.toFile());
             OutputStream os = new BufferedOutputStream(fos, 1 << 20)) {
            JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", "case-bundle");
            g.writeArrayFieldStart("cases");
            workspace.db().connection(c -> {
                String after = "";
                SerializedString[] names = null;
                while (true) {
                    int n = 0;
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT * FROM dispute_case WHERE case_id > ? ORDER BY case_id LIMIT " + BATCH)) {
                        ps.setString(1, after);
                        try (ResultSet rs = ps.executeQuery()) {
                            ResultSetMetaData md = rs.getMetaData();
                            int cols = md.getColumnCount();
                            if (names == null) {
                                names = new SerializedString[cols + 1];
                                for (int i = 1; i <= cols; i++) {
                                    names[i] = new SerializedString(md.getColumnLabel(i).toLowerCase(
                                            java.util.Locale.ROOT));
                                }
                            }
                            while (rs.next()) {
                                n++;
                                after = rs.getString(1);
                                writeRow(g, rs, md, names);
                                if (++written[0] == limit) {
                                    return;
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (n < BATCH) {
                        return;
                    }
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            os.flush();
            fos.getFD().sync();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    private static void writeRow(JsonGenerator g, ResultSet rs, ResultSetMetaData md, SerializedString[] names)
            throws SQLException, IOException {
        g.writeStartObject();
        for (int i = 1; i < names.length; i++) {
            int type = md.getColumnType(i);
            if (names[i].getValue().equals("body")) {
                g.writeFieldName(names[i]);
                g.writeRawValue(rs.getString(i));
                continue;
            }
            switch (type) {
                case Types.BIGINT, Types.INTEGER -> {
                    long v = rs.getLong(i);
                    if (!rs.wasNull()) {
                        g.writeFieldName(names[i]);
                        g.writeNumber(v);
                    }
                }
                case Types.BOOLEAN -> {
                    g.writeFieldName(names[i]);
                    g.writeBoolean(rs.getBoolean(i));
                }
                case Types.TIMESTAMP_WITH_TIMEZONE -> {
                    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                    if (t != null) {
                        g.writeFieldName(names[i]);
                        g.writeString(t.toInstant().toString());
                    }
                }
                default -> {
                    String s = rs.getString(i);
                    if (s != null) {
                        g.writeFieldName(names[i]);
                        g.writeString(s);
                    }
                }
            }
        }
        g.writeEndObject();
    }

    /**
     * Rewrites one case row with its own values, so that H2 answers the next query afresh instead of
     * from the result it keeps of the same query while a table is unchanged.
     */
    public static void touch(Workspace workspace, String caseId) {
        workspace.db().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE dispute_case SET version = version WHERE case_id = ?")) {
                ps.setString(1, caseId);
                ps.executeUpdate();
            }
        });
    }

    private static String url(Path dbDir) {
        return "jdbc:h2:file:" + dbDir.toAbsolutePath().resolve(Workspace.DB_NAME);
    }
}
