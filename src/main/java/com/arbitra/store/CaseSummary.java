package com.arbitra.store;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.time.Instant;

/** One row of a case list: what the queue shows without loading the case body. */
public record CaseSummary(String caseId, int revision, CaseState state, Instant dueAt, String merchantName,
                          String productName, Money amount, String problemType, String assignee,
                          int complaintCount) {
}
