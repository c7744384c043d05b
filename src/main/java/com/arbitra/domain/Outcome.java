package com.arbitra.domain;

/** Where a transition leads: a state, and a close reason when that state is CLOSED. */
public record Outcome(CaseState state, CloseReason closeReason) {

    public static Outcome to(CaseState state) {
        return new Outcome(state, null);
    }

    public static Outcome closed(CloseReason reason) {
        return new Outcome(CaseState.CLOSED, reason);
    }
}
