package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.CASE_SEARCH;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.DisputeCase;
import com.arbitra.store.jooq.tables.records.DisputeCaseRecord;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the {@code case_search} rows of cases ({@link SearchText} says which). */
final class CaseSearchTokens {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSearchTokens.class);

    private CaseSearchTokens() {
    }

    /** Inserts (token, case id) rows as the case rows are: COPY on PostgreSQL, else JDBC batches. */
    static void insert(DSLContext tx, List<String[]> rows) {
        tx.connection(c -> {
            if (PgCopy.usable(c)) {
                PgCopy.rows(c, "case_search", List.of("token", "case_id"), rows, (r, values) -> {
                    values[0] = r[0];
                    values[1] = r[1];
                });
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_search (token, case_id) VALUES (?, ?)")) {
                int n = 0;
                for (String[] r : rows) {
                    ps.setString(1, r[0]);
                    ps.setString(2, r[1]);
                    ps.addBatch();
                    if (++n % 2_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /** Changes a case's tokens from {@code before} (null: it had none) to {@code after}. */
    static void replace(DSLContext tx, String caseId, Set<String> before, Set<String> after) {
        Set<String> gone = before == null ? new HashSet<>() : new HashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new HashSet<>(after);
        if (before != null) {
            added.removeAll(before);
        }
        if (!gone.isEmpty()) {
            tx.deleteFrom(CASE_SEARCH).where(CASE_SEARCH.CASE_ID.eq(caseId)).and(CASE_SEARCH.TOKEN.in(gone)).execute();
        }
        if (!added.isEmpty()) {
            insert(tx, added.stream().map(t -> new String[] {t, caseId}).toList());
        }
    }

    /**
     * Gives every case its tokens when there are none (once, after a migration that made the table or
     * emptied it for new rules), a page at a time, from the columns the tokens come from.
     */
    static void fillIfMissing(DSLContext db) {
        if (db.fetchExists(CASE_SEARCH) || !db.fetchExists(DISPUTE_CASE)) {
            return;
        }
        LOG.info("Indexing the cases for search");
        db.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            String after = "";
            while (true) {
                var page = tx.select(DISPUTE_CASE.CASE_ID, DISPUTE_CASE.COMPLAINT_ID, DISPUTE_CASE.TRANSACTION_ID,
                                DISPUTE_CASE.MERCHANT_ID, DISPUTE_CASE.MERCHANT_NAME, DISPUTE_CASE.CONSUMER_ID,
                                DISPUTE_CASE.DESCRIPTION)
                        .from(DISPUTE_CASE).where(DISPUTE_CASE.CASE_ID.gt(after))
                        .orderBy(DISPUTE_CASE.CASE_ID).limit(1_000).fetch();
                List<String[]> rows = new ArrayList<>();
                for (var r : page) {
                    SearchText.tokens(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7()).forEach(t -> rows.add(new String[] {t, r.value1()}));
                }
                insert(tx, rows);
                if (page.size() < 1_000) {
                    return;
                }
                after = page.get(page.size() - 1).value1();
            }
        });
    }
}
