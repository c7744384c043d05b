package com.arbitra.domain;

import java.time.Instant;

/**
 * What a change appends to the audit log: who, in which role, when, what, and the state before and
 * after. {@code caseId} is null for changes that concern no case (operators, settings).
 */
public record AuditEntry(String caseId, String operator, Role role, Instant at, String action,
                         CaseState before, CaseState after, String details) {
}
