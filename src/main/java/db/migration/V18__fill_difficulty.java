package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the difficulty of the training cases stored before V17, from their bodies. The body is read
 * as a tree: this migration must not depend on today's records.
 */
public class V18__fill_difficulty extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        V10__fill_ruling_columns.fillFrom(context.getConnection(), "training",
                "UPDATE dispute_case SET difficulty = ? WHERE case_id = ?",
                "WHERE difficulty IS NULL AND body LIKE '%\"difficulty\"%'", (training, update) -> {
                    String difficulty = V10__fill_ruling_columns.text(training, "difficulty");
                    if (difficulty == null) {
                        return false;
                    }
                    update.setString(1, difficulty);
                    return true;
                });
    }
}
