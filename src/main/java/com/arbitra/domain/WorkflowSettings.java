package com.arbitra.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The configurable figures of the dispute rules, with their defaults (dispute-rules §1, §3), and the
 * limits above which a ruling is a supervisor's call.
 *
 * @param fourEyes             when on, whoever proposed a ruling may not issue it, and supervisors
 *                             cannot issue their own ruling directly from review (off by default: the
 *                             rules let them)
 * @param zone                 the zone in which deadlines are shown in messages
 * @param compensationMultiple compensation above this multiple of the amount paid needs a supervisor
 *                             (three times the price is the rules' figure for counterfeit goods, §5)
 * @param supervisorAmountOver a ruling that pays more than this, in the currency's smallest unit, needs
 *                             a supervisor
 */
public record WorkflowSettings(Duration negotiation, Duration firstReview, Duration evidence,
                               Duration returnPeriod, Duration fulfilment, Duration appealWindow,
                               boolean fourEyes, ZoneId zone, BigDecimal compensationMultiple,
                               long supervisorAmountOver) {

    public WorkflowSettings {
        if (compensationMultiple == null || compensationMultiple.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("the compensation multiple is at least 1");
        }
        if (supervisorAmountOver < 0) {
            throw new IllegalArgumentException("the supervisor's amount limit is not negative");
        }
    }

    public static WorkflowSettings defaults() {
        return new WorkflowSettings(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(48),
                Duration.ofDays(7), Duration.ofHours(48), Duration.ofDays(30), false, ZoneId.systemDefault(),
                BigDecimal.valueOf(3), 500_000);
    }

    public WorkflowSettings withZone(ZoneId z) {
        return new WorkflowSettings(negotiation, firstReview, evidence, returnPeriod, fulfilment, appealWindow,
                fourEyes, z, compensationMultiple, supervisorAmountOver);
    }

    public WorkflowSettings withFourEyes(boolean required) {
        return new WorkflowSettings(negotiation, firstReview, evidence, returnPeriod, fulfilment, appealWindow,
                required, zone, compensationMultiple, supervisorAmountOver);
    }

    /** The same with other limits for a supervisor's rulings. */
    public WorkflowSettings withRulingLimits(BigDecimal multiple, long amountOver) {
        return new WorkflowSettings(negotiation, firstReview, evidence, returnPeriod, fulfilment, appealWindow,
                fourEyes, zone, multiple, amountOver);
    }
}
