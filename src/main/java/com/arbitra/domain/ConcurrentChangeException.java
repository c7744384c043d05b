package com.arbitra.domain;

import java.time.Instant;

/**
 * The case was saved by someone else after the operator looked at it (the version the command carries
 * is not the stored one); nothing was written. Carries the case as it now is, so that the console can
 * show what changed since the operator's view without reading it again.
 */
public class ConcurrentChangeException extends RefusedException {

    private final transient DisputeCase current;
    private final long seenVersion;

    public ConcurrentChangeException(String caseId, String changedBy, Instant changedAt) {
        this(caseId, changedBy, changedAt, -1, null);
    }

    public ConcurrentChangeException(DisputeCase current, long seenVersion) {
        this(current.caseId(), current.updatedBy(), current.updatedAt(), seenVersion, current);
    }

    private ConcurrentChangeException(String caseId, String changedBy, Instant changedAt, long seenVersion,
                                      DisputeCase current) {
        super(Refusal.of("refused.concurrent", "Case " + caseId + " was changed by " + changedBy + " at "
                + changedAt + (current == null ? "" : " (it is now " + current.state() + ", version "
                + current.version() + "; you saw version " + seenVersion + ")")
                + "; nothing was saved: reload it.", caseId, changedBy, changedAt));
        this.current = current;
        this.seenVersion = seenVersion;
    }

    /** The case as it is now; null when the refusal came from the storage's own version check. */
    public DisputeCase current() {
        return current;
    }

    /** The version the refused command carried; -1 when not known. */
    public long seenVersion() {
        return seenVersion;
    }
}
