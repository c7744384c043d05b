package com.arbitra.domain.ports;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's dashboard figures: backlog, deadlines, outcomes over time, agents' throughput and
 * the merchants with most complaints.
 */
public interface Dashboard {

    /** "Due soon" on the dashboard, as in the queue's filter. */
    Duration DUE_SOON = Duration.ofHours(4);

    /** Open cases of one state past their deadline, and due within {@link #DUE_SOON}. */
    record Deadlines(CaseState state, long overdue, long dueSoon) {
    }

    /** Rulings issued in one week (starting Monday, in the zone asked for) with one outcome. */
    record WeeklyOutcome(LocalDate week, Responsibility responsibility, Remedy remedy, long count) {
    }

    /**
     * One operator's rulings in the period: proposed (and issued, by anyone), issued by them, and the
     * median time from the platform's intervention to the issue of the rulings they proposed.
     */
    record AgentThroughput(String operator, long proposed, long issued, Duration medianTimeToRuling) {
    }

    /** A merchant's complaints filed in the period, and how many of them are still open. */
    record MerchantCount(String merchantId, String merchantName, long complaints, long open) {
    }

    /** Open cases by state, in the order of the state table (states without cases show 0). */
    Map<CaseState, Long> backlog();

    /** Per open state: how many are overdue and how many due soon. */
    List<Deadlines> deadlines(Instant now);

    /** Rulings issued in [from, to) by week and outcome. */
    List<WeeklyOutcome> outcomesByWeek(Instant from, Instant to, ZoneId zone);

    /** Every operator who proposed or issued a ruling issued in [from, to), by name. */
    List<AgentThroughput> agents(Instant from, Instant to);

    /** The merchants with most complaints filed in [from, to). */
    List<MerchantCount> topMerchants(Instant from, Instant to, int limit);

    /** The Monday that starts the instant's week in the zone. */
    static LocalDate weekOf(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
