package com.arbitra.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How far the queue brings a case forward from its deadline. */
class QueueOrderTest {

    static final Instant DUE = Instant.parse("2026-11-25T02:00:00Z");

    static DisputeCase withTags(List<String> tags) {
        return DisputeCase.builder().caseId("WXP-1").dueAt(DUE).complaint(new Complaint(DUE.minus(Duration.ofDays(2)),
                null, ProblemType.OTHERS, "x", null, 1, tags)).build();
    }

    @Test
    void aConsumerThePlatformSaysNeedsServiceAtOnceIsRaisedAsAHighRiskOneIs() {
        Duration plain = QueueOrder.raise(withTags(List.of()));
        Duration immediate = QueueOrder.raise(withTags(List.of(Complaint.NEEDS_IMMEDIATE_SERVICE)));
        Duration highRisk = QueueOrder.raise(withTags(List.of("HIGH_RISK")));

        assertThat(immediate.minus(plain)).isEqualTo(QueueOrder.HIGH_RISK_RAISE).isEqualTo(highRisk.minus(plain));
        assertThat(QueueOrder.rankAt(withTags(List.of(Complaint.NEEDS_IMMEDIATE_SERVICE))))
                .isEqualTo(DUE.minus(immediate));
    }
}
