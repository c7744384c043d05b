package com.arbitra.domain;

import java.util.function.Consumer;

/** The append-only audit log; there is no way to change or remove a record through it. */
public interface AuditLog {

    AuditRecord append(AuditEntry entry);

    /** Every record in sequence order. */
    void forEach(Consumer<AuditRecord> action);

    /** The hash of the newest record of a case, or null when it has none. */
    String headOf(String caseId);
}
