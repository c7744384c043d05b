package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

/**
 * A ruling: responsibility x remedy with its grounds. Proposed by an operator, issued by a supervisor;
 * once issued it never changes (only an appeal decision replaces it with a new ruling).
 */
public record Ruling(String rulingId, Responsibility responsibility, Remedy remedy, Money amount,
                     List<String> basis, List<String> citedEvidence, String rationale,
                     boolean decidedOnCollectedEvidence, List<Obligation> obligations, List<Measure> measures,
                     String proposedBy, Instant proposedAt, String issuedBy, Instant issuedAt,
                     String returnedBy, Instant returnedAt, String returnComment) {

    public Ruling {
        basis = List.copyOf(basis == null ? List.of() : basis);
        citedEvidence = List.copyOf(citedEvidence == null ? List.of() : citedEvidence);
        obligations = List.copyOf(obligations == null ? List.of() : obligations);
        measures = List.copyOf(measures == null ? List.of() : measures);
    }

    public boolean isIssued() {
        return issuedAt != null;
    }

    /** Returned by a supervisor and not yet proposed again. */
    public boolean isReturned() {
        return !isIssued() && returnedAt != null && (proposedAt == null || !proposedAt.isAfter(returnedAt));
    }

    public boolean hasMerchantObligation() {
        return obligations.stream().anyMatch(o -> o.party() == Party.MERCHANT);
    }

    /** Whether the merchant must act after this ruling (and so the case waits for its fulfilment). */
    public boolean requiresFulfilment() {
        return (responsibility == Responsibility.MERCHANT || responsibility == Responsibility.SHARED)
                && remedy != Remedy.NO_ACTION;
    }

    /** The same draft with other obligations and the collected-evidence mark; only before it is issued. */
    public Ruling withDraft(List<Obligation> newObligations, boolean onCollectedEvidence) {
        return new Ruling(rulingId, responsibility, remedy, amount, basis, citedEvidence, rationale,
                onCollectedEvidence, newObligations, measures, proposedBy, proposedAt, issuedBy, issuedAt, returnedBy,
                returnedAt, returnComment);
    }

    public Ruling proposed(String by, Instant at) {
        return new Ruling(rulingId, responsibility, remedy, amount, basis, citedEvidence, rationale,
                decidedOnCollectedEvidence, obligations, measures, by, at, null, null, returnedBy, returnedAt,
                returnComment);
    }

    public Ruling returned(String by, Instant at, String comment) {
        return new Ruling(rulingId, responsibility, remedy, amount, basis, citedEvidence, rationale,
                decidedOnCollectedEvidence, obligations, measures, proposedBy, proposedAt, null, null, by, at,
                comment);
    }

    public Ruling issued(String by, Instant at) {
        return new Ruling(rulingId, responsibility, remedy, amount, basis, citedEvidence, rationale,
                decidedOnCollectedEvidence, obligations, measures, proposedBy == null ? by : proposedBy,
                proposedAt == null ? at : proposedAt, by, at, returnedBy, returnedAt, returnComment);
    }
}
