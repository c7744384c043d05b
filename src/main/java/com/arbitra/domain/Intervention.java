package com.arbitra.domain;

import java.time.Instant;

public record Intervention(Instant requestedAt, InterventionTrigger trigger, String reason) {
}
