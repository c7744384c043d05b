package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitPercentStep;
import org.jooq.impl.DSL;

/**
 * The case queue, a page at a time, in {@code QueueOrder}. Each state is read in rank order from the
 * (state, rank_at, case_id) index and the branches are merged (UNION ALL), so a page costs about the
 * same at any depth and with any number of cases; pages continue after the last row seen (keyset).
 */
public final class QueueQueries {

    /** One queue row: what the table shows. */
    public record Row(String caseId, CaseState state, Instant dueAt, Instant rankAt, String merchantId,
                      String merchantName, String productName, Money amount, String problemType, String assignee,
                      int complaintCount, boolean highRisk, String interventionTrigger, long version,
                      java.util.Set<com.arbitra.domain.CaseFlag> flags) {

        public Row {
            flags = flags == null ? java.util.Set.of() : java.util.Set.copyOf(flags);
        }

        public boolean hasFlag(com.arbitra.domain.CaseFlag flag) {
            return flags.contains(flag);
        }
    }

    /** Where a page starts: after this row (null for the first page). */
    public record After(Instant rankAt, String caseId) {
        public static After row(Row r) {
            return new After(r.rankAt(), r.caseId());
        }
    }

    private final DSLContext db;

    public QueueQueries(Workspace workspace) {
        this.db = workspace.db();
    }

    public List<Row> page(QueueFilter filter, After after, int size, Instant now, Instant endOfToday) {
        Condition common = conditions(filter, now, endOfToday);
        if (after != null) {
            common = common.and(DSL.row(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID)
                    .gt(Times.toDb(after.rankAt()), after.caseId()));
        }
        Select<Record> union = null;
        for (CaseState state : filter.effectiveStates()) {
            SelectLimitPercentStep<Record> branch = db.select(COLUMNS).from(DISPUTE_CASE)
                    .where(DISPUTE_CASE.STATE.eq(state.name())).and(common)
                    .orderBy(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID).limit(size);
            union = union == null ? branch : union.unionAll(branch);
        }
        if (union == null) {
            return List.of();
        }
        var merged = union.asTable("q");
        return db.selectFrom(merged)
                .orderBy(merged.field(DISPUTE_CASE.RANK_AT), merged.field(DISPUTE_CASE.CASE_ID))
                .limit(size)
                .fetch(r -> new Row(r.get(DISPUTE_CASE.CASE_ID.getName(), String.class),
                        CaseState.valueOf(r.get(DISPUTE_CASE.STATE.getName(), String.class)),
                        instant(r, DISPUTE_CASE.DUE_AT.getName()), instant(r, DISPUTE_CASE.RANK_AT.getName()),
                        r.get(DISPUTE_CASE.MERCHANT_ID.getName(), String.class),
                        r.get(DISPUTE_CASE.MERCHANT_NAME.getName(), String.class),
                        r.get(DISPUTE_CASE.PRODUCT_NAME.getName(), String.class),
                        Money.of(r.get(DISPUTE_CASE.AMOUNT_VALUE.getName(), Long.class),
                                r.get(DISPUTE_CASE.CURRENCY.getName(), String.class)),
                        r.get(DISPUTE_CASE.PROBLEM_TYPE.getName(), String.class),
                        r.get(DISPUTE_CASE.ASSIGNEE.getName(), String.class),
                        r.get(DISPUTE_CASE.COMPLAINT_COUNT.getName(), Integer.class),
                        r.get(DISPUTE_CASE.HIGH_RISK.getName(), Boolean.class),
                        r.get(DISPUTE_CASE.INTERVENTION_TRIGGER.getName(), String.class),
                        r.get(DISPUTE_CASE.VERSION.getName(), Long.class),
                        flags(r.get(DISPUTE_CASE.FLAGS.getName(), String.class))));
    }

    /** How many cases each state holds under the filter (the state filter itself left out). */
    public Map<CaseState, Long> countsByState(QueueFilter filter, Instant now, Instant endOfToday) {
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        db.select(DISPUTE_CASE.STATE, DSL.count()).from(DISPUTE_CASE)
                .where(conditions(filter, now, endOfToday)).groupBy(DISPUTE_CASE.STATE)
                .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), (long) r.value2()));
        return out;
    }

    private static Condition conditions(QueueFilter f, Instant now, Instant endOfToday) {
        List<Condition> c = new ArrayList<>();
        switch (f.scope()) {
            case MINE -> c.add(DISPUTE_CASE.ASSIGNEE.eq(f.operator()));
            case UNASSIGNED -> c.add(DISPUTE_CASE.ASSIGNEE.isNull());
            default -> { }
        }
        if (f.merchantId() != null) {
            c.add(DISPUTE_CASE.MERCHANT_ID.eq(f.merchantId()));
        }
        if (f.problemType() != null) {
            c.add(DISPUTE_CASE.PROBLEM_TYPE.eq(f.problemType().name()));
        }
        Instant before = f.dueBefore(now, endOfToday);
        if (before != null) {
            c.add(DISPUTE_CASE.DUE_AT.lt(Times.toDb(before)));
            if (f.due() == QueueFilter.Due.WITHIN_4H) {
                c.add(DISPUTE_CASE.DUE_AT.ge(Times.toDb(now)));
            }
        }
        if (f.search() != null) {
            String s = f.search();
            c.add(DISPUTE_CASE.CASE_ID.eq(s).or(DISPUTE_CASE.COMPLAINT_ID.eq(s))
                    .or(DISPUTE_CASE.TRANSACTION_ID.eq(s)).or(DISPUTE_CASE.MERCHANT_ID.eq(s))
                    .or(DISPUTE_CASE.CONSUMER_ID.eq(s)));
        }
        return DSL.and(c);
    }

    private static Instant instant(Record r, String name) {
        return Times.fromDb(r.get(name, java.time.OffsetDateTime.class));
    }

    private static final List<org.jooq.Field<?>> COLUMNS = List.of(DISPUTE_CASE.CASE_ID, DISPUTE_CASE.STATE,
            DISPUTE_CASE.DUE_AT, DISPUTE_CASE.RANK_AT, DISPUTE_CASE.MERCHANT_ID, DISPUTE_CASE.MERCHANT_NAME,
            DISPUTE_CASE.PRODUCT_NAME, DISPUTE_CASE.AMOUNT_VALUE, DISPUTE_CASE.CURRENCY, DISPUTE_CASE.PROBLEM_TYPE,
            DISPUTE_CASE.ASSIGNEE, DISPUTE_CASE.COMPLAINT_COUNT, DISPUTE_CASE.HIGH_RISK,
            DISPUTE_CASE.INTERVENTION_TRIGGER, DISPUTE_CASE.VERSION, DISPUTE_CASE.FLAGS);

    private static java.util.Set<com.arbitra.domain.CaseFlag> flags(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Set.of();
        }
        java.util.Set<com.arbitra.domain.CaseFlag> out = java.util.EnumSet.noneOf(com.arbitra.domain.CaseFlag.class);
        for (String f : text.split(",")) {
            out.add(com.arbitra.domain.CaseFlag.valueOf(f));
        }
        return out;
    }
}
