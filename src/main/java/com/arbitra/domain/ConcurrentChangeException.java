package com.arbitra.domain;

import java.time.Instant;

/** Another operator saved the case after this one loaded it; nothing was written. */
public class ConcurrentChangeException extends RefusedException {

    public ConcurrentChangeException(String caseId, String changedBy, Instant changedAt) {
        super(Refusal.of("refused.concurrent", "Case " + caseId + " was changed by " + changedBy + " at "
                + changedAt + "; reload it.", caseId, changedBy, changedAt));
    }
}
