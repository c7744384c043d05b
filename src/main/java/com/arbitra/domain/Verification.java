package com.arbitra.domain;

import java.time.Instant;

public record Verification(VerificationStatus status, String by, Instant at, String note) {
}
