package com.arbitra.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The consistency rules of a ruling (dispute-rules §5, case-bundle "Ruling"), in one place: the form
 * shows them live and the services refuse a ruling that breaks one.
 */
public final class RulingRules {

    public static final int RATIONALE_MIN = 20;
    public static final int RATIONALE_MAX = 4000;
    private static final Set<Remedy> REFUNDS = EnumSet.of(Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND,
            Remedy.RETURN_AND_REFUND);
    private static final Set<Remedy> NEEDS_AMOUNT = EnumSet.of(Remedy.PARTIAL_REFUND, Remedy.COMPENSATION);

    /** One broken rule: the field it concerns, a code for translation, and a plain sentence. */
    public record Violation(String field, String code, String message) {
    }

    private RulingRules() {
    }

    /**
     * Every rule, including those that depend on who proposes or issues the ruling: the form calls
     * this with the operator's role for live feedback, the workflow before it saves. Above the
     * settings' limits (compensation beyond a multiple of the amount paid; any amount beyond a sum) a
     * ruling is a supervisor's: an agent may not propose it.
     */
    public static List<Violation> check(Ruling r, DisputeCase c, Role role, WorkflowSettings limits) {
        List<Violation> out = check(r, c);
        Money paid = c.order() == null ? null : c.order().amount();
        // a full refund, with or without the goods back, pays what was paid
        Money pays = r.amount() != null ? r.amount()
                : r.remedy() == Remedy.FULL_REFUND || r.remedy() == Remedy.RETURN_AND_REFUND ? paid : null;
        if (role == Role.SUPERVISOR || pays == null) {
            return out;
        }
        java.math.BigDecimal multiple = limits.compensationMultiple();
        if (r.remedy() == Remedy.COMPENSATION && paid != null && pays.sameCurrency(paid)
                && java.math.BigDecimal.valueOf(pays.value())
                .compareTo(java.math.BigDecimal.valueOf(paid.value()).multiply(multiple)) > 0) {
            out.add(new Violation("amount", "ruling.compensation.needsSupervisor", "Compensation above "
                    + multiple.stripTrailingZeros().toPlainString() + " times the amount paid needs a supervisor."));
        }
        if (pays.value() > limits.supervisorAmountOver()) {
            out.add(new Violation("amount", "ruling.amount.needsSupervisor", "An amount above "
                    + limits.supervisorAmountOver() + " (in the currency's smallest unit) needs a supervisor."));
        }
        return out;
    }

    /**
     * The obligations a ruling implies when the operator has not written any (§1.7: the merchant acts
     * within the fulfilment period, 48 h by default; the consumer returns goods within the return period).
     */
    public static List<Obligation> defaultObligations(Responsibility responsibility, Remedy remedy, Instant now,
                                                      WorkflowSettings s) {
        if (responsibility == null || remedy == null || responsibility == Responsibility.CONSUMER
                || responsibility == Responsibility.NONE || remedy == Remedy.NO_ACTION) {
            return List.of();
        }
        Instant merchantDue = now.plus(s.fulfilment());
        String action = merchantAction(remedy);
        if (remedy == Remedy.RETURN_AND_REFUND) {
            Instant returned = now.plus(s.returnPeriod());
            return List.of(new Obligation(Party.CONSUMER, "RETURN_GOODS", returned),
                    new Obligation(Party.MERCHANT, action, returned.plus(s.fulfilment())));
        }
        return List.of(new Obligation(Party.MERCHANT, action, merchantDue));
    }

    /** The actions an obligation may name, in the order the ruling form offers them. */
    public static final List<String> OBLIGATION_ACTIONS = List.of("REFUND", "ACCEPT_RETURN_AND_REFUND", "RESHIP",
            "REPAIR", "COMPENSATE", "RETURN_GOODS");

    /** What the merchant must do to carry out the remedy (the action of its obligation). */
    public static String merchantAction(Remedy remedy) {
        return switch (remedy) {
            case FULL_REFUND, PARTIAL_REFUND, RETURN_AND_REFUND -> "REFUND";
            case RESHIP -> "RESHIP";
            case REPAIR -> "REPAIR";
            case COMPENSATION -> "COMPENSATE";
            case NO_ACTION -> "NONE";
        };
    }

    /** An obligation written without a due time gets the default one: {@code now} + the given period. */
    public static List<Obligation> withDefaultDueTimes(List<Obligation> obligations, Instant now, Duration period) {
        return obligations.stream().map(o -> o.dueAt() != null ? o
                : new Obligation(o.party(), o.action(), now.plus(period))).toList();
    }

    public static List<Violation> check(Ruling r, DisputeCase c) {
        List<Violation> out = new ArrayList<>();
        if (r.responsibility() == null) {
            out.add(new Violation("responsibility", "ruling.responsibility.missing", "Choose who is responsible."));
        }
        if (r.remedy() == null) {
            out.add(new Violation("remedy", "ruling.remedy.missing", "Choose a remedy."));
        }
        boolean merchantLiable = r.responsibility() == Responsibility.MERCHANT
                || r.responsibility() == Responsibility.SHARED;
        if (r.remedy() == Remedy.NO_ACTION && merchantLiable) {
            out.add(new Violation("remedy", "ruling.noAction.liable",
                    "\"No action\" goes only with the consumer or no one responsible."));
        }
        if (r.remedy() != null && r.remedy() != Remedy.NO_ACTION && r.responsibility() != null && !merchantLiable) {
            out.add(new Violation("remedy", "ruling.remedy.notLiable",
                    "When the merchant is not responsible, the remedy is \"no action\"."));
        }
        checkAmount(r, c, out);
        if (merchantLiable && r.remedy() != Remedy.NO_ACTION && !r.hasMerchantObligation()) {
            out.add(new Violation("obligations", "ruling.obligation.missing",
                    "A ruling that holds the merchant responsible needs at least one merchant obligation."));
        }
        for (Obligation o : r.obligations()) {
            if (o.party() == null || o.action() == null || o.action().isBlank() || o.dueAt() == null) {
                out.add(new Violation("obligations", "ruling.obligation.incomplete",
                        "Every obligation needs a party, an action and a due time."));
                break;
            }
        }
        int rationale = r.rationale() == null ? 0 : r.rationale().strip().length();
        if (rationale < RATIONALE_MIN || rationale > RATIONALE_MAX) {
            out.add(new Violation("rationale", "ruling.rationale.length", "The rationale must be " + RATIONALE_MIN
                    + " to " + RATIONALE_MAX + " characters (it has " + rationale + ")."));
        }
        for (String cited : r.citedEvidence()) {
            if (c.evidenceItem(cited).isEmpty()) {
                out.add(new Violation("citedEvidence", "ruling.cited.unknown",
                        "Cited evidence " + cited + " is not part of this case."));
            }
        }
        return out;
    }

    private static void checkAmount(Ruling r, DisputeCase c, List<Violation> out) {
        Money paid = c.order() == null ? null : c.order().amount();
        Money amount = r.amount();
        if (amount == null) {
            if (NEEDS_AMOUNT.contains(r.remedy())) {
                out.add(new Violation("amount", "ruling.amount.missing", "This remedy needs an amount."));
            }
            return;
        }
        if (amount.value() < 0 || (NEEDS_AMOUNT.contains(r.remedy()) && amount.value() == 0)) {
            out.add(new Violation("amount", "ruling.amount.notPositive", "The amount must be more than 0."));
        }
        if (paid != null && !amount.sameCurrency(paid)) {
            out.add(new Violation("amount", "ruling.amount.currency",
                    "The amount must be in the order's currency (" + paid.currency() + ")."));
        } else if (paid != null && REFUNDS.contains(r.remedy()) && amount.value() > paid.value()) {
            out.add(new Violation("amount", "ruling.amount.exceedsPaid",
                    "A refund cannot exceed the amount paid (" + paid + ")."));
        }
    }
}
