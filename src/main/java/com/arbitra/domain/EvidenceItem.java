package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

/**
 * One piece of evidence a party submitted, with the agent's assessment of it (local work, audited).
 */
public record EvidenceItem(String evidenceId, String requestId, Party party, EvidenceCategory category,
                           Instant submittedAt, String text, Logistics logistics, PaymentDetails payment,
                           List<Attachment> attachments, Assessment assessment, String assessmentNote,
                           String assessedBy, Instant assessedAt) {

    public EvidenceItem {
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        if (assessment == null) {
            assessment = Assessment.UNREVIEWED;
        }
    }

    public EvidenceItem assessed(Assessment value, String note, String by, Instant at) {
        return new EvidenceItem(evidenceId, requestId, party, category, submittedAt, text, logistics, payment,
                attachments, value, note, by, at);
    }

    /** Late when it answers a request and arrived after that request's due time. */
    public boolean isLate(List<EvidenceRequest> requests) {
        if (requestId == null || submittedAt == null) {
            return false;
        }
        return requests.stream()
                .filter(r -> r.requestId().equals(requestId))
                .anyMatch(r -> r.dueAt() != null && submittedAt.isAfter(r.dueAt()));
    }
}
