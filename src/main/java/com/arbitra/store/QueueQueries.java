package com.arbitra.store;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.QueueAfter;

import static com.arbitra.store.jooq.Tables.CASE_SEARCH;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The case queue, a page at a time, in {@code QueueOrder}. Each state is read in rank order from the
 * (state, rank_at, case_id) index and the branches are merged (UNION ALL), so a page costs about the
 * same at any depth and with any number of cases; pages continue after the last row seen (keyset).
 * A search finds its cases through their tokens ({@link SearchText}, the {@code case_search} table)
 * when a term is rare, and reads the queue in order keeping the matching rows when every term is common.
 */
public final class QueueQueries implements com.arbitra.domain.ports.QueueReader {

    private final DSLContext db;

    private final int candidateCap;

    public QueueQueries(Workspace workspace) {
        this(workspace, CANDIDATES);
    }

    /** With another cap on the ids a token lookup may give (tests reach the common-term path so). */
    QueueQueries(Workspace workspace, int candidateCap) {
        this.db = workspace.db();
        this.candidateCap = candidateCap;
    }

    public List<QueueRow> page(QueueFilter filter, QueueAfter after, int size, Instant now, Instant endOfToday) {
        List<SearchText.Term> terms = SearchText.parse(filter.search());
        if (terms.isEmpty()) {
            return rows(filter, conditions(filter, now, endOfToday), after, size, List.of());
        }
        Condition common = conditions(filter, now, endOfToday);
        Candidates candidates = candidates(terms);
        if (candidates != null) {
            return found(terms, candidates, DISPUTE_CASE.STATE.in(stateNames(filter)).and(common), after, size);
        }
        // every term is common: read the queue in order and keep the matching rows; at least one row in
        // CANDIDATES of the whole workspace matches each term, so few batches are read
        List<QueueRow> out = new ArrayList<>();
        QueueAfter from = after;
        long read = 0;
        while (out.size() < size && read < WALK_BUDGET) {
            List<Record> batch = records(filter, common, from, WALK_BATCH, SEARCHED);
            for (Record r : batch) {
                if (matches(terms, r)) {
                    out.add(row(r));
                    if (out.size() == size) {
                        break;
                    }
                }
            }
            read += batch.size();
            if (batch.size() < WALK_BATCH) {
                break;
            }
            Record last = batch.get(batch.size() - 1);
            from = new QueueAfter(instant(last, DISPUTE_CASE.RANK_AT.getName()),
                    last.get(DISPUTE_CASE.CASE_ID.getName(), String.class));
        }
        return out;
    }

    /** Before every case: the queue's first page starts after it. */
    private static final QueueAfter FIRST = new QueueAfter(Instant.parse("0001-01-01T00:00:00Z"), "");

    /** The most case ids one token lookup may give before a search reads the queue in order instead. */
    static final int CANDIDATES = 10_000;
    private static final int WALK_BATCH = 1_000;
    private static final long WALK_BUDGET = 1_000_000;

    /**
     * The cases a search finds through the tokens: the ids that hold every term's tokens, and whether
     * holding them is matching ({@code exact}: every term looked up and each a word or id no longer than a
     * token, so that a case holding a token that starts with it matches it). Otherwise each row is checked.
     */
    private record Candidates(Set<String> ids, boolean exact) {
    }

    /**
     * The cases that hold every term's tokens, from the lookups that give at most {@link #CANDIDATES}
     * ids; null when every lookup gives more (the terms are common).
     */
    private Candidates candidates(List<SearchText.Term> terms) {
        Set<String> out = null;
        boolean exact = true;
        for (SearchText.Term t : terms) {
            exact &= !t.cjk() && t.text().length() <= SearchText.MAX;
            for (String[] lookup : t.lookups()) {
                Condition c = lookup[1] == null ? CASE_SEARCH.TOKEN.eq(lookup[0])
                        : CASE_SEARCH.TOKEN.ge(lookup[0]).and(CASE_SEARCH.TOKEN.lt(lookup[1]));
                List<String> ids = db.select(CASE_SEARCH.CASE_ID).from(CASE_SEARCH).where(c).limit(candidateCap + 1)
                        .fetch(CASE_SEARCH.CASE_ID);
                if (ids.size() > candidateCap) {
                    exact = false;
                    continue;
                }
                Set<String> found = new HashSet<>(ids);
                if (out == null) {
                    out = found;
                } else {
                    out.retainAll(found);
                }
                if (out.isEmpty()) {
                    return new Candidates(out, true);
                }
            }
        }
        return out == null ? null : new Candidates(out, exact);
    }

    /**
     * A page of the cases found through the tokens, in two steps: the candidates' places in the queue
     * (state and rank, from the (case_id, state, rank_at) index without reading their rows), then their
     * rows in that order, a page at a time, until {@code size} match. With 10,000 candidates this reads
     * a page of rows instead of 10,000 scattered over the file (on a workspace fresh from the disk, 445 ms
     * at a million cases).
     */
    private List<QueueRow> found(List<SearchText.Term> terms, Candidates candidates, Condition where,
                                 QueueAfter after, int size) {
        if (candidates.ids().isEmpty()) {
            return List.of();
        }
        Condition keyset = after == null ? DSL.noCondition() : DSL.row(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID)
                .gt(Times.toDb(after.rankAt()), after.caseId());
        List<String> ordered = db.select(DISPUTE_CASE.CASE_ID).from(DISPUTE_CASE).where(inList(candidates.ids()))
                .and(where).and(keyset).orderBy(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID)
                .fetch(DISPUTE_CASE.CASE_ID);
        List<QueueRow> out = new ArrayList<>();
        int batch = size;
        for (int from = 0; from < ordered.size() && out.size() < size; from += batch, batch *= 2) {
            List<String> ids = ordered.subList(from, Math.min(ordered.size(), from + batch));
            // the filter again: a case that changed since its place was read shows only if it still belongs
            for (Record r : db.select(COLUMNS).select(SEARCHED).from(DISPUTE_CASE).where(inList(ids)).and(where)
                    .orderBy(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID).fetch()) {
                if (candidates.exact() || matches(terms, r)) {
                    out.add(row(r));
                    if (out.size() == size) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The ids as literals: with bind values jOOQ casts each one, and H2 then scans the whole table
     * evaluating the list on every row (a 50,000-case queue took seconds a search) instead of looking
     * the ids up in the primary key.
     */
    private static Condition inList(java.util.Collection<String> ids) {
        return DISPUTE_CASE.CASE_ID.in(ids.stream().map(DSL::inline).toList());
    }

    private static boolean matches(List<SearchText.Term> terms, Record r) {
        return SearchText.matches(terms, r.get(DISPUTE_CASE.CASE_ID.getName(), String.class),
                r.get(DISPUTE_CASE.COMPLAINT_ID.getName(), String.class),
                r.get(DISPUTE_CASE.TRANSACTION_ID.getName(), String.class),
                r.get(DISPUTE_CASE.MERCHANT_ID.getName(), String.class),
                r.get(DISPUTE_CASE.MERCHANT_NAME.getName(), String.class),
                r.get(DISPUTE_CASE.CONSUMER_ID.getName(), String.class),
                r.get(DISPUTE_CASE.DESCRIPTION.getName(), String.class));
    }

    private List<QueueRow> rows(QueueFilter filter, Condition common, QueueAfter after, int size,
                           List<org.jooq.Field<?>> extra) {
        return records(filter, common, after, size, extra).stream().map(QueueQueries::row).toList();
    }

    /**
     * A page in queue order, in two steps: the page's keys, each state's branch read from its (state,
     * rank_at, case_id) index in rank order and merged, then the page's rows by their ids. Reading only
     * keys from the branches matters: every state gives a page of keys and all but one page of them are
     * dropped, and a key costs an index entry where a row costs a lookup in the table (eleven branches of
     * whole rows made each page of a 100,000-case queue read 1,100 rows, and walking to page 1,000 took
     * three minutes).
     */
    private List<Record> records(QueueFilter filter, Condition common, QueueAfter after, int size,
                                 List<org.jooq.Field<?>> extra) {
        // the first page too gets a keyset condition, so that H2 reads each branch from the
        // (state, rank_at, case_id) index rather than the (state, due_at) one
        QueueAfter from = after != null ? after : FIRST;
        common = common.and(DSL.row(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID)
                .gt(Times.toDb(from.rankAt()), from.caseId()));
        Select<Record2<java.time.OffsetDateTime, String>> union = null;
        for (CaseState state : filter.effectiveStates()) {
            var branch = db.select(DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID).from(DISPUTE_CASE)
                    .where(DISPUTE_CASE.STATE.eq(state.name())).and(common)
                    // the state leads the order, though it is the same on every row of the branch: H2
                    // reads a branch in index order only when the ORDER BY starts with the index's first
                    // column, and otherwise sorts all of the state's rows after the key (a whole state
                    // for the first page: 30 ms at 100,000 cases, growing with the queue)
                    .orderBy(DISPUTE_CASE.STATE, DISPUTE_CASE.RANK_AT, DISPUTE_CASE.CASE_ID).limit(size);
            union = union == null ? branch : union.unionAll(branch);
        }
        if (union == null) {
            return List.of();
        }
        var merged = union.asTable("q");
        List<String> ids = db.select(merged.field(DISPUTE_CASE.CASE_ID)).from(merged)
                .orderBy(merged.field(DISPUTE_CASE.RANK_AT), merged.field(DISPUTE_CASE.CASE_ID))
                .limit(size)
                .fetch(0, String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Record> byId = new java.util.HashMap<>();
        for (Record r : db.select(COLUMNS).select(extra).from(DISPUTE_CASE).where(inList(ids)).fetch()) {
            byId.put(r.get(DISPUTE_CASE.CASE_ID.getName(), String.class), r);
        }
        // a case changed between the two reads shows as it is now; one gone (never, today) is left out
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static QueueRow row(Record r) {
        return new QueueRow(r.get(DISPUTE_CASE.CASE_ID.getName(), String.class),
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
                flags(r.get(DISPUTE_CASE.FLAGS.getName(), String.class)),
                r.get(DISPUTE_CASE.RULING_PROPOSED_BY.getName(), String.class),
                r.get(DISPUTE_CASE.DIFFICULTY.getName(), String.class));
    }

    private static List<String> stateNames(QueueFilter filter) {
        return filter.effectiveStates().stream().map(Enum::name).toList();
    }

    /**
     * How many cases each state holds under the filter (the state filter itself left out). A search of
     * common terms only gives no counts (an empty map): counting the cases that hold a common word took
     * 230 ms at 100,000 cases and grows with the workspace, and the queue runs one query at a time.
     */
    public Map<CaseState, Long> countsByState(QueueFilter filter, Instant now, Instant endOfToday) {
        List<SearchText.Term> terms = SearchText.parse(filter.search());
        if (terms.isEmpty() && !narrows(filter, now, endOfToday)) {
            return StateCounts.read(db);
        }
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        Condition where = conditions(filter, now, endOfToday);
        if (!terms.isEmpty()) {
            Candidates candidates = candidates(terms);
            if (candidates != null && !candidates.ids().isEmpty()) {
                if (candidates.exact()) {
                    // from the (case_id, state, rank_at) index alone when the filter is by state only
                    db.select(DISPUTE_CASE.STATE, DSL.count()).from(DISPUTE_CASE).where(inList(candidates.ids()))
                            .and(where).groupBy(DISPUTE_CASE.STATE)
                            .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), (long) r.value2()));
                } else {
                    for (Record r : db.select(DISPUTE_CASE.STATE, DISPUTE_CASE.CASE_ID, DISPUTE_CASE.MERCHANT_ID,
                            DISPUTE_CASE.MERCHANT_NAME).select(SEARCHED).from(DISPUTE_CASE)
                            .where(inList(candidates.ids())).and(where).fetch()) {
                        if (matches(terms, r)) {
                            out.merge(CaseState.valueOf(r.get(DISPUTE_CASE.STATE)), 1L, Long::sum);
                        }
                    }
                }
            }
            return out;
        }
        db.select(DISPUTE_CASE.STATE, DSL.count()).from(DISPUTE_CASE)
                .where(where).groupBy(DISPUTE_CASE.STATE)
                .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), (long) r.value2()));
        return out;
    }

    /** Whether the filter leaves some cases out besides by state (what the counts leave aside). */
    private static boolean narrows(QueueFilter f, Instant now, Instant endOfToday) {
        return f.scope() != QueueFilter.Scope.ALL || f.merchantId() != null || f.problemType() != null
                || f.dueBefore(now, endOfToday) != null;
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
        return DSL.and(c);
    }

    private static Instant instant(Record r, String name) {
        return Times.fromDb(r.get(name, java.time.OffsetDateTime.class));
    }

    private static final List<org.jooq.Field<?>> COLUMNS = List.of(DISPUTE_CASE.CASE_ID, DISPUTE_CASE.STATE,
            DISPUTE_CASE.DUE_AT, DISPUTE_CASE.RANK_AT, DISPUTE_CASE.MERCHANT_ID, DISPUTE_CASE.MERCHANT_NAME,
            DISPUTE_CASE.PRODUCT_NAME, DISPUTE_CASE.AMOUNT_VALUE, DISPUTE_CASE.CURRENCY, DISPUTE_CASE.PROBLEM_TYPE,
            DISPUTE_CASE.ASSIGNEE, DISPUTE_CASE.COMPLAINT_COUNT, DISPUTE_CASE.HIGH_RISK,
            DISPUTE_CASE.INTERVENTION_TRIGGER, DISPUTE_CASE.VERSION, DISPUTE_CASE.FLAGS,
            DISPUTE_CASE.RULING_PROPOSED_BY, DISPUTE_CASE.DIFFICULTY);
    /** What a search checks on each row it finds through the tokens (besides case and merchant id). */
    private static final List<org.jooq.Field<?>> SEARCHED = List.of(DISPUTE_CASE.COMPLAINT_ID,
            DISPUTE_CASE.TRANSACTION_ID, DISPUTE_CASE.CONSUMER_ID, DISPUTE_CASE.DESCRIPTION);

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
