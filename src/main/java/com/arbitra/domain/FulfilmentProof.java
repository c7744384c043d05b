package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

public record FulfilmentProof(String proofId, ProofType type, Instant submittedAt, String refundNumber,
                              String flowNumber, String transferNumber, String carrier, String trackingNumber,
                              Money amount, List<Attachment> attachments) {

    public FulfilmentProof {
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }
}
