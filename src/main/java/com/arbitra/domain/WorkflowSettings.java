package com.arbitra.domain;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The configurable figures of the dispute rules, with their defaults (dispute-rules §1, §3).
 *
 * @param fourEyes when on, whoever proposed a ruling may not issue it, and supervisors cannot issue
 *                 their own ruling directly from review (off by default: the rules let them)
 * @param zone     the zone in which deadlines are shown in messages
 */
public record WorkflowSettings(Duration negotiation, Duration firstReview, Duration evidence,
                               Duration returnPeriod, Duration fulfilment, Duration appealWindow,
                               boolean fourEyes, ZoneId zone) {

    public static WorkflowSettings defaults() {
        return new WorkflowSettings(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(48),
                Duration.ofDays(7), Duration.ofHours(48), Duration.ofDays(30), false, ZoneId.systemDefault());
    }

    public WorkflowSettings withZone(ZoneId z) {
        return new WorkflowSettings(negotiation, firstReview, evidence, returnPeriod, fulfilment, appealWindow,
                fourEyes, z);
    }

    public WorkflowSettings withFourEyes(boolean required) {
        return new WorkflowSettings(negotiation, firstReview, evidence, returnPeriod, fulfilment, appealWindow,
                required, zone);
    }
}
