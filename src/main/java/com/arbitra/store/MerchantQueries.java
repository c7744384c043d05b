package com.arbitra.store;

import com.arbitra.domain.ports.MerchantStats;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.MerchantWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Complaints per merchant, for proactive intervention (dispute-rules §1.3): how many open complaints
 * each merchant received in a sliding window, and how its open cases stand (overdue, repeat
 * complaints). Answered from the queue columns in one grouped query.
 */
public final class MerchantQueries implements com.arbitra.domain.ports.MerchantReader {

    private final DSLContext db;

    public MerchantQueries(Workspace workspace) {
        this.db = workspace.db();
    }

    /** Every merchant with an open case, most complaints in the window first. */
    public List<MerchantStats> stats(Instant now, MerchantWatch watch) {
        Duration window = watch.window();
        Condition open = DISPUTE_CASE.STATE.ne(CaseState.CLOSED.name());
        Field<Integer> inWindow = DSL.count().filterWhere(DISPUTE_CASE.FILED_AT.ge(Times.toDb(now.minus(window)))
                .and(DISPUTE_CASE.FILED_AT.le(Times.toDb(now))));
        Field<Integer> all = DSL.count();
        Field<Integer> overdue = DSL.count().filterWhere(DISPUTE_CASE.DUE_AT.lt(Times.toDb(now)));
        Field<Integer> repeat = DSL.count().filterWhere(DISPUTE_CASE.COMPLAINT_COUNT.gt(1));
        Field<String> name = DSL.max(DISPUTE_CASE.MERCHANT_NAME);
        return db.select(DISPUTE_CASE.MERCHANT_ID, name, inWindow, all, overdue, repeat)
                .from(DISPUTE_CASE).where(open)
                .groupBy(DISPUTE_CASE.MERCHANT_ID)
                .orderBy(inWindow.desc(), all.desc(), DISPUTE_CASE.MERCHANT_ID)
                .fetch(r -> new MerchantStats(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        watch.flagged(r.value3())));
    }
}
