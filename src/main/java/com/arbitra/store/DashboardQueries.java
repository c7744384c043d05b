package com.arbitra.store;

import com.arbitra.domain.ports.Dashboard;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The supervisor's dashboard: backlog, deadlines, outcomes over time, agents' throughput and the
 * merchants with most complaints. Each figure is one query over the queue and ruling columns; only
 * the rulings of the period asked for are read row by row (for weeks and medians).
 */
public final class DashboardQueries implements Dashboard {

    private final DSLContext db;

    public DashboardQueries(Workspace workspace) {
        this.db = workspace.db();
    }

    /** Open cases by state, in the order of the state table (states without cases show 0). */
    public Map<CaseState, Long> backlog() {
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        CaseState.open().forEach(s -> out.put(s, 0L));
        db.select(DISPUTE_CASE.STATE, DSL.count()).from(DISPUTE_CASE)
                .where(DISPUTE_CASE.STATE.ne(CaseState.CLOSED.name())).groupBy(DISPUTE_CASE.STATE)
                .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), (long) r.value2()));
        return out;
    }

    /** Per open state with a deadline, how many are overdue and how many due soon. */
    public List<Deadlines> deadlines(Instant now) {
        Field<Integer> overdue = DSL.count().filterWhere(DISPUTE_CASE.DUE_AT.lt(Times.toDb(now)));
        Field<Integer> soon = DSL.count().filterWhere(DISPUTE_CASE.DUE_AT.ge(Times.toDb(now))
                .and(DISPUTE_CASE.DUE_AT.lt(Times.toDb(now.plus(DUE_SOON)))));
        Map<CaseState, Deadlines> found = new EnumMap<>(CaseState.class);
        db.select(DISPUTE_CASE.STATE, overdue, soon).from(DISPUTE_CASE)
                .where(DISPUTE_CASE.STATE.ne(CaseState.CLOSED.name())).and(DISPUTE_CASE.DUE_AT.isNotNull())
                .groupBy(DISPUTE_CASE.STATE).fetch()
                .forEach(r -> found.put(CaseState.valueOf(r.value1()),
                        new Deadlines(CaseState.valueOf(r.value1()), r.value2(), r.value3())));
        return new ArrayList<>(found.values());
    }

    /** Rulings issued in [from, to), per week, responsibility and remedy; oldest week first. */
    public List<WeeklyOutcome> outcomesByWeek(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Map<List<String>, Long>> weeks = new TreeMap<>();
        db.select(DISPUTE_CASE.RULING_ISSUED_AT, DISPUTE_CASE.RULING_RESPONSIBILITY, DISPUTE_CASE.RULING_REMEDY)
                .from(DISPUTE_CASE)
                .where(DISPUTE_CASE.RULING_ISSUED_AT.ge(Times.toDb(from)))
                .and(DISPUTE_CASE.RULING_ISSUED_AT.lt(Times.toDb(to)))
                .fetch().forEach(r -> {
                    LocalDate week = Dashboard.weekOf(Times.fromDb(r.value1()), zone);
                    weeks.computeIfAbsent(week, w -> new LinkedHashMap<>())
                            .merge(List.of(r.value2(), r.value3()), 1L, Long::sum);
                });
        List<WeeklyOutcome> out = new ArrayList<>();
        weeks.forEach((week, counts) -> counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> (a.get(0) + a.get(1)).compareTo(b.get(0) + b.get(1))))
                .forEach(e -> out.add(new WeeklyOutcome(week, Responsibility.valueOf(e.getKey().get(0)),
                        Remedy.valueOf(e.getKey().get(1)), e.getValue()))));
        return out;
    }

    /** Every operator who proposed or issued a ruling issued in [from, to), by name. */
    public List<AgentThroughput> agents(Instant from, Instant to) {
        Map<String, List<Duration>> times = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        db.select(DISPUTE_CASE.RULING_PROPOSED_BY, DISPUTE_CASE.RULING_ISSUED_BY, DISPUTE_CASE.RULING_ISSUED_AT,
                        DSL.coalesce(DISPUTE_CASE.INTERVENTION_AT, DISPUTE_CASE.FILED_AT))
                .from(DISPUTE_CASE)
                .where(DISPUTE_CASE.RULING_ISSUED_AT.ge(Times.toDb(from)))
                .and(DISPUTE_CASE.RULING_ISSUED_AT.lt(Times.toDb(to)))
                .fetch().forEach(r -> {
                    String proposer = r.value1();
                    String issuer = r.value2();
                    if (proposer != null) {
                        counts.computeIfAbsent(proposer, k -> new long[2])[0]++;
                        Instant start = Times.fromDb(r.value4());
                        Instant issued = Times.fromDb(r.value3());
                        if (start != null && !issued.isBefore(start)) {
                            times.computeIfAbsent(proposer, k -> new ArrayList<>()).add(Duration.between(start, issued));
                        }
                    }
                    if (issuer != null) {
                        counts.computeIfAbsent(issuer, k -> new long[2])[1]++;
                    }
                });
        List<AgentThroughput> out = new ArrayList<>();
        counts.forEach((who, n) -> out.add(new AgentThroughput(who, n[0], n[1], median(times.get(who)))));
        return out;
    }

    /** The middle value (the mean of the two middle ones for an even count); null for none. */
    static Duration median(List<Duration> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** The merchants with most complaints filed in [from, to), most first. */
    public List<MerchantCount> topMerchants(Instant from, Instant to, int limit) {
        Field<Integer> complaints = DSL.count();
        Field<Integer> open = DSL.count().filterWhere(DISPUTE_CASE.STATE.ne(CaseState.CLOSED.name()));
        return db.select(DISPUTE_CASE.MERCHANT_ID, DSL.max(DISPUTE_CASE.MERCHANT_NAME), complaints, open)
                .from(DISPUTE_CASE)
                .where(DISPUTE_CASE.FILED_AT.ge(Times.toDb(from))).and(DISPUTE_CASE.FILED_AT.lt(Times.toDb(to)))
                .groupBy(DISPUTE_CASE.MERCHANT_ID)
                .orderBy(complaints.desc(), DISPUTE_CASE.MERCHANT_ID)
                .limit(limit)
                .fetch(r -> new MerchantCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
