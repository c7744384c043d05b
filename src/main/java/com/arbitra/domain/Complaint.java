package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

public record Complaint(Instant filedAt, String category, ProblemType problemType, String description,
                        Money requestedRefund, int complaintCount, List<String> userTags) {

    public Complaint {
        userTags = List.copyOf(userTags == null ? List.of() : userTags);
    }

    /** The user tag of a consumer the payment platform says needs service at once. */
    public static final String NEEDS_IMMEDIATE_SERVICE = "NEED_IMMEDIATE_SERVICE";

    public boolean isHighRisk() {
        return userTags.contains("HIGH_RISK");
    }

    public Complaint withComplaintCount(int count) {
        return new Complaint(filedAt, category, problemType, description, requestedRefund, count, userTags);
    }
}
