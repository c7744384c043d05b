package com.arbitra.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A local action the platform must hear of, waiting for the next export.
 *
 * @param type    the export action type of case-bundle-v1 (CASE_CLAIMED, RULING_ISSUED, ...)
 * @param payload plain values, lists, maps and domain records that the export writes as JSON
 */
public record OutboxAction(String actionId, String caseId, int baseRevision, String type, Instant at, Actor by,
                           Map<String, Object> payload) {

    public OutboxAction {
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
