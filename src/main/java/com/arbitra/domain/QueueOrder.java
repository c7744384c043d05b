package com.arbitra.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The queue's order (dispute-rules §7): most urgent first — overdue, then by deadline — with some
 * cases raised. A case's rank is its deadline brought forward by its raises, so that one sortable
 * value (stored and indexed) gives the order; cases without a deadline come after all that have one.
 */
public final class QueueOrder {

    /** Where cases without a deadline rank, before their raises: after every real deadline. */
    public static final Instant NO_DEADLINE = Instant.parse("9999-01-01T00:00:00Z");
    /** Amounts from here (in major units of the currency) count as large. */
    public static final long LARGE_AMOUNT_MAJOR = 1_000;

    static final Duration REFUND_RAISE = Duration.ofHours(4);
    static final Duration HIGH_RISK_RAISE = Duration.ofHours(2);
    static final Duration REPEAT_RAISE = Duration.ofHours(2);
    static final Duration INTERVENTION_RAISE = Duration.ofHours(2);
    static final Duration LARGE_AMOUNT_RAISE = Duration.ofHours(1);

    private QueueOrder() {
    }

    public static Instant rankAt(DisputeCase c) {
        Instant base = c.dueAt() == null ? NO_DEADLINE : c.dueAt();
        return base.minus(raise(c));
    }

    /** How far a case is brought forward: refunds most, then high-risk consumers, repeats, and so on. */
    public static Duration raise(DisputeCase c) {
        Duration d = Duration.ZERO;
        Complaint k = c.complaint();
        if (k != null && k.problemType() == ProblemType.REFUND) {
            d = d.plus(REFUND_RAISE);
        }
        if (k != null && k.isHighRisk()) {
            d = d.plus(HIGH_RISK_RAISE);
        }
        if (k != null && k.userTags().contains(Complaint.NEEDS_IMMEDIATE_SERVICE)) {
            // the payment platform says the consumer needs service at once (WeChat Pay's need_immediate_service)
            d = d.plus(HIGH_RISK_RAISE);
        }
        if (k != null && k.complaintCount() > 1) {
            d = d.plus(REPEAT_RAISE);
        }
        if (c.intervention() != null && c.intervention().trigger() == InterventionTrigger.PROACTIVE) {
            d = d.plus(INTERVENTION_RAISE);
        }
        if (c.order() != null && isLarge(c.order().amount())) {
            d = d.plus(LARGE_AMOUNT_RAISE);
        }
        return d;
    }

    static boolean isLarge(Money m) {
        if (m == null) {
            return false;
        }
        long minorPerMajor = (long) Math.pow(10, m.currencyDigits());
        return m.value() >= LARGE_AMOUNT_MAJOR * minorPerMajor;
    }
}
