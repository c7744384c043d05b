package com.arbitra.domain;

import java.util.function.Consumer;

/** The append-only audit log; there is no way to change or remove a record through it. */
public interface AuditLog {

    AuditRecord append(AuditEntry entry);

    /** Every record in sequence order. */
    void forEach(Consumer<AuditRecord> action);

    /** The records of one case, in sequence order: what was done to it, by whom and when. */
    java.util.List<AuditEntry> ofCase(String caseId);

    /** The hash of the newest record of a case, or null when it has none. */
    String headOf(String caseId);

    /** Where the chain ends, as recorded apart from the records (seq 0 and the genesis hash when empty). */
    Head head();

    /** The newest record's place and hash. */
    record Head(long seq, String hash) {
    }
}
