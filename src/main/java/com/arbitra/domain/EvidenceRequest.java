package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

public record EvidenceRequest(String requestId, Party party, List<EvidenceCategory> categories, String instructions,
                              Instant requestedAt, Instant dueAt, RequestStatus status,
                              List<Notification> notifications) {

    public EvidenceRequest {
        categories = List.copyOf(categories == null ? List.of() : categories);
        notifications = List.copyOf(notifications == null ? List.of() : notifications);
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    public EvidenceRequest withStatus(RequestStatus newStatus) {
        return new EvidenceRequest(requestId, party, categories, instructions, requestedAt, dueAt, newStatus,
                notifications);
    }
}
