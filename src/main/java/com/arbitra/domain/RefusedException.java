package com.arbitra.domain;

/** Thrown when a rule refuses an operation; nothing was changed. */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
