package com.arbitra.domain.ports;

import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.time.Instant;
import java.util.Set;

/**
 * One queue row: what the queue's table shows of a case, read from its queue columns.
 * {@code proposedBy} is who proposed the case's ruling (null when it has none): the approvals list
 * shows it; {@code difficulty} a training case's (EASY, MEDIUM, HARD), null for a live one.
 */
public record QueueRow(String caseId, CaseState state, Instant dueAt, Instant rankAt, String merchantId,
                       String merchantName, String productName, Money amount, String problemType, String assignee,
                       int complaintCount, boolean highRisk, String interventionTrigger, long version,
                       Set<CaseFlag> flags, String proposedBy, String difficulty) {

    public QueueRow {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public boolean hasFlag(CaseFlag flag) {
        return flags.contains(flag);
    }
}
