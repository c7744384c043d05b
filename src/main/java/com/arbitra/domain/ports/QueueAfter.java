package com.arbitra.domain.ports;

import java.time.Instant;

/** Where a queue page starts: after this row (null for the first page). */
public record QueueAfter(Instant rankAt, String caseId) {

    public static QueueAfter row(QueueRow r) {
        return new QueueAfter(r.rankAt(), r.caseId());
    }
}
