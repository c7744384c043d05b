package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.AUDIT_HEAD;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Read-only queries for case lists, answered from the queue columns alone. */
public final class CaseQueries implements com.arbitra.domain.ports.ChangeWatch {

    /** The columns of a {@link CaseSummary}. */
    private static final java.util.List<org.jooq.Field<?>> SUMMARY = java.util.List.of(DISPUTE_CASE.CASE_ID,
            DISPUTE_CASE.REVISION, DISPUTE_CASE.STATE, DISPUTE_CASE.DUE_AT, DISPUTE_CASE.MERCHANT_NAME,
            DISPUTE_CASE.PRODUCT_NAME, DISPUTE_CASE.AMOUNT_VALUE, DISPUTE_CASE.CURRENCY, DISPUTE_CASE.PROBLEM_TYPE,
            DISPUTE_CASE.ASSIGNEE, DISPUTE_CASE.COMPLAINT_COUNT);

    private final DSLContext db;
    private final Workspace workspace;

    public CaseQueries(Workspace workspace) {
        this.db = workspace.db();
        this.workspace = workspace;
    }

    /** Every case (in the given states, when any are named), most urgent first, a page at a time. */
    public void forEach(java.util.Collection<CaseState> states, java.util.function.Consumer<CaseSummary> action) {
        org.jooq.Condition where = states.isEmpty() ? org.jooq.impl.DSL.noCondition()
                : DISPUTE_CASE.STATE.in(states.stream().map(Enum::name).toList());
        try (var cursor = db.select(SUMMARY).from(DISPUTE_CASE).where(where)
                .orderBy(DISPUTE_CASE.DUE_AT.asc().nullsLast(), DISPUTE_CASE.CASE_ID)
                .fetchSize(500).fetchLazy()) {
            for (Record r : cursor) {
                action.accept(summary(r));
            }
        }
    }

    public long count() {
        return db.fetchCount(DISPUTE_CASE);
    }

    /**
     * A number that changes whenever anything is audited, by this process or another: the console
     * polls it to notice changes made elsewhere.
     */
    @Override
    public AutoCloseable subscribe(Runnable onChange) {
        return workspace.onChange(onChange);
    }

    public long changeMark() {
        Long seq = db.select(AUDIT_HEAD.SEQ).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOne(AUDIT_HEAD.SEQ);
        return seq == null ? 0 : seq;
    }

    private static CaseSummary summary(Record r) {
        return new CaseSummary(r.get(DISPUTE_CASE.CASE_ID), r.get(DISPUTE_CASE.REVISION),
                CaseState.valueOf(r.get(DISPUTE_CASE.STATE)), Times.fromDb(r.get(DISPUTE_CASE.DUE_AT)),
                r.get(DISPUTE_CASE.MERCHANT_NAME), r.get(DISPUTE_CASE.PRODUCT_NAME),
                Money.of(r.get(DISPUTE_CASE.AMOUNT_VALUE), r.get(DISPUTE_CASE.CURRENCY)),
                r.get(DISPUTE_CASE.PROBLEM_TYPE), r.get(DISPUTE_CASE.ASSIGNEE), r.get(DISPUTE_CASE.COMPLAINT_COUNT));
    }
}
