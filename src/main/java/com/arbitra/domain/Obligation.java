package com.arbitra.domain;

import java.time.Instant;

/** What a party must do after a ruling, e.g. MERCHANT / REFUND by a due time. */
public record Obligation(Party party, String action, Instant dueAt) {
}
