package com.arbitra.domain;

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
