package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.CASE_STATE_COUNT;

import com.arbitra.domain.CaseState;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The cases per state as rows of changes ({@code case_state_count}, V8): every write that adds a case
 * or changes its state records the change in the same transaction, and the counts are the sums.
 */
final class StateCounts {

    /** More rows than this and the next write folds them into one per state ({@link DerivedRows}). */
    static final int FOLD_AT = 1_000;

    private StateCounts() {
    }

    /** Records that {@code n} cases entered {@code state} (or left it, for a negative n). */
    static void add(DSLContext tx, Map<String, Long> deltas) {
        var insert = tx.insertInto(CASE_STATE_COUNT, CASE_STATE_COUNT.STATE, CASE_STATE_COUNT.DELTA);
        boolean any = false;
        for (Map.Entry<String, Long> d : deltas.entrySet()) {
            if (d.getValue() != 0) {
                insert = insert.values(d.getKey(), d.getValue());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /** The cases per state. Writes nothing. */
    static Map<CaseState, Long> read(DSLContext db) {
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        for (Record2<String, java.math.BigDecimal> r : db.select(CASE_STATE_COUNT.STATE,
                DSL.sum(CASE_STATE_COUNT.DELTA)).from(CASE_STATE_COUNT).groupBy(CASE_STATE_COUNT.STATE).fetch()) {
            long n = r.value2() == null ? 0 : r.value2().longValue();
            if (n != 0) {
                out.put(CaseState.valueOf(r.value1()), n);
            }
        }
        return out;
    }

    /**
     * Replaces the rows up to the newest by their sums, one row per state, in one transaction. Rows
     * written meanwhile have higher ids and are left alone; when two folds race, the second deletes
     * fewer rows than it summed and rolls back.
     */
    static void fold(DSLContext db) {
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                Long upTo = tx.select(DSL.max(CASE_STATE_COUNT.ID)).from(CASE_STATE_COUNT).fetchOne(0, Long.class);
                if (upTo == null) {
                    return;
                }
                Map<String, Long> sums = new java.util.HashMap<>();
                int[] rows = {0};
                tx.select(CASE_STATE_COUNT.STATE, CASE_STATE_COUNT.DELTA).from(CASE_STATE_COUNT)
                        .where(CASE_STATE_COUNT.ID.le(upTo)).forEach(r -> {
                            sums.merge(r.value1(), r.value2(), Long::sum);
                            rows[0]++;
                        });
                int deleted = tx.deleteFrom(CASE_STATE_COUNT).where(CASE_STATE_COUNT.ID.le(upTo)).execute();
                if (deleted != rows[0]) {
                    throw new FoldRaced();
                }
                add(tx, sums);
            });
        } catch (FoldRaced raced) {
            // another fold did it
        }
    }

    private static final class FoldRaced extends RuntimeException {
        FoldRaced() {
            super(null, null, false, false);
        }
    }
}
