package com.arbitra.domain;

import java.util.EnumSet;
import java.util.Set;

/** The states of dispute-rules §3. */
public enum CaseState {
    NEGOTIATION("in negotiation"),
    INTERVENTION_REQUESTED("waiting for an agent"),
    UNDER_REVIEW("under review"),
    AWAITING_EVIDENCE("awaiting evidence"),
    PENDING_APPROVAL("waiting for a supervisor to approve its ruling"),
    AWAITING_RETURN("awaiting the return of the goods"),
    AWAITING_FULFILMENT("awaiting the merchant's fulfilment"),
    VERIFYING_FULFILMENT("waiting for its fulfilment proof to be verified"),
    FULFILMENT_OVERDUE("overdue for fulfilment"),
    APPEALED("under appeal"),
    CLOSED("closed");

    private final String description;

    CaseState(String description) {
        this.description = description;
    }

    /** How a sentence names the state: "this case is {description}". */
    public String description() {
        return description;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public static Set<CaseState> open() {
        return EnumSet.complementOf(EnumSet.of(CLOSED));
    }

    /** States in which the platform has intervened and an operator works the case. */
    public static Set<CaseState> working() {
        return EnumSet.complementOf(EnumSet.of(NEGOTIATION, CLOSED));
    }
}
