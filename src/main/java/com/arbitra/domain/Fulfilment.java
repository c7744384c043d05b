package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

public record Fulfilment(Instant dueAt, List<FulfilmentProof> proofs, Verification verification) {

    public Fulfilment {
        proofs = List.copyOf(proofs == null ? List.of() : proofs);
    }

    public Fulfilment withVerification(Verification v) {
        return new Fulfilment(dueAt, proofs, v);
    }

    public Fulfilment withDueAt(Instant due) {
        return new Fulfilment(due, proofs, verification);
    }
}
