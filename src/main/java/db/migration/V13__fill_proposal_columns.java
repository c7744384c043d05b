package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills who proposed a ruling not yet issued (and when), for the cases saved before
 * {@code JooqCaseRepository.fill} wrote these columns for proposals too: the approvals list shows the
 * proposer. The body is read as a tree: this migration must not depend on today's records.
 */
public class V13__fill_proposal_columns extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        V10__fill_ruling_columns.fillFromRulings(context.getConnection(), "UPDATE dispute_case SET "
                + "ruling_proposed_by = ?, ruling_proposed_at = ? WHERE case_id = ?",
                "WHERE ruling_proposed_by IS NULL AND body LIKE '%\"proposedBy\"%'", (ruling, update) -> {
                    if (!ruling.hasNonNull("proposedBy")) {
                        return false;
                    }
                    update.setString(1, V10__fill_ruling_columns.text(ruling, "proposedBy"));
                    update.setObject(2, V10__fill_ruling_columns.time(ruling, "proposedAt"));
                    return true;
                });
    }
}
