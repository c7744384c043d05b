package com.arbitra.support;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes a workspace's schema back to before a migration, so that opening it again runs that migration
 * and every later one, as on a workspace that an older build left: Flyway's history forgets them, and
 * the later migrations that could not run twice are undone.
 */
public final class Downgrade {

    private Downgrade() {
    }

    /** Forgets migration {@code version} and every later one. */
    public static void toBefore(Statement st, int version) throws SQLException {
        boolean postgres = st.getConnection().getMetaData().getDatabaseProductName().contains("PostgreSQL");
        if (version <= 20) {
            st.execute("CREATE INDEX case_merchant_filed ON dispute_case (merchant_id, filed_at)");
            st.execute("CREATE INDEX training_attempt_case ON training_attempt (case_id, submitted_at)");
        }
        if (version <= 19) {
            st.execute("DROP INDEX case_id_state_rank");
        }
        if (version <= 17) {
            st.execute("ALTER TABLE dispute_case DROP COLUMN difficulty");
        }
        if (version <= 16) {
            // V14-V16: the bytes back in blob.data, no parts (the tests that downgrade store no attachment)
            st.execute("DROP TABLE blob_part");
            st.execute("ALTER TABLE blob ADD COLUMN data " + (postgres ? "BYTEA" : "BLOB"));
        }
        st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) >= " + version);
    }
}
