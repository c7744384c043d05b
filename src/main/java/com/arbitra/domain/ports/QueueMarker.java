package com.arbitra.domain.ports;

import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the queue marks on a row, by the same rules that raise a case in the queue's order
 * ({@code QueueOrder}): overdue and due soon by its deadline, a refund, a high-risk consumer, a repeat
 * complaint, a case under a proactive intervention, and one to decide on the evidence collected.
 * Only open cases are overdue or due soon.
 */
public enum QueueMarker {
    OVERDUE, DUE_SOON, REFUND, HIGH_RISK, REPEAT, UNDER_INTERVENTION, DECIDE_ON_COLLECTED;

    /** "Due soon": within the same four hours as the queue's filter and the dashboard. */
    public static final Duration DUE_SOON_WITHIN = Dashboard.DUE_SOON;

    /** The markers of the row at the instant, in this enum's order. */
    public static Set<QueueMarker> of(QueueRow r, Instant now) {
        Set<QueueMarker> out = EnumSet.noneOf(QueueMarker.class);
        if (r.dueAt() != null && r.state().isOpen()) {
            if (!r.dueAt().isAfter(now)) {
                out.add(OVERDUE);
            } else if (r.dueAt().isBefore(now.plus(DUE_SOON_WITHIN))) {
                out.add(DUE_SOON);
            }
        }
        if (ProblemType.REFUND.name().equals(r.problemType())) {
            out.add(REFUND);
        }
        if (r.highRisk()) {
            out.add(HIGH_RISK);
        }
        if (r.complaintCount() > 1) {
            out.add(REPEAT);
        }
        if (InterventionTrigger.PROACTIVE.name().equals(r.interventionTrigger())) {
            out.add(UNDER_INTERVENTION);
        }
        if (r.hasFlag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE)) {
            out.add(DECIDE_ON_COLLECTED);
        }
        return out;
    }

    /** Whether the row is open and past its deadline at the instant. */
    public static boolean overdue(QueueRow r, Instant now) {
        return r.dueAt() != null && r.state().isOpen() && !r.dueAt().isAfter(now);
    }
}
