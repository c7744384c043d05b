package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the issued ruling's columns that V4 added (responsibility, remedy, who proposed and issued it,
 * when) for the cases saved before V4, from the ruling in each case's JSON body, as
 * {@code JooqCaseRepository.fill} writes them for a case saved today. Cases without an issued ruling
 * keep them empty. The body is read as a tree: this migration must not depend on today's records.
 */
public class V10__fill_ruling_columns extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        fillFromRulings(context.getConnection(), "UPDATE dispute_case SET ruling_responsibility = ?, "
                + "ruling_remedy = ?, ruling_proposed_by = ?, ruling_proposed_at = ?, ruling_issued_by = ?, "
                + "ruling_issued_at = ? WHERE case_id = ?",
                "WHERE ruling_issued_at IS NULL AND body LIKE '%\"issuedAt\"%'", (ruling, update) -> {
                    if (!ruling.hasNonNull("issuedAt")) {
                        return false;
                    }
                    update.setString(1, text(ruling, "responsibility"));
                    update.setString(2, text(ruling, "remedy"));
                    update.setString(3, text(ruling, "proposedBy"));
                    update.setObject(4, time(ruling, "proposedAt"));
                    update.setString(5, text(ruling, "issuedBy"));
                    update.setObject(6, time(ruling, "issuedAt"));
                    return true;
                });
    }

    /** Sets an update's parameters from a case's ruling, but its last (the case id); false skips the case. */
    @FunctionalInterface
    interface Binder {
        boolean bind(JsonNode member, PreparedStatement update) throws java.sql.SQLException;
    }

    /**
     * Runs {@code updateSql} (its last parameter the case id) in batches for every case that
     * {@code where} selects, from the ruling in its body (shared with V13).
     */
    static void fillFromRulings(Connection c, String updateSql, String where, Binder binder) throws Exception {
        fillFrom(c, "ruling", updateSql, where, binder);
    }

    /** The same from another member of the body ({@code training} for V18). */
    static void fillFrom(Connection c, String member, String updateSql, String where, Binder binder) throws Exception {
        try (Statement select = c.createStatement();
             PreparedStatement update = c.prepareStatement(updateSql);
             ResultSet rows = select.executeQuery("SELECT case_id, body FROM dispute_case " + where)) {
            int last = (int) updateSql.chars().filter(ch -> ch == '?').count();
            int pending = 0;
            while (rows.next()) {
                if (!binder.bind(JSON.readTree(rows.getString(2)).path(member), update)) {
                    continue;
                }
                update.setString(last, rows.getString(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** A stored Instant as the column takes it (shared with V13). */
    static OffsetDateTime time(JsonNode n, String field) {
        return n.hasNonNull(field)
                ? Instant.parse(n.get(field).asText()).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)
                : null;
    }
}
