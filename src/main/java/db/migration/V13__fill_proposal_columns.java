package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills who proposed a ruling not yet issued (and when), for the cases saved before
 * {@code JooqCaseRepository.fill} wrote these columns for proposals too: the approvals list shows the
 * proposer. The body is read as a tree: this migration must not depend on today's records.
 */
public class V13__fill_proposal_columns extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement select = c.createStatement();
             PreparedStatement update = c.prepareStatement("UPDATE dispute_case SET ruling_proposed_by = ?, "
                     + "ruling_proposed_at = ? WHERE case_id = ?");
             ResultSet rows = select.executeQuery("SELECT case_id, body FROM dispute_case "
                     + "WHERE ruling_proposed_by IS NULL AND body LIKE '%\"proposedBy\"%'")) {
            int pending = 0;
            while (rows.next()) {
                JsonNode ruling = JSON.readTree(rows.getString(2)).path("ruling");
                if (!ruling.hasNonNull("proposedBy")) {
                    continue;
                }
                update.setString(1, V10__fill_ruling_columns.text(ruling, "proposedBy"));
                update.setObject(2, V10__fill_ruling_columns.time(ruling, "proposedAt"));
                update.setString(3, rows.getString(1));
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
}
